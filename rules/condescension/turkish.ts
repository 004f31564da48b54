/**
 * The Turkish half of `condescension`: the patterns in `tr.json`, expanded once into a
 * the kit's phrase matcher (words ending in `+` take their endings), with Turkish clause leads.
 * Turkish puts negation after the phrase (`bu sizin hatanız değil`), so it is an entry's
 * `notBefore` (the next word), not the English look-back.
 */
import type { Token } from '../../src/document.js'
import { normalizeWord } from '../../src/text/phrases.js'
import { capitalizeTurkish, turkishPhraseWords } from '../../src/text/turkish.js'
import { createPhraseMatcher, type WordPhraseMatcher } from '../../src/kit/matcher.js'
import type { PhraseHit } from '../../src/text/phrases.js'
import type { Entry } from './index.js'

/**
 * An entry of `tr.json`: the English entry's fields but `unlessNegated` (Turkish negates after the
 * phrase), and `commas`: the phrase may take a comma between its words (`Bir kez daha, yavaş yavaş
 * anlatayım`); other phrases must not, so that they never join the end of one clause to the next.
 */
export type TurkishEntry = Omit<Entry, 'unlessNegated'> & { commas?: boolean }

/** Between two words of a phrase: a space or two, or a comma and a space (checked per entry in `applies`). */
const GAP = (gap: string): boolean => gap.length < 4 && /^,?\s+$/.test(gap)

/** Words after which a phrase still starts its clause: `Deniz Hanım, lütfen sakin olun`. */
const CLAUSE_LEADS = new Set(['lütfen', 'öncelikle', 'ama', 'fakat', 'ancak', 've', 'yani', 'bakın', 'bakınız', 'efendim', 'şimdi', 'evet', 'hayır', 'tamam', 'zaten', 'sadece', 'ayrıca', 'siz', 'hanımefendi', 'beyefendi', 'size', 'sizlere'])

/** Build the Turkish matcher from entries (`tr.json` plus the user's), skipping ignored ids and phrases. */
export function buildTurkishMatcher(entries: readonly TurkishEntry[], expand: (pattern: string) => string[], ignore: readonly string[]): WordPhraseMatcher<TurkishEntry> {
  const ids = new Set(ignore)
  const phrases = new Set(ignore.map((p) => turkishPhraseWords(p).join(' ')))
  const list: Array<[string, TurkishEntry]> = []
  for (const raw of entries) {
    if (ids.has(raw.id)) continue
    const entry = { ...raw, notBefore: raw.notBefore?.map((w) => normalizeWord(w, 'tr')), notAfter: raw.notAfter?.map((w) => normalizeWord(w, 'tr')) }
    for (const pattern of raw.patterns) {
      for (const phrase of expand(pattern)) if (!phrases.has(turkishPhraseWords(phrase).join(' '))) list.push([phrase, entry])
    }
  }
  return createPhraseMatcher(list, { language: 'tr', gap: GAP })
}

/** Hits in one sentence that pass their entry's context conditions. */
export function matchTurkish(matcher: WordPhraseMatcher<TurkishEntry>, words: readonly Token[], text: string): PhraseHit<TurkishEntry>[] {
  return matcher.match(words, text, (entry, from, to) => applies(entry, words, from, to, text))
}

function applies(entry: TurkishEntry, words: readonly Token[], from: number, to: number, text: string): boolean {
  const prev = words[from - 1]
  const next = words[to]
  const prevGap = prev ? text.slice(prev.end, words[from]!.start) : ''
  const nextGap = next ? text.slice(words[to - 1]!.end, next.start) : ''
  if (prev && /^\s*$/.test(prevGap) && entry.notAfter?.includes(prev.lower)) return false
  if (next && /^\s*$/.test(nextGap) && entry.notBefore?.includes(next.lower)) return false
  if (entry.at === 'clause-start' && prev && !/[,;:(—–\n]/.test(prevGap) && !CLAUSE_LEADS.has(prev.lower)) return false
  if (entry.end && next && !/[.!?\n]/.test(nextGap)) return false
  if (!entry.commas) for (let k = from + 1; k < to; k++) if (text.charAt(words[k - 1]!.end) === ',') return false
  return true
}

/** Capitalise a Turkish rewrite like the phrase it replaces (`İ` for `i`). */
export function matchCaseTurkish(rewrite: string, actual: string): string {
  if (!rewrite) return rewrite
  const first = actual.charAt(0)
  const upper = first !== normalizeWord(first, 'tr')
  return upper ? capitalizeTurkish(rewrite) : normalizeWord(rewrite.charAt(0), 'tr') + rewrite.slice(1)
}

/** Past conditional, second person plural: `göz atsaydınız`, `okusaydınız`, `gelseydiniz`. */
const IF_YOU_HAD = /(?:saydınız|seydiniz)$/
/** Past aorist, second person plural: `bilirdiniz`, `bulurdunuz`, `görürdünüz`, `yaşamazdınız`. */
const YOU_WOULD_HAVE = /[rz](?:dınız|diniz|dunuz|dünüz)$/

/**
 * Counterfactual blame by morphology (issue 16): "had you done X, you would have known"
 * (`kılavuza göz atsaydınız … bilirdiniz`) in one sentence, whatever the verbs. Both endings
 * must be second person: "bize yazsaydınız hemen çözerdik" (we would have) offers, it does not blame.
 */
export function counterfactualBlame(words: readonly Token[]): { start: number; end: number } | undefined {
  const cond = words.findIndex((w) => IF_YOU_HAD.test(w.lower))
  if (cond === -1) return undefined
  for (let i = cond + 1; i < words.length; i++) if (YOU_WOULD_HAVE.test(words[i]!.lower)) return { start: words[cond]!.start, end: words[i]!.end }
  return undefined
}
