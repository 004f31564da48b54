// Tests import engine modules directly (src/linter.ts), not the package entry that registers
// the Markdown and HTML parsers for synchronous linting; register them the same way here.
import '../src/input/register-parsers.js'
