// `npm run lint`: ESLint 9 flat config. Its main job is issue 17's regex guard: every regular
// expression literal in src/, rules/, scripts/, bin/ and test/ must run in linear time
// (eslint-plugin-regexp's super-linear checks are errors). Expressions built at run time from word
// lists are checked by test/regex-safety.test.ts with recheck.
import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import regexp from 'eslint-plugin-regexp'
import globals from 'globals'
import prettier from 'eslint-config-prettier'

export default tseslint.config(
  { ignores: ['dist/**', 'coverage/**', 'node_modules/**', '.scratch-*/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,mts,js,mjs,cjs}'],
    languageOptions: { globals: { ...globals.node } },
    plugins: { regexp },
    rules: {
      // Issue 17: a super-linear pattern freezes a help desk on one long paste.
      'regexp/no-super-linear-backtracking': 'error',
      'regexp/no-super-linear-move': 'error',
      'regexp/no-misleading-capturing-group': 'error',
      'regexp/no-useless-backreference': 'error',
      'regexp/no-invalid-regexp': 'error',
      // Redundant alternatives in word lists (`first_?name|firstname`): harmless, shown, not fatal.
      'regexp/no-dupe-disjunctions': 'warn',
      // Pre-existing code this guard was not written to change (warnings, not errors):
      // `_`-prefixed unused parameters are deliberate (plugin signatures);
      '@typescript-eslint/no-unused-vars': ['warn', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      // `(b--, open++)` loops in placeholder-syntax; `\-` in classes; `\x00` matched on purpose (binary input);
      '@typescript-eslint/no-unused-expressions': 'warn',
      'no-useless-escape': 'warn',
      'no-control-regex': 'off',
      // a combined emoji in a class (informal's emoticons).
      'no-misleading-character-class': 'warn',
      'no-empty': ['error', { allowEmptyCatch: true }],
    },
  },
  {
    // CommonJS on purpose (bin/netiquette.cjs starts faster than an ES module entry).
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // Tests read untyped JSON responses.
    files: ['test/**'],
    rules: { '@typescript-eslint/no-explicit-any': 'warn' },
  },
  {
    // Type declarations for a JavaScript module (scripts/eval-lib.mjs), whose values are untyped JSON.
    files: ['**/*.d.mts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  // Last: Prettier owns layout (`npm run format`), so no ESLint rule may fight it.
  prettier,
)
