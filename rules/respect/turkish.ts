/**
 * `respect` for Turkish replies: a sentence ending in a bare second-person plural imperative of a
 * request verb (`Fişi gönderin.`, `Kimliğinizi getiriniz.`) with no courtesy marker gets a polite
 * form: the ability question (`Fişi gönderebilir misiniz?`), which is regular for every verb:
 * strip -(y)In / -(y)InIz, add -(y)Abilir misiniz with the stem's vowel harmony. Only listed verb
 * stems count, so nouns that end like an imperative (`siparişin`, `kartın`, `yazın` in `bu yazın`
 * mid-sentence) are never commands. Honorifics and `Saygılarımızla` are not markers. A negative
 * imperative (`Bu numarayı aramayın.`) counts in a reply with no courtesy marker at all, unless it
 * warns for the customer's sake (`Güvenliğiniz için şifrenizi paylaşmayın.`).
 */
import type { DocumentState, Token } from '../../src/document.js'
import type { Channel } from '../../src/types.js'
import { createPhraseMatcher, type WordPhraseMatcher } from '../../src/kit/matcher.js'
import { lowerTurkish } from '../../src/text/phrases.js'
import { capitalizeTurkish } from '../../src/text/turkish.js'
import { insideInlineQuote } from '../../src/text/inline-quotes.js'
import { drillRuns, lineStart, segments } from './text.js'
import { languageData } from '../../src/kit/language-pack.js'

type Kind = 'request' | 'step' | 'contact'

/** rules/respect/tr.json */
export interface TurkishRespectData {
  markers: string[]
  requests: string[]
  steps: string[]
  contactRequests: string[]
  compounds: Record<string, Record<string, Kind>>
  contactTargets: string[]
  conditionWords: string[]
}

const turkishData = (): TurkishRespectData => languageData<TurkishRespectData>('respect', 'tr')
import { isSpace, trailingRunLength } from '../../src/text/trailing.js'

export interface TurkishIndexes {
  markers: WordPhraseMatcher<true>
  verbs: Map<string, Kind>
  compounds: Map<string, Map<string, Kind>>
  targets: Set<string>
  conditions: Set<string>
  /** Verb stems as typed without Turkish letters (`yukle` → `yükle`, `gonder` → `gönder`), for stems that have them. */
  ascii: Map<string, string>
}

export interface TurkishCommand {
  start: number
  end: number
  suggestions: string[]
}

export function buildTurkish(add: readonly string[] = [], ignore: ReadonlySet<string> = new Set(), requests: readonly string[] = []): TurkishIndexes {
  const tr = turkishData()
  const verbs = new Map<string, Kind>()
  for (const v of [...tr.requests, ...requests]) verbs.set(v, 'request')
  for (const v of tr.steps) verbs.set(v, 'step')
  for (const v of tr.contactRequests) verbs.set(v, 'contact')
  const compounds = new Map<string, Map<string, Kind>>()
  for (const [noun, map] of Object.entries(tr.compounds)) compounds.set(noun, new Map(Object.entries(map)))
  const ascii = new Map<string, string>()
  for (const v of verbs.keys()) if (toAscii(v) !== v) ascii.set(toAscii(v), v)
  return {
    markers: createPhraseMatcher<true>(
      [...tr.markers, ...add].filter((m) => !ignore.has(lowerTurkish(m))).map((m) => [m, true]),
      { language: 'tr' },
    ),
    verbs,
    compounds,
    targets: new Set(tr.contactTargets.map(lowerTurkish)),
    conditions: new Set(tr.conditionWords),
    ascii,
  }
}

const ASCII: Record<string, string> = { ç: 'c', ğ: 'g', ı: 'i', ö: 'o', ş: 's', ü: 'u' }
/** A word as typed on a keyboard without Turkish letters: `yükleyin` → `yukleyin`. */
const toAscii = (lower: string): string => lower.replace(/[çğıöşü]/g, (c) => ASCII[c]!)
const ASCII_IMPERATIVE = /^(.+?)(y?)([iu]n(?:[iu]z)?)$/u

/**
 * The stem of a plural imperative typed without Turkish letters (blind batch 9: `yukleyin`,
 * `yazin`, `gonderiniz`): the listed verb whose letters it spells, with vowel harmony read on the
 * verb's own vowels (`yaz` takes `-ın`, typed `-in`). Only for words with no Turkish letter at all.
 */
