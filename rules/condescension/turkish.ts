/**
 * The Turkish half of `condescension`: the patterns in `tr.json`, expanded once into a
 * the kit's phrase matcher (words ending in `+` take their endings), with Turkish clause leads.
 * Turkish puts negation after the phrase (`bu sizin hatanız değil`), so it is an entry's
 * `notBefore` (the next word), not the English look-back.
 */
import type { Token } from '../../src/document.js'
import { normalizeWord } from '../../src/text/phrases.js'
import { clauseBreakBetween } from '../../src/text/word-gaps.js'
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

/** Leads that call what follows obvious: `Tabii ki de`, `Elbette`, `Doğal olarak`, `Haliyle`. */
const OF_COURSE: ReadonlyArray<readonly string[]> = [['tabii', 'ki'], ['tabi', 'ki'], ['tabiki'], ['elbette', 'ki'], ['elbette'], ['doğal', 'olarak'], ['haliyle'], ['normal', 'olarak']]
/** A negative aorist or present, with a person ending: `geçmez`, `açılmıyor`, `yapamazsınız`. */
const NEGATIVE_VERB = /m(?:[ae]z|[ıiuü]yor)(?:s[ıiuü]n[ıiuü]z|l[ae]r)?$/
/** What follows a verb stem in a negative form the customer wrote: `geç-miyor`, `açıl-madı`, `gir-emiyorum`. */
const NEGATED_AFTER_STEM = /^(?:y?[ae])?m(?:[ae]z|[ıiuü]yor|[ae]d[ıi]|[ae]m[ıi]ş)/

/**
 * "Of course it doesn't" (blind batch 8): `Tabii ki de geçmez, kartınızın süresi dolmuş`. A lead
 * right before a negative verb talks down when it is the emphatic `tabii ki de`, or when the verb
 * is the one the customer wrote as failing (`kartım neden geçmiyor` → `Tabii ki geçmez`).
 * Reassurance keeps its subject or object between (`Tabii ki ek ücret alınmaz`) or answers a
 * worry, not a failure (`ücret alınacak mı?` → `Tabii ki alınmaz`). The span is the lead.
 */
export function obviousFailure(words: readonly Token[], text: string, customer: string | undefined): { start: number; end: number } | undefined {
  for (let i = 0; i < words.length; i++) {
    for (const lead of OF_COURSE) {
      if (!lead.every((w, k) => words[i + k]?.lower === w && (k === 0 || /^\s+$/.test(text.slice(words[i + k - 1]!.end, words[i + k]!.start))))) continue
      let end = i + lead.length
      const de = words[end]?.lower === 'de' || words[end]?.lower === 'da'
      if (de) end++
      const verb = words[end]
      if (!verb || !/^\s+$/.test(text.slice(words[end - 1]!.end, verb.start))) continue
      const suffix = NEGATIVE_VERB.exec(verb.lower)
      if (!suffix) continue
      if (de || failedForCustomer(verb.lower.slice(0, suffix.index), customer)) return { start: words[i]!.start, end: words[end - 1]!.end }
    }
  }
  return undefined
}

/** Whether the customer's message has the stem (with or without the ability -(y)A-) in a negative form. */
function failedForCustomer(stem: string, customer: string | undefined): boolean {
  if (!customer) return false
  const stems = [stem, stem.replace(/y?[ae]$/, '')].filter((s) => s.length >= 3)
  for (const m of normalizeWord(customer, 'tr').matchAll(/\p{L}+/gu)) {
    for (const s of stems) if (m[0].startsWith(s) && NEGATED_AFTER_STEM.test(m[0].slice(s.length))) return true
  }
  return false
}

/** Words that say someone manages alone or with ease: `kendisi`, `kolayca`. */
const ON_THEIR_OWN = new Set(['kendisi', 'kendileri', 'kendine', 'başına', 'kolayca', 'rahatlıkla', 'sorunsuz', 'sorunsuzca', 'zorlanmadan'])
/** A present-progressive verb: `yapabiliyor`, `hallediyor`, `yapıyorlar`. */
const MANAGES = /[ıiuü]yor(?:l[ae]r)?$/

/**
 * "Everyone does this on their own" (blind batch 8): `herkes bunu mobil uygulamadan kendisi
 * yapabiliyor`. `herkes`, then, in the same clause and within 7 words, a word of doing it alone or
 * with ease and a present-progressive verb: others manage, so the customer should. The aorist
 * (`herkes kolayca yapabilir`, anyone can) reassures and is not matched, nor is a feature
 * announcement with `artık` (`artık herkes faturasını kendisi görebiliyor`).
 */
export function everyoneManages(words: readonly Token[], text: string): { start: number; end: number } | undefined {
  for (let i = 0; i < words.length; i++) {
    if (words[i]!.lower !== 'herkes' || words[i - 1]?.lower === 'artık') continue
    let alone = false
    for (let j = i + 1; j < Math.min(words.length, i + 8); j++) {
      if (clauseBreakBetween(text, words[j - 1]!, words[j]!)) break
      const w = words[j]!.lower
      if (w === 'artık') break
      if (ON_THEIR_OWN.has(w)) alone = true
      else if (alone && MANAGES.test(w)) return { start: words[i]!.start, end: words[j]!.end }
    }
  }
  return undefined
}

/** Verbs that say a page or document already states something: `söylüyor`, `belirtiyor`, `yazıyor`. */
const SAYS = new Set(['söylüyor', 'belirtiyor', 'belirtiliyor', 'belirtilmiş', 'belirtilmektedir', 'yazıyor', 'yazılı', 'yazılıdır', 'açıklıyor', 'anlatıyor'])

/**
 * "It already says so" (blind batch 9): `bunu zaten iade sayfası da söylüyor`. `zaten` then, in the
 * same clause and within 6 words, a verb of a page saying it, with `bunu`/`bu` right before `zaten`
 * or `da`/`de` (also) right before the verb: the customer could have read it. A fact that is
 * already true (`kartınız zaten açık`, `zaten takip ekranında yer alıyor`) has neither and is silent.
 */
export function alreadySays(words: readonly Token[], text: string): { start: number; end: number } | undefined {
  for (let i = 0; i < words.length; i++) {
    if (words[i]!.lower !== 'zaten') continue
    const pointer = words[i - 1]?.lower === 'bunu' || words[i - 1]?.lower === 'bu'
    for (let j = i + 1; j < Math.min(words.length, i + 7); j++) {
      if (clauseBreakBetween(text, words[j - 1]!, words[j]!)) break
      if (!SAYS.has(words[j]!.lower)) continue
      const also = words[j - 1]!.lower === 'da' || words[j - 1]!.lower === 'de'
      if (pointer || also) return { start: words[pointer ? i - 1 : i]!.start, end: words[j]!.end }
      break
    }
  }
  return undefined
}
