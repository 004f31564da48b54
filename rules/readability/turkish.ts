/**
 * Turkish readability: Ateşman (1997), "Türkçede okunabilirliğin ölçülmesi", Dil Dergisi 58,
 * Flesch's reading ease re-fitted for Turkish, where words are longer (agglutination) and
 * syllables are simple:
 *
 *     score = 198.825 − 40.175 × (syllables / words) − 2.610 × (words / sentences)
 *
 * A Turkish syllable has exactly one vowel, so syllables = vowels (a e ı i o ö u ü, and the
 * circumflexed â î û). The score (higher is easier) is turned into a grade so the rule's
 * `readingGrade` target and margins mean the same in both languages. Ateşman's own bands (70–89
 * easy, 50–69 medium, 30–49 hard) describe general prose; replies that address the customer
 * formally (`kartınıza`, `siparişinizin`: every noun carries -InIz) score low on them, so the
 * mapping is fitted on parallel texts instead: 16 support replies written in Turkish and
 * translated into English (plain ones and bureaucratic ones) and the netiquette guide with its
 * translation. Least squares of the English Flesch–Kincaid grade on the Turkish Ateşman score:
 * grade = 17.7 − 0.212 × score (residuals within ±4 grades). The default target, grade 10, is a
 * score of about 36; plain replies score 48–81 (grades 0.5–7.5), bureaucratic ones −46–15.
 */

const VOWELS = new Set('aeıioöuüâîû')
const APOSTROPHE = /['’]/
const cache = new Map<string, number>()

/** Vowels in a lower-cased Turkish word. */
function vowels(lower: string): number {
  let n = 0
  for (let i = 0; i < lower.length; i++) if (VOWELS.has(lower[i]!)) n++
  return n
}

/**
 * Syllables of one Turkish word: its vowels. An all-capitals abbreviation without vowels is spelt
 * out (`KDV`: ka-de-ve) and its suffix after the apostrophe counts on (`TL'ye`: te-le-ye). At least one.
 */
export function turkishSyllables(value: string, lower: string): number {
  let n = cache.get(value)
  if (n !== undefined) return n
  const cut = APOSTROPHE.exec(value)?.index ?? -1
  const base = cut === -1 ? value : value.slice(0, cut)
  const baseLower = cut === -1 ? lower : lower.slice(0, cut)
  n = vowels(baseLower)
  if (n === 0) {
    const letters = base.replace(/[^\p{L}]/gu, '').length
    n = letters > 1 && base === base.toLocaleUpperCase('tr') ? letters : 1
  }
  if (cut !== -1) n += vowels(lower.slice(cut + 1))
  if (cache.size > 50_000) cache.clear()
  cache.set(value, n)
  return n
}

/** Ateşman reading ease from counts (higher is easier). */
export function atesman(words: number, sentences: number, syllables: number): number {
  if (words === 0 || sentences === 0) return 100
  return 198.825 - 40.175 * (syllables / words) - 2.61 * (words / sentences)
}

/** Grade per Ateşman point and the grade of a score of 0 (see the module comment). */
const SLOPE = 0.212
const INTERCEPT = 17.7

/** Grade level of an Ateşman score (the Flesch–Kincaid grade a parallel English text would have). */
export function atesmanGrade(score: number): number {
  return INTERCEPT - SLOPE * score
}

/** The lowest score that still meets a grade target (the inverse of `atesmanGrade`), for messages. */
export function atesmanScoreFor(grade: number): number {
  return (INTERCEPT - grade) / SLOPE
}

/** Grade of a text from its counts, through Ateşman's score. */
export function atesmanGradeOf(words: number, sentences: number, syllables: number): number {
  return atesmanGrade(atesman(words, sentences, syllables))
}
