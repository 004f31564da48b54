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
import { foldTurkishLetters as foldAscii } from '../../src/text/fold-turkish.js'

/**
 * An entry of `tr.json`: the English entry's fields but `unlessNegated` (Turkish negates after the
 * phrase), and `commas`: the phrase may take a comma between its words (`Bir kez daha, yavaş yavaş
 * anlatayım`); other phrases must not, so that they never join the end of one clause to the next.
 */
export type TurkishEntry = Omit<Entry, 'unlessNegated'> & { commas?: boolean }

/** Between two words of a phrase: a space or two, or a comma and a space (checked per entry in `applies`). */
const GAP = (gap: string): boolean => gap.length < 4 && /^,?\s+$/.test(gap)

/** Words after which a phrase still starts its clause: `Deniz Hanım, lütfen sakin olun`. */
const LEADS = ['lütfen', 'öncelikle', 'ama', 'fakat', 'ancak', 've', 'yani', 'bakın', 'bakınız', 'efendim', 'şimdi', 'evet', 'hayır', 'tamam', 'zaten', 'sadece', 'ayrıca', 'siz', 'hanımefendi', 'beyefendi', 'size', 'sizlere']
const CLAUSE_LEADS = new Set([...LEADS, ...LEADS.map((w) => foldAscii(w))])

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

/** A letter only Turkish spelling has: a draft without any was typed in ASCII (`acikca yazdigi uzere`). */
export const TURKISH_LETTER = /[çğıöşüâîûÇĞİÖŞÜÂÎÛ]/
/** Turkish letters to their ASCII look-alikes (lower case: patterns and tokens are lower-cased first): the shared fold. */
export { foldAscii }
/** A token of an ASCII draft: `Iade` lower-cases to `ıade` under Turkish rules, which stands for `iade`. */
export const foldToken = (t: Token): Token => ({ ...t, lower: foldAscii(t.lower) })

/** The matcher for ASCII drafts: every phrase and context word folded (`açıkça yazdığı üzere` → `acikca yazdigi uzere`). */
export function buildAsciiMatcher(entries: readonly TurkishEntry[], expand: (pattern: string) => string[], ignore: readonly string[]): WordPhraseMatcher<TurkishEntry> {
  const fold = (list: string[] | undefined): string[] | undefined => list?.map((w) => foldAscii(normalizeWord(w, 'tr')))
  const folded = entries.map((e) => ({ ...e, patterns: e.patterns.map((p) => foldAscii(normalizeWord(p, 'tr'))), notBefore: fold(e.notBefore), notAfter: fold(e.notAfter) }))
  return buildTurkishMatcher(
    folded,
    expand,
    ignore.map((p) => foldAscii(normalizeWord(p, 'tr'))),
  )
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
/**
 * Past aorist, second person plural (`bilirdiniz`, `bulurdunuz`, `yaşamazdınız`), or negative and
 * third person (`bu durum yaşanmazdı`, `sorun çıkmazdı`): had you, it would not have happened.
 */
const YOU_WOULD_HAVE = /(?:[rz](?:dınız|diniz|dunuz|dünüz)|m[ae]zd[ıi])$/

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
      if (suffix ? de || failedForCustomer(verb.lower.slice(0, suffix.index), customer) : happenedForCustomer(words, end, customer)) return { start: words[i]!.start, end: words[end - 1]!.end }
    }
  }
  return undefined
}

/** A positive aorist: `olur`, `kesilir`, `düşer`, `iptal edilir`. */
const AORIST = /(?:[ıiuü]r|[ae]r)$/
/** What follows a verb stem in a past form the customer wrote: `kesil-di`, `ol-muş`. */
const PAST_AFTER_STEM = /^(?:d|t|m[ıiuü]ş)/
/** The customer asks why something happened: `Kartım neden bloke oldu?` */
const WHY = /(?:^|[^\p{L}])(?:neden|niye|niçin|ne diye)(?:[^\p{L}]|$)/u

/**
 * "Of course it happens" (blind batch 10): the customer asks why something happened (`Kartım
 * neden bloke oldu?`) and the reply calls it obvious with the customer's own words in the aorist
 * (`Tabii ki bloke olur`, `Elbette kesilir`). The verb's stem must be the customer's, in the past,
 * and a word between the lead and the verb must be theirs too: `Tabii ki ücret iade edilir`
 * answers `Ücret neden kesildi?` with a remedy and stays silent.
 */
function happenedForCustomer(words: readonly Token[], at: number, customer: string | undefined): boolean {
  if (!customer) return false
  const { words: theirs, why } = customerWords(customer)
  if (!why) return false
  const first = words[at]!
  const noun = !AORIST.test(first.lower) || first.lower.length < 4
  const verb = noun ? words[at + 1] : first
  if (!verb || !AORIST.test(verb.lower)) return false
  if (noun && !theirs.includes(first.lower)) return false
  const stem = verb.lower.replace(AORIST, '')
  if (stem.length < (noun ? 2 : 3)) return false
  return theirs.some((w) => w.startsWith(stem) && PAST_AFTER_STEM.test(w.slice(stem.length)))
}

