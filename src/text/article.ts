/**
 * `a` or `an` before a rewrite. A fix that swaps `an origination fee` for `a set-up fee`, or
 * `an RMA` for `a return merchandise authorization (RMA)`, has to change the article too.
 */

const AN_WORD = /^(?:[aeio]|u(?!ni|s[aeiu]|ti|r[aeiou]|k|bi|ga)|h(?:our|onest|onou?r|eir))/i
const A_WORD = /^(?:eu|ewe|one\b|once\b|uni|use|usu|uti|ura|uro|ubi|uga)/i
/** Letters read aloud with a vowel sound first: an FAQ, an RMA, an SLA, an MBA, an X-ray. */
const AN_LETTER = /^[AEFHILMNORSX]/
const AN_DIGIT = /^(?:8|11(?!\d)|18(?!\d))/

/** The indefinite article a phrase takes, judged by its first word. */
export function indefiniteArticle(phrase: string): 'a' | 'an' {
  const word = phrase.trim().split(/[\s(]/)[0] ?? ''
  if (/^\d/.test(word)) return AN_DIGIT.test(word) ? 'an' : 'a'
  // An initialism is read letter by letter (an SLA, a KYC check).
  if (word.length >= 2 && /^[A-Z0-9]+s?$/.test(word) && /[A-Z]{2}/.test(word)) return AN_LETTER.test(word) ? 'an' : 'a'
  if (A_WORD.test(word)) return 'a'
  return AN_WORD.test(word) ? 'an' : 'a'
}

export interface ArticleFix {
  start: number
  text: string
}

/**
 * When `a`/`an` stands right before `start` in `text` and `replacement` needs the other one,
 * return a fix that starts at the article (keeping its case); otherwise `undefined`.
 */
export function fixArticle(text: string, start: number, replacement: string): ArticleFix | undefined {
  const before = /(?:^|[^\p{L}\p{N}'])(an?)(\s+)$/iu.exec(text.slice(Math.max(0, start - 12), start))
  if (!before) return undefined
  const article = before[1]!
  const wanted = indefiniteArticle(replacement)
  if (article.toLowerCase() === wanted) return undefined
  const cased = article[0] === 'A' ? wanted[0]!.toUpperCase() + wanted.slice(1) : wanted
  return { start: start - before[2]!.length - article.length, text: cased + before[2] + replacement }
}
