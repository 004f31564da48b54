// Moved to the kit with the lexicons (src/kit/spaced-letters.ts).
export * from '../../src/kit/spaced-letters.js'
