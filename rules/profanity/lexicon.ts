// The profanity lexicons moved to the kit (src/kit/profanity-lexicon.ts): `empathy` asks them too.
export * from '../../src/kit/profanity-lexicon.js'