function asciiStem(lower: string, ix: TurkishIndexes): string | undefined {
  if (/[çğıöşü]/.test(lower)) return undefined
  const m = ASCII_IMPERATIVE.exec(lower)
  if (!m || !m[1]) return undefined
  const [, typed, buffer, ending] = m
  const stem = ix.ascii.get(typed!) ?? (ix.verbs.has(typed!) ? typed! : undefined)
  if (!stem || Boolean(buffer) !== VOWEL_END.test(stem)) return undefined
  const last = LAST_VOWEL.exec(stem)?.[0]
  return last !== undefined && toAscii(HIGH[last]!) === ending![0] ? stem : undefined
}

/** A verb's kind from its imperative stem: after a compound's noun, listed, or the causative of a listed verb. */
function kindOf(stem: string, previous: string | undefined, ix: TurkishIndexes): Kind | undefined {
  return (previous !== undefined ? ix.compounds.get(previous)?.get(stem) : undefined) ?? ix.verbs.get(stem) ?? causative(stem, ix.verbs)
}

/** The imperative stem of a word, read as typed without Turkish letters when that is what makes it a known verb (`yukleyin`). */
function stemOf(lower: string, previous: string | undefined, ix: TurkishIndexes): string | undefined {
  const direct = imperativeStem(lower)
  if (direct !== undefined && (negative(direct, ix.verbs) || kindOf(direct, previous, ix))) return direct
  return asciiStem(lower, ix) ?? direct
}

/**
 * A command that ends the first clause of a sentence whose rest is an offer under a condition
 * (blind batch 9): `Uygulamayı silip yeniden yükleyin, olmazsa tekrar yazın.` The condition softens
 * what follows it, not the order before the comma. The command's kind, or undefined.
 */
function commandBeforeCondition(words: readonly Token[], text: string, ix: TurkishIndexes): Kind | undefined {
  for (let k = 0; k + 1 < words.length; k++) {
    if (conditional(words[k]!, k, ix)) return undefined
    if (!/^\s*,\s*$/.test(text.slice(words[k]!.end, words[k + 1]!.start))) continue
    const stem = stemOf(words[k]!.lower, words[k - 1]?.lower, ix)
    const kind = stem === undefined || negative(stem, ix.verbs) ? undefined : kindOf(stem, words[k - 1]?.lower, ix)
    if (kind && words.slice(k + 1).some((w, j) => conditional(w, k + 1 + j, ix))) return kind
  }
  return undefined
}

const QUESTION = new Set(['mi', 'mı', 'mu', 'mü', 'misiniz', 'mısınız', 'musunuz', 'müsünüz', 'miyiz', 'mıyız', 'muyuz', 'müyüz', 'mi?', 'mısın', 'misin'])
const STEP = /^\s*(?:\d{1,2}[.)]|[-*•–]|adım\s*\d+[:.)]?|[a-z][.)])\s/iu
/** A conditional or a concessive verb form: `ederse`, `olursa`, `isterseniz`, `varsa`, `mümkünse`, `olmadıysa`. */
const CONDITIONAL = /(?:[rzkşyn]|d[ıiuü]|t[ıiuü]|yor)s[ae](?:n[ıiuü]z|k)?$/
/** First-person-plural possessives point a contact request at us: `şubemize`, `çağrı merkezimizi`. */
const OURS = /m[ıiuü]z(?:[ae]|[ıiuü]|d[ae]n|l[ae]|d[ae])?$/
const IMPERATIVE = /^(.+?)(y?)([ıiuü]n(?:[ıiuü]z)?)$/u
const VOWEL_END = /[aeıioöuü]$/
const LAST_VOWEL = /[aeıioöuü](?=[^aeıioöuü]*$)/
const HIGH: Record<string, string> = { a: 'ı', ı: 'ı', o: 'u', u: 'u', e: 'i', i: 'i', ö: 'ü', ü: 'ü' }

/** The stem of a 2nd-person plural imperative (`gönderin` → `gönder`, `bekleyiniz` → `bekle`), or undefined. */
export function imperativeStem(lower: string): string | undefined {
  const m = IMPERATIVE.exec(lower)
  if (!m || !m[1]) return undefined
  const [, stem, buffer, ending] = m
  // The y buffer only follows a vowel (`bekle-yin`); a consonant-final stem takes none (`yaz-ın`).
  if (Boolean(buffer) !== VOWEL_END.test(stem!)) return undefined
  const last = LAST_VOWEL.exec(stem!)?.[0]
  return last === undefined || ending![0] === HIGH[last] ? stem : undefined
}

