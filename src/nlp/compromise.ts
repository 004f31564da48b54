/**
 * compromise, loaded lazily, plus the few questions courtesy rules ask it.
 *
 * compromise costs ~300 ms to load and 1–4 ms per reply, far more than the rest of the pipeline,
 * so it is loaded the first time a rule needs it, never at import time, and only ever run on
 * single sentences that a word list could not decide. In Node it is `require`d synchronously
 * (its CommonJS build, see `#platform`), so `lintSync` works; in a browser bundle it is a plain
 * dynamic `import()` (a chunk of its own): the first draft that needs it throws
 * `CompromiseNotLoaded` out of `lintSync`, and the async `lint()` loads it and lints again.
 */
import { requireCompromise } from '#platform'

/** The slice of compromise's API used here (its `two` build: tokenizer + tagger). */
interface View {
  has(match: string): boolean
  json(): Array<{ terms: Array<{ text: string; tags: string[] }> }>
}
interface Nlp {
  (text: string): View
  world(): { model: { one: { lexicon: Record<string, string | string[]> } } }
}

let nlp: Nlp | undefined

/** Thrown by synchronous linting in a browser when a draft needs compromise before it is loaded. */
export class CompromiseNotLoaded extends Error {
  constructor() {
    super('netiquette: compromise is not loaded yet; use linter.lint() (async) or await loadCompromise()')
  }
}

/** compromise's tagger, loaded on first use. */
export function compromise(): Nlp {
  nlp ??= requireCompromise() as Nlp | undefined
  if (!nlp) throw new CompromiseNotLoaded()
  return nlp
}

/** Loads compromise with `import()` (browsers; a no-op once loaded). */
export async function loadCompromise(): Promise<void> {
  if (nlp) return
  const loaded = (await import('compromise/two')).default as unknown
  // lint() retries until compromise is there: never retry on a module that lacks it.
  if (typeof loaded !== 'function') throw new Error('netiquette: compromise loaded without its default export')
  nlp = loaded as Nlp
}

/** Whether compromise has been loaded in this process (for tests and benchmarks). */
export function compromiseLoaded(): boolean {
  return nlp !== undefined
}

const FIRST_NAME_TAGS = new Set(['FirstName', 'MaleName', 'FemaleName'])

/** Lower case without diacritics: `José` → `jose`, the form compromise's lexicon is keyed by. */
export function foldName(word: string): string {
  return word
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
}

/** The tags compromise's lexicon gives a single word (`[]` when it does not know the word). */
export function lexiconTags(word: string): readonly string[] {
  const tag = compromise().world().model.one.lexicon[foldName(word)]
  return Array.isArray(tag) ? tag : tag ? [tag] : []
}

/**
 * What compromise's lexicon says a single word is as a name: `first` (John, Aisha, Mehmet),
 * `person` (a name used as first or last: Jordan, Taylor, Lee), `last` (Khan, Garcia), or
 * undefined (not a name in the lexicon: Bill, Rose, Priya; ordinary words).
 */
export function nameKind(word: string): 'first' | 'person' | 'last' | undefined {
  const tags = lexiconTags(word)
  if (tags.some((t) => FIRST_NAME_TAGS.has(t))) return 'first'
  if (tags.includes('Person')) return 'person'
  if (tags.includes('LastName')) return 'last'
  return undefined
}

/** Whether `word` is a person's first name by compromise's lexicon (John, Aisha; not Bill, Will). */
export function isFirstName(word: string): boolean {
  const kind = nameKind(word)
  return kind === 'first' || kind === 'person'
}

const cache = new Map<string, boolean>()
const CACHE_LIMIT = 1000

function memo(key: string, compute: () => boolean): boolean {
  const hit = cache.get(key)
  if (hit !== undefined) return hit
  const value = compute()
  if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value as string)
  cache.set(key, value)
  return value
}

/** Words after a sentence-initial verb that settle it as a verb without asking compromise. */
const OBJECT_START = new Set([
  'us',
  'me',
  'it',
  'them',
  'him',
  'her',
  'your',
  'the',
  'a',
  'an',
  'this',
  'that',
  'these',
  'those',
  'all',
  'any',
  'some',
  'both',
  'our',
  'my',
  'over',
  'back',
  'across',
  'along',
  'through',
  'to',
  'with',
  'at',
  'on',
  'in',
  'out',
])

/**
 * Whether a sentence opens with a bare imperative (`Send the receipt.`, `Provide your order
 * number.`), as opposed to the same word as a noun (`Contact details are below.`, `Reply times
 * are slow today.`). `verbIndex` is the index of the candidate verb among `words` (after leading
 * adverbs such as `just`); the caller has already checked that it is a verb it cares about.
 * The word after the verb decides most cases; compromise tags the rest.
 */
export function isImperativeAt(words: readonly string[], verbIndex: number, sentence: string): boolean {
  const next = words[verbIndex + 1]?.toLowerCase()
  if (next === undefined) return true // a one-word command: "Reply."
  if (OBJECT_START.has(next)) return true
  return memo(sentence, () => {
    const doc = compromise()(sentence)
    if (!doc.has('^#Adverb? #Verb')) return false
    // The verb word used as a noun modifier heading the subject: "Contact details are below".
    return !doc.has('^#Adverb? . #Noun+ (#Copula|#Modal|#Auxiliary|#PresentTense|#PastTense)')
  })
}

/** Adverbs that may precede a command without softening it: "Just send…", "Also provide…". */
const LEADING_ADVERBS = new Set(['just', 'also', 'now', 'then', 'simply', 'first', 'next', 'again', 'quickly', 'so'])

export interface Imperative {
  /** The verb as written, and its index among the sentence's words. */
  verb: string
  index: number
}

/**
 * Whether `sentence` is a command addressed to the reader (`Send us the receipt.`, `Just reply
 * to this email.`), and which verb it opens with. With `verbs`, only those verbs (lower case)
 * count, which keeps compromise off every sentence that cannot match. `Let me`/`Let's` are the
 * writer's own intentions, not commands to the reader.
 */
export function imperative(sentence: string, verbs?: ReadonlySet<string>): Imperative | undefined {
  const words = sentence.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? []
  let i = 0
  while (i < words.length - 1 && LEADING_ADVERBS.has(words[i]!.toLowerCase())) i++
  const verb = words[i]
  if (!verb) return undefined
  const lower = verb.toLowerCase()
  if (lower === 'let' || lower === "let's") return undefined
  if (verbs && !verbs.has(lower)) return undefined
  if (!verbs && !compromise()(sentence).has('^#Adverb? #Imperative')) return undefined
  return isImperativeAt(words, i, sentence) ? { verb, index: i } : undefined
}
