// Tests import engine modules directly (src/linter.ts), not the package entry that registers
// the Markdown and HTML parsers and franc-min for synchronous linting; register them the same way here.
import '../src/input/register-parsers.js'
import '../src/register-detector.js'