/** The ability question for a stem: gönder → gönderebilir misiniz, bekle → bekleyebilir misiniz. */
export function abilityQuestion(stem: string): string {
  const back = /[aıou]/.test(LAST_VOWEL.exec(stem)?.[0] ?? 'e')
  return `${stem}${VOWEL_END.test(stem) ? 'y' : ''}${back ? 'a' : 'e'}bilir misiniz`
}

/** The -(y)Ip converb that joins two actions: çek → çekip, bekle → bekleyip, doldur → doldurup. */
export function converb(stem: string): string {
  return `${stem}${VOWEL_END.test(stem) ? 'y' : ''}${HIGH[LAST_VOWEL.exec(stem)?.[0] ?? 'e']}p`
}

/** A negative stem (`gönderme`, `paylaşma`): a warning, not a request. */
function negative(stem: string, verbs: ReadonlyMap<string, Kind>): boolean {
  return /m[ae]$/.test(stem) && verbs.has(stem.slice(0, -2))
}

/**
 * The sentence before its last word, and the last word (letters only), when only `.`/`!` then
 * whitespace follow it: what `/^(.*?)(\p{L}+)[.!]*\s*$/su` captured, found by scanning back from
 * the end (the regex retried its lazy prefix at every letter of a long word: quadratic; issue 17).
 */
function lastWord(sentence: string): [string, string] | undefined {
  let end = sentence.length - trailingRunLength(sentence, isSpace)
  end -= trailingRunLength(sentence.slice(0, end), (c) => c === '.' || c === '!')
  let start = end
  for (;;) {
    const cp = start > 0 ? String.fromCodePoint(sentence.codePointAt(start - 1)!) : ''
    // codePointAt on a low surrogate gives the lone half: step back to the pair's start.
    const pair = start >= 2 && /[\uDC00-\uDFFF]/.test(sentence[start - 1]!) && /[\uD800-\uDBFF]/.test(sentence[start - 2]!)
    const c = pair ? sentence.slice(start - 2, start) : cp
    if (!c || !/^\p{L}$/u.test(c)) break
    start -= c.length
  }
  return start < end ? [sentence.slice(0, start), sentence.slice(start, end)] : undefined
}

/**
 * `Fişi gönderin.` → `Fişi gönderebilir misiniz?`; `Formu doldurun ve imzalayın.` → `Formu
 * doldurup imzalayabilir misiniz?`; `Modemi kapatın, 10 saniye bekleyin ve açın.` → `Modemi
 * kapatıp 10 saniye bekleyip açabilir misiniz?` Undefined when the sentence does not end in an imperative.
 */
export function politeSentence(sentence: string, isVerb: (stem: string) => boolean = knownVerb, stemOf: (lower: string) => string | undefined = imperativeStem): string | undefined {
  const split = lastWord(sentence)
  if (!split) return undefined
  const [before, verb] = split
  const stem = stemOf(lowerTurkish(verb!))
  if (!stem) return undefined
  // Coordinated requests become converbs: `çekin ve gönderin`, `kapatın, bekleyin`.
  const joined = before!.replace(/(?<!\p{L})(\p{L}+)(?:,\s*ve\s+|\s+ve\s+|,\s+)/gu, (whole, word: string) => {
    const s = stemOf(lowerTurkish(word))
    return s && isVerb(s) ? `${converb(cased(word, s))} ` : whole
  })
  return `${joined}${abilityQuestion(cased(verb!, stem))}?`
}

/** The stem as written (`Bekleyin` → `Bekle`, `Git` → `Gid`): the lower-cased stem's letters, with the word's first capital. */
function cased(word: string, stem: string): string {
  const written = word.slice(0, stem.length)
  if (lowerTurkish(written) === stem) return written
  return lowerTurkish(word.charAt(0)) === word.charAt(0) ? stem : capitalizeTurkish(stem)
}

/** The plural imperative of a stem: kapat → kapatın, bekle → bekleyin, gid → gidin. */
function pluralImperative(stem: string): string {
  return `${stem}${VOWEL_END.test(stem) ? 'y' : ''}${HIGH[LAST_VOWEL.exec(stem)?.[0] ?? 'e']}n`
}