/** Whether the customer's message has the stem (with or without the ability -(y)A-) in a negative form. */
function failedForCustomer(stem: string, customer: string | undefined): boolean {
  if (!customer) return false
  const stems = [stem, stem.replace(/y?[ae]$/, '')].filter((s) => s.length >= 3)
  for (const w of customerWords(customer).words) {
    for (const s of stems) if (w.startsWith(s) && NEGATED_AFTER_STEM.test(w.slice(s.length))) return true
  }
  return false
}

/** The customer's last message, read once: its normalised words and whether it asks why. */
let lastCustomer: { text: string; words: string[]; why: boolean } | undefined

/** The customer's words, tokenised once per message rather than once per `Tabii ki` or `Elbette` in the reply. */
function customerWords(customer: string): { words: string[]; why: boolean } {
  if (lastCustomer?.text !== customer) {
    const said = normalizeWord(customer, 'tr')
    lastCustomer = { text: customer, words: [...said.matchAll(/\p{L}+/gu)].map((m) => m[0]), why: WHY.test(said) }
  }
  return lastCustomer
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
const SAYS = new Set(['söylüyor', 'belirtiyor', 'belirtiliyor', 'belirtilmiş', 'belirtilmektedir', 'belirtilmiştir', 'yazıyor', 'yazılı', 'yazılıdır', 'yazmaktadır', 'açıklıyor', 'açıklanıyor', 'anlatıyor', 'anlatılıyor'])
/** Where it is written: `sayfamızda`, `sözleşmenizde`, `sitemizde`, `kılavuzda` (a locative of one of these). */
const WRITTEN_IN = /^(?:sayfa|site|sözleşme|kılavuz|koşul|şart|bilgilendirme|e-posta|mesaj|açıklama|metin|sss|yönerge|talimat|broşür|etiket|kutu)\p{L}*(?:d[ae]|t[ae])$/u

/**
 * "It already says so" (blind batch 9): `bunu zaten iade sayfası da söylüyor`. `zaten` then, in the
 * same clause and within 6 words, a verb of a page saying it, with `bunu`/`bu` right before `zaten`,
 * `da`/`de` (also) right before the verb, or the page itself right before `zaten` (`yardım
 * sayfamızda zaten yazıyor`, batch 10): the customer could have read it. A fact that is
 * already true (`kartınız zaten açık`, `zaten takip ekranında yer alıyor`) has neither and is silent.
 */
export function alreadySays(words: readonly Token[], text: string): { start: number; end: number } | undefined {
  for (let i = 0; i < words.length; i++) {
    if (words[i]!.lower !== 'zaten') continue
    const pointer = words[i - 1]?.lower === 'bunu' || words[i - 1]?.lower === 'bu'
    const where = WRITTEN_IN.test(words[i - 1]?.lower ?? '')
    for (let j = i + 1; j < Math.min(words.length, i + 7); j++) {
      if (clauseBreakBetween(text, words[j - 1]!, words[j]!)) break
      if (!SAYS.has(words[j]!.lower)) continue
      const also = words[j - 1]!.lower === 'da' || words[j - 1]!.lower === 'de'
      if (pointer || also || where) return { start: words[pointer || where ? i - 1 : i]!.start, end: words[j]!.end }
      break
    }
  }
  return undefined
}

/** `yine`/`gene`/`tekrar`/`bir kez daha`: the customer did it again. */
const AGAIN: ReadonlyArray<readonly string[]> = [['yine'], ['gene'], ['tekrar'], ['yeniden'], ['bir', 'kez', 'daha'], ['bir', 'kere', 'daha'], ['bir', 'defa', 'daha']]
/** Reported past, second person plural: `atlamışsınız`, `unutmuşsunuz`, `girmemişsiniz`. */
const YOU_DID = /m[ıiuü]şs[ıiuü]n[ıiuü]z$/
/** Stems of getting a step wrong: `atla-`, `unut-`, `kaçır-`, `karıştır-`. */
const SLIPS = ['atla', 'unut', 'kaçır', 'karıştır', 'ihmal', 'es geç', 'boş bırak']
/** Words that make any action a mistake: `yanlış girmişsiniz`, `eksik doldurmuşsunuz`. */
const WRONGLY = new Set(['yanlış', 'hatalı', 'eksik', 'yanlışlıkla'])
/** The reported past negated: `onaylamamışsınız`, `girmemişsiniz`. */
const YOU_DID_NOT = /m[ae]m[ıiuü]şs[ıiuü]n[ıiuü]z$/

/**
 * "You skipped it again" (blind batch 10): `yine 3D onay adımını atlamışsınız`. `yine` (or `gene`,
 * `tekrar`, `bir kez daha`), then within the same clause and 5 words a second-person reported
 * past of a slip (`atlamışsınız`, `unutmuşsunuz`), of a step not taken (`girmemişsiniz`) or of an
 * action done `yanlış`/`eksik`: a repeated mistake held up to the customer. Without the `again`
 * (`onay adımı atlanmış görünüyor`) it is an explanation and stays silent; so is a kind repeat
 * (`yine bizi tercih etmişsiniz`), which has no slip.
 */
export function againYouFailed(words: readonly Token[], text: string): { start: number; end: number } | undefined {
  for (let i = 0; i < words.length; i++) {
    const lead = AGAIN.find((a) => a.every((w, k) => words[i + k]?.lower === w))
    if (!lead) continue
    let wrong = false
    for (let j = i + lead.length; j < Math.min(words.length, i + lead.length + 5); j++) {
      if (clauseBreakBetween(text, words[j - 1]!, words[j]!)) break
      const w = words[j]!.lower
      if (WRONGLY.has(w)) wrong = true
      if (!YOU_DID.test(w)) continue
      const slip = SLIPS.some((s) => (s.includes(' ') ? `${words[j - 1]!.lower} ${w}`.startsWith(s) : w.startsWith(s)))
      if (slip || wrong || YOU_DID_NOT.test(w)) return { start: words[i]!.start, end: words[j]!.end }
      break
    }
  }
  return undefined
}

/** A second-person participle before `için`/`yüzünden`: `girdiğiniz`, `okumadığınız`, `etmediğiniz`. */
const YOU_DID_IT = /[dt][ıiuü]ğ[ıiuü]n[ıiuü]z$/
/** Verbs of reading and checking: not doing them is the customer's fault in the agent's eyes. */
const HEED = ['oku', 'dikkat', 'kontrol', 'incele', 'bak', 'takip', 'uy']
const heeds = (w: string): boolean => HEED.some((h) => w.startsWith(h))
/** A second-person participle negated: `okumadığınız`, `etmediğiniz`. */
const YOU_DID_NOT_IT = /m[ae]d[ıi]ğ[ıi]n[ıi]z$/
const BECAUSE = new Set(['için', 'yüzünden', 'nedeniyle', 'sebebiyle', 'dolayı'])
const THANKS = /^(?:teşekkür|tesekkur|sağol|sagol)/
/** Telling, reporting or fixing: `bildirdiğiniz`, `fark ettiğiniz`, `düzelttiğiniz`. */
const REPORTS = /^(?:bildir|ilet|haber|paylaş|düzelt|fark|belirt|söyle|hatırlat|uyar|göster)/

/**
 * "Because you entered it wrong" (issue: blame by morphology): a second-person participle before
 * `için`/`yüzünden`/`nedeniyle`, when the act is a mistake (`yanlış adres girdiğiniz için`,
 * `eksik belge gönderdiğiniz için`) or a not-reading (`koşulları okumadığınız için`, `talimatlara
 * uymadığınız yüzünden`). A plain cause (`siparişinizi iptal ettiğiniz için`, `ödeme yapmadığınız
 * için hattınız kapandı`) has neither and stays silent.
 */
export function becauseYouFailed(words: readonly Token[], text: string): { start: number; end: number } | undefined {
  for (let i = 1; i < words.length; i++) {
    if (!BECAUSE.has(words[i]!.lower)) continue
    const verb = words[i - 1]!.lower
    if (!YOU_DID_IT.test(verb) || clauseBreakBetween(text, words[i - 1]!, words[i]!)) continue
    // `… ilettiğiniz için (ayrıca) teşekkürler` thanks the customer for the act; telling us of a
    // mistake (`hatalı yazıyı bildirdiğiniz için`) helps.
    if (words.slice(i + 1, i + 4).some((w) => THANKS.test(w.lower)) || REPORTS.test(verb)) continue
    const notDone = YOU_DID_NOT_IT.test(verb)
    if (notDone && heeds(verb)) return { start: words[i - 1]!.start, end: words[i]!.end }
    if (notDone && i > 1 && heeds(words[i - 2]!.lower) && /^(?:et|ed)/.test(verb)) return { start: words[i - 2]!.start, end: words[i]!.end }
    // `yanlış` right before the verb or its object (`yanlış adres girdiğiniz`), not inside another clause.
    for (let j = i - 2; j >= Math.max(0, i - 3); j--) {
      if (clauseBreakBetween(text, words[j]!, words[j + 1]!) || YOU_DID_IT.test(words[j]!.lower.replace(/[ıiuü]$/, ''))) break
      if (WRONGLY.has(words[j]!.lower)) return { start: words[j]!.start, end: words[i]!.end }
    }
  }
  return undefined
}

/** `okumadan`, `incelemeden`, `bakmadan`: without reading or checking first. */
const UNREAD = new Set(['okumadan', 'incelemeden', 'bakmadan', 'okumaksızın'])
/** What the customer did unread: a second-person past (`sipariş vermişsiniz`, `onayladınız`) or a complaint made (`yapılan`, `gelen`). */
const DONE_UNREAD = /(?:m[ıiuü]şs[ıiuü]n[ıiuü]z|[dt][ıiuü]n[ıiuü]z)$/
const MADE = new Set(['yapılan', 'gelen', 'yazılan', 'iletilen', 'gönderilen', 'açılan'])

/**
 * "Without reading it" (blind batch 10): `yazanı okumadan sipariş vermişsiniz`, `açıklamayı
 * okumadan yapılan bu tür şikâyetler`. `okumadan` followed, within 3 words of its clause, by what
 * the customer did that way. Advice (`sözleşmeyi okumadan imzalamayın`) has neither and is silent.
 */
export function withoutReading(words: readonly Token[], text: string): { start: number; end: number } | undefined {
  for (let i = 0; i < words.length; i++) {
    if (!UNREAD.has(words[i]!.lower)) continue
    for (let j = i + 1; j < Math.min(words.length, i + 4); j++) {
      if (clauseBreakBetween(text, words[j - 1]!, words[j]!)) break
      const w = words[j]!.lower
      if (DONE_UNREAD.test(w) || MADE.has(w)) return { start: words[i]!.start, end: words[j]!.end }
    }
  }
  return undefined
}

/** The past abilitative, second person plural: `yapabilirdiniz`, `bakabilirdiniz`. */
const COULD_HAVE = /[ae]bilird[ıi]n[ıi]z$/
/** A second-person verbal noun: `okumanız`, `kontrol etmeniz`, `biliyor olmanız`. */
const YOUR_DOING = /m[ae]n[ıi]z$/
/** What it should have been: `gerekirdi`, `lazımdı`, `yeterliydi`, `yeterdi`. */
const WAS_DUE = new Set(['gerekirdi', 'lazımdı', 'yeterliydi', 'yeterdi', 'kafiydi'])
/** The past necessitative, second person plural: `okumalıydınız`, `bildirmeliydiniz`. */
const YOU_SHOULD_HAVE = /m[ae]l[ıi]yd[ıi]n[ıi]z$/
/** Nouns of a compound verb, kept with it: `haber vermeliydiniz`, `dikkat etmeniz gerekirdi`. */
const COMPOUND_NOUNS = new Set(['haber', 'dikkat', 'kontrol', 'bilgi', 'takip', 'onay', 'iptal', 'başvuru', 'teyit'])

/**
 * "You should have" by morphology (blind batch 10 follow-up): any verb, where the list names a few
 * (`okumanız gerekirdi`): a second-person verbal noun before `gerekirdi`/`lazımdı`/`yeterliydi`
 * (`biliyor olmanız gerekirdi`, `uygulamadan bakmanız yeterdi`), or the past necessitative
 * (`bize önceden haber vermeliydiniz`), or `kendiniz` + the past abilitative (`bunu kendiniz de
 * yapabilirdiniz`). The present (`girmeniz gerekiyor`, `girmeniz yeterli`, `kendiniz de
 * yapabilirsiniz`) tells what to do next and is not matched.
 */
export function shouldHave(words: readonly Token[], text: string): { start: number; end: number } | undefined {
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!.lower
    // `Bunu kendiniz de yapabilirdiniz`: you could have done it yourself.
    if (w === 'kendiniz') {
      for (let j = i + 1; j < Math.min(words.length, i + 4); j++) {
        if (clauseBreakBetween(text, words[j - 1]!, words[j]!)) break
        if (COULD_HAVE.test(words[j]!.lower)) return { start: words[i]!.start, end: words[j]!.end }
      }
    }
    const noun = i > 0 && COMPOUND_NOUNS.has(words[i - 1]!.lower) && !clauseBreakBetween(text, words[i - 1]!, words[i]!)
    if (YOU_SHOULD_HAVE.test(w)) return { start: words[noun ? i - 1 : i]!.start, end: words[i]!.end }
    const next = words[i + 1]
    if (!next || !YOUR_DOING.test(w) || !WAS_DUE.has(next.lower) || clauseBreakBetween(text, words[i]!, next)) continue
    // Take the helper's verb or noun along: `biliyor olmanız`, `kontrol etmeniz`.
    const helper = noun || (i > 0 && /^(?:olman|etmen|yapman)/.test(w) && !clauseBreakBetween(text, words[i - 1]!, words[i]!))
    return { start: words[helper ? i - 1 : i]!.start, end: next.end }
  }
  return undefined
}