/** The stem a familiar (sen) imperative stands for: `git` → `gid`, `et` → `ed`, `kaydet` → `kayded`; others are their own stem. */
const voiced = (lower: string): string => (lower.endsWith('t') && (lower === 'git' || lower.endsWith('et')) ? `${lower.slice(0, -1)}d` : lower)

/**
 * `Modemi kapat, 30 saniye bekle, sonra tekrar aç.` → the formal `Lütfen modemi kapatın, 30 saniye
 * bekleyin, sonra tekrar açın.`: every familiar imperative of a known verb, coordinated or last, in the plural.
 */
function formalSentence(sentence: string, isVerb: (stem: string) => boolean): string {
  const formal = (word: string): string => {
    const stem = voiced(lowerTurkish(word))
    return isVerb(stem) ? pluralImperative(cased(word, stem)) : word
  }
  const split = lastWord(sentence)
  if (!split) return sentence
  const [before, verb] = split
  // The same coordination as in politeSentence: `kapat, bekle`, `git ve kontrol et`.
  const joined = before!.replace(/(?<!\p{L})(\p{L}+)(?:,\s*ve\s+|\s+ve\s+|,\s+)/gu, (whole, word: string) => formal(word) + whole.slice(word.length))
  return `${joined}${formal(verb!)}${sentence.slice(before!.length + verb!.length)}`
}

let verbs: ReadonlySet<string> | undefined
const knownVerb = (stem: string): boolean => {
  if (!verbs) {
    const tr = turkishData()
    verbs = new Set([...tr.requests, ...tr.steps, ...tr.contactRequests, 'ed', 'at', 'ol'])
  }
  return verbs.has(stem)
}

/** `Lütfen …` in front of the request (after a leading `Ayşe Hanım,` address). */
function withPlease(sentence: string): string {
  const trimmed = sentence.trim()
  const address = /^(?:\p{Lu}\p{Ll}+\s+){1,2}(?:Bey|Hanım|Hanim|Beyefendi|Hanımefendi|Hanimefendi),\s*/u.exec(trimmed)?.[0] ?? ''
  const rest = trimmed.slice(address.length)
  const lowered = /^\p{Lu}\p{Ll}/u.test(rest) ? lowerTurkish(rest.charAt(0)) + rest.slice(1) : rest
  return `${address}${address ? 'lütfen' : 'Lütfen'} ${lowered}`
}

/** Blunt requests in a Turkish reply. */
export function turkishCommands(doc: DocumentState, ix: TurkishIndexes, channel: Channel, lenient: ReadonlySet<Channel>): TurkishCommand[] {
  let polite = false
  const found: Array<{ start: number; end: number; kind: Kind; negative: boolean; index: number; threat?: boolean; singular?: boolean; alone?: boolean; head?: boolean }> = []
  let index = -1
  const intros = new Set<number>()
  for (const seg of segments(doc)) {
    index++
    const words = seg.words.filter((w) => doc.prose[w.start - 1] !== '@')
    if (words.length === 0) continue
    // One capitalised bare stem ending the reply with no stop is a signature (`… kib! Getir`, the brand), not an order.
    if (words.length === 1 && /^\p{Lu}/u.test(words[0]!.value) && !imperativeStem(words[0]!.lower) && doc.prose.slice(words[0]!.end).trim() === '') continue
    if (ix.markers.match(words, doc.prose).length > 0) {
      polite = true
      // `Lütfen şu adımları deneyin:` introduces the steps that follow: they are a list, not a drill.
      if (
        doc.prose
          .slice(words[words.length - 1]!.end, seg.end)
          .trimEnd()
          .endsWith(':')
      )
        intros.add(index)
      continue
    }
    if (words.some((w) => QUESTION.has(w.lower)) || /\?/.test(doc.prose.slice(words[words.length - 1]!.end, seg.end))) continue
    // A quoted label (`'İndirim kodu ekle'.`) is not said to the customer.
    const quoted = /['"‘’“”«»]/.test(doc.prose.slice(words[words.length - 1]!.end, seg.end)) || insideInlineQuote(doc.prose, words[words.length - 1]!.start, words[words.length - 1]!.end)
    if (!quoted && familiar(words, ix) && !STEP.test(doc.prose.slice(lineStart(doc.prose, seg.start), seg.end))) {
      found.push({ start: words[0]!.start, end: seg.end, kind: 'request', negative: false, index, singular: true })
      continue
    }
    if (threat(words, doc.prose, ix)) {
      found.push({ start: words[0]!.start, end: seg.end, kind: 'request', negative: false, index, threat: true })
      continue
    }
    const last = words[words.length - 1]!
    const previous = words[words.length - 2]?.lower
    const stem = stemOf(last.lower, previous, ix)
    if (!stem) {
      const head = commandBeforeCondition(words, doc.prose, ix)
      if (head && !STEP.test(doc.prose.slice(lineStart(doc.prose, seg.start), seg.end))) found.push({ start: words[0]!.start, end: seg.end, kind: head, negative: false, index, head: true })
      continue
    }
    // A negative imperative (`paylaşmayın`, `aramayın`) is a prohibition: blunt in a reply with no
    // courtesy at all, unless it warns for the customer's own sake (`Güvenliğiniz için …`).
    const no = negative(stem, ix.verbs)
    if (no && words.some((w, k) => w.lower === 'için' && k > 0 && /n[ıiuü]z$/.test(words[k - 1]!.lower))) continue
    const kind = no ? ix.verbs.get(stem.slice(0, -2)) : kindOf(stem, previous, ix)
    if (!kind) continue
    if (STEP.test(doc.prose.slice(lineStart(doc.prose, seg.start), seg.end))) continue
    if (words.slice(0, -1).some((w, k) => conditional(w, k, ix))) {
      const head = no ? undefined : commandBeforeCondition(words, doc.prose, ix)
      if (head) found.push({ start: words[0]!.start, end: seg.end, kind: head, negative: false, index, head: true })
      continue
    }
    if (kind === 'contact' && !words.slice(0, -1).some((w) => ix.targets.has(w.lower) || OURS.test(w.lower))) continue
    // `Bekleyin.`, `Kontrol edin.`: an order on its own, curt whatever courtesy the reply has elsewhere.
    const alone = !no && (words.length === 1 || (words.length === 2 && ix.compounds.get(words[0]!.lower)?.has(stem) === true))
    found.push({ start: words[0]!.start, end: seg.end, kind, negative: no, index, ...(alone ? { alone } : {}) })
  }
  const drilled = drills(found, intros)
  // Short social and SMS replies with a marker anywhere, and instructions in a reply that is
  // courteous elsewhere, are not curt; a drill of steps and a command with a threat are.
  // A familiar (sen) imperative or an order on its own is curt whatever the rest of the reply says.
  const kept = found.filter((c) => c.threat || c.singular || c.alone || !(polite && (lenient.has(channel) || (c.kind === 'step' && !drilled.has(c.index)) || c.negative)))
  const isVerb = (stem: string): boolean => ix.verbs.has(stem) || causative(stem, ix.verbs) !== undefined || stem === 'ed' || stem === 'at' || stem === 'ol'
  return kept.map((c) => {
    const sentence = doc.raw.slice(c.start, c.end)
    // The familiar form is asked formally: the ability question, or `Lütfen …` with every verb in the plural.
    if (c.singular) return { start: c.start, end: c.end, suggestions: [politeSentence(sentence, isVerb, (w) => (isVerb(voiced(w)) ? voiced(w) : undefined))!, withPlease(formalSentence(sentence, isVerb))] }
    // A prohibition or a threat has no ability question (`paylaşmayabilir misiniz` asks something else),
    // nor has a command before a condition (the question would ask the offer): offer `Lütfen …`.
    const question = c.negative || c.threat || c.head ? undefined : politeSentence(sentence, isVerb)
    return { start: c.start, end: c.end, suggestions: question ? [question, withPlease(sentence)] : [withPlease(sentence)] }
  })
}

/** Words after which a bare verb stem is a noun or an adjective: `bu yaz` (this summer), `çok aç` (very hungry). */
const NOT_BEFORE_FAMILIAR = new Set(['bu', 'şu', 'o', 'geçen', 'gelecek', 'önümüzdeki', 'her', 'bir', 'çok', 'bütün', 'tüm', 'sonraki', 'ilk', 'son', 'bu yıl'])

/**
 * A sentence ending in a familiar (sen) imperative of a known verb (blind batch 8): `Modemi kapat,
 * 30 saniye bekle, sonra tekrar aç.`, `Işıklar yeşil olunca yaz.`, `Kontrol et.` The bare stem is
 * the imperative: a service reply addresses the customer as siz, so this is curt after an apology
 * too. Not a noun or adjective that spells the same (`bu yaz`, `çok aç`), nor a Title Case label
 * inside the sentence (`Şifre Değiştir`).
 */
function familiar(words: readonly Token[], ix: TurkishIndexes): boolean {
  const last = words[words.length - 1]!
  if (words.length > 1 && /^\p{Lu}/u.test(last.value)) return false
  const previous = words[words.length - 2]?.lower
  if (previous !== undefined && NOT_BEFORE_FAMILIAR.has(previous)) return false
  const stem = voiced(last.lower)
  return (previous !== undefined && ix.compounds.get(previous)?.has(stem) === true) || ix.verbs.has(stem)
}

/**
 * Bare commands in `DRILL` or more sentences in a row (`Modemi prizden çekin. 30 saniye bekleyin.
 * Tekrar takın.`): a string of orders, even after a `Kusura bakmayın.` opener, unless a courteous
 * sentence ending in a colon introduces them as a list. Their segment indexes (only the steps among
 * them need it: requests are reported anyway); a prohibition or a threat is no step of a drill.
 */
function drills(found: ReadonlyArray<{ negative: boolean; index: number; threat?: boolean }>, intros: ReadonlySet<number>): Set<number> {
  const out = new Set<number>()
  for (const run of drillRuns(found, (c) => c.negative || c.threat === true)) if (!intros.has(run[0]!.index - 1)) for (const c of run) out.add(c.index)
  return out
}

/** `aksi halde`, `aksi takdirde`, `aksi durumda` (otherwise) after a command: what follows is a threat. */
const OTHERWISE = new Set(['halde', 'hâlde', 'takdirde', 'taktirde', 'durumda'])

/**
 * A command followed by a threat in the same sentence: `Ödemeyi geciktirmeyin, aksi halde hattınız
 * kısıtlanır.`, `Belgeleri gönderin, yoksa başvurunuz iptal edilir.` The command is a listed verb or
 * any negative imperative (-mAyIn, the verb read from its ending: `geciktirmeyin`, `unutmayın`).
 */
function threat(words: readonly Token[], text: string, ix: TurkishIndexes): boolean {
  // A warning for the customer's own sake (`Güvenliğiniz için …`) is not a threat.
  if (words.some((w, k) => w.lower === 'için' && k > 0 && /n[ıiuü]z$/.test(words[k - 1]!.lower))) return false
  for (let k = 0; k + 1 < words.length; k++) {
    const next = words[k + 1]!.lower
    if (!(next === 'yoksa' || (next === 'aksi' && OTHERWISE.has(words[k + 2]?.lower ?? '')))) continue
    if (!/[,;]/.test(text.slice(words[k]!.end, words[k + 1]!.start))) continue
    // Read as typed without Turkish letters too (`Borcunuzu odeyin, aksi halde …`, an SMS gateway).
    const previous = words[k - 1]?.lower
    const stem = stemOf(words[k]!.lower, previous, ix)
    if (!stem) continue
    if (/.{3}m[ae]$/u.test(stem) || kindOf(stem, previous, ix)) return true
  }
  return false
}

/**
 * The causative of a listed verb asks the customer to have something done for us: `ulaş` (reach)
 * → `ulaştırınız` (deliver it), `doldur` → `doldurtun`. Read by morphology, not listed: -DIr or -t
 * after the stem (`ulaş-tır`, `bekle-t`).
 */
function causative(stem: string, verbs: ReadonlyMap<string, Kind>): Kind | undefined {
  const m = /(?:[dt][ıiuü]r|t)$/u.exec(stem)
  return m && m.index > 0 && verbs.has(stem.slice(0, m.index)) ? 'request' : undefined
}

function conditional(w: Token, k: number, ix: TurkishIndexes): boolean {
  if (ix.conditions.has(w.lower)) return true
  // A capitalised word inside the sentence is a name (`Bursa şubemize`), not a verb.
  return CONDITIONAL.test(w.lower) && (k === 0 || !/^\p{Lu}/u.test(w.value))
}
