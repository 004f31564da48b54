/**
 * Counting and rewriting helpers for `verbosity`: word units (agent words plus masked URLs,
 * e-mail addresses and placeholders, one each), X-style character counts, filler deletions
 * that keep the sentence readable, and split points for long sentences.
 */
import type { DocumentState, Token } from '../../src/document.js'
import type { Range } from '../../src/input/mask.js'
import type { Segment } from '../../src/text/segments.js'
import { isSpace, trailingRunLength } from '../../src/text/trailing.js'

export interface Edit {
  start: number
  end: number
  text: string
}

/** Agent words and masked tokens (URL, e-mail, placeholder: one word each), in text order. */
export function wordUnits(doc: DocumentState): Range[] {
  const units: Range[] = [...doc.words(), ...doc.tokens]
  return units.sort((a, b) => a.start - b.start)
}

/** What a long-sentence check leaves out of a sentence: the opening greeting words of the language (`hi`, `hello`, …; none: no greeting is left out). */
export interface SentenceCount {
  greetings: ReadonlySet<string>
}

/** Before a sign-off: `^KMG`, ` /QI`, ` ~Laura`, ` -JD`, `you- Imanni`, ` – Anwar` (a dash with a space on one side at least). */
const SIGN_OFF = /^(?:[ \t]*[\^~]|[ \t]+\/|[ \t]+[-–—][ \t]*|[-–—][ \t]+)$/
/** Words a greeting may address before its comma: `Hi there,`, `Hello again,`, `Hi all,` (names are capitalised). */
const ADDRESSEES = new Set(['there', 'all', 'everyone', 'again', 'team', 'folks', 'friend'])

/**
 * Words of a sentence as its reader reads them, for the long-sentence check: its words and the
 * links, e-mail addresses and placeholders in [from, to) (one word each), but not
 * - an opening greeting (`Hi there,`, `Hello Sam,`): a greeting on a line of its own is already a
 *   sentence of its own, and the same words before a comma are no harder to read;
 * - a sign-off that ends the reply (`… going on ^EC`, `… to see /QI`): the agent's initials, not the sentence;
 * - links after the sentence's last word (`… in this difficult time https://…`): a reference the reader
 *   does not read as part of the sentence (a link inside it still counts);
 * - the address of a Markdown link (`[issue tracker](https://…)`), whose words are already counted;
 * - the parts of a Windows path (`C:\Users\…\AppData`, one word, as a link is).
 */
export function sentenceLength(doc: DocumentState, seg: Segment, from: number, to: number, opts: SentenceCount): number {
  const { prose, raw } = doc
  const words = seg.words
  const first = greetingLength(prose, words, opts.greetings)
  let last = words.length
  const tail = words[last - 1]
  if (last - first > 1 && tail && /^\p{Lu}/u.test(tail.value) && SIGN_OFF.test(prose.slice(words[last - 2]!.end, tail.start)) && endsReply(prose, tail.end)) last--
  let count = 0
  for (let i = first; i < last; i++) if (i === first || !/^:?\\$/.test(prose.slice(words[i - 1]!.end, words[i]!.start))) count++
  const lastWordEnd = words[words.length - 1]?.end ?? from
  for (const t of doc.tokens) {
    if (t.start < from || t.start >= to) continue
    // A link after the last word is a reference; an e-mail address or a placeholder there is still read.
    if (t.start >= lastWordEnd && isUrl(raw.slice(t.start, t.end)) && !doc.placeholders.some((p) => p.start < t.end && p.end > t.start)) continue
    // The target of a Markdown link (`[issue tracker](https://…)`): the reader reads the link's words, not its address.
    if (raw.startsWith('](', t.start - 2) && isUrl(raw.slice(t.start, t.end))) continue
    count++
  }
  return count
}

/**
 * Whether only spaces, masked links (blanked in the prose) and closing punctuation follow `from`. A loop
 * that stops at the first other character: a regex over the rest of the reply at every sentence would be quadratic.
 */
function endsReply(prose: string, from: number): boolean {
  for (let i = from; i < prose.length; i++) {
    const c = prose.charAt(i)
    if (c !== '.' && c !== '!' && c !== ')' && !isSpace(c)) return false
  }
  return true
}

/** How many words at the start of `words` greet (`Hi there,` → 2), 0 when they do not end in a comma before more words. */
function greetingLength(prose: string, words: readonly Token[], greetings: ReadonlySet<string>): number {
  if (greetings.size === 0 || !words[0]) return 0
  let n = 0
  if (greetings.has(words[0].lower)) n = 1
  else if (words[0].lower === 'good' && greetings.has(`good ${words[1]?.lower ?? ''}`)) n = 2
  else return 0
  const dear = words[0].lower === 'dear'
  for (let i = n; i < Math.min(words.length - 1, n + 4); i++) {
    if (prose.slice(words[i - 1]!.end, words[i]!.start).trim() === ',') return i
    // A name is capitalised; `Hi I'm Sam, …` introduces the agent and is part of the sentence.
    const w = words[i]!
    if (w.lower === 'i' || w.lower.startsWith("i'")) return 0
    if (!dear && !ADDRESSEES.has(w.lower) && !/^\p{Lu}/u.test(w.value)) return 0
  }
  return 0
}

const ENTITY = /&(?:[a-z]{2,6}|#\d{1,6}|#x[\da-f]{1,5});/iy
/**
 * `twitter.com/messages/compose?…` (a DM button), `x.com/<user>/status/<id>` (a quoted post), or a
 * `t.co/…` link: in a sent post's text (an export audited after the fact) X writes the post's
 * attachment (photo, video, DM button, quoted post) as a trailing t.co link it does not count.
 * A draft carries full addresses, so an ordinary link ending it still counts.
 */
const ATTACHMENT = /^(?:https?:\/\/)?(?:(?:www\.|mobile\.)?(?:twitter|x)\.com\/(?:messages\/compose\b|\w{1,15}\/status\/\d)|t\.co\/\w)/i
const LEADING_HANDLES = /^\s*(?:[@＠][A-Za-z0-9_]{1,30}[\s,]+)+/

/**
 * Characters of the agent's text as X counts them: quoted text and code left out, every link
 * `urlLength` characters, the leading `@handle` reply prefix not counted, trailing space
 * trimmed, one per code point, an HTML entity (`&amp;`) as the one character it stands for. Returns the count and where the budget is first exceeded.
 */
export function characterCount(doc: DocumentState, urlLength: number, budget: number): { count: number; overflow: number; end: number } {
  const { raw, text, skipped } = doc
  if (raw.length + urlLength * doc.tokens.length <= budget) return { count: 0, overflow: -1, end: 0 }
  const urls = doc.tokens.filter((t) => isUrl(raw.slice(t.start, t.end)) && !doc.placeholders.some((p) => p.start < t.end && p.end > t.start))
  let i = LEADING_HANDLES.exec(text)?.[0].length ?? 0
  let count = 0
  let trimmed = 0
  let end = i
  let overflow = -1
  let si = 0
  let ui = 0
  while (i < raw.length) {
    while (si < skipped.length && skipped[si]!.end <= i) si++
    if (si < skipped.length && skipped[si]!.start <= i) {
      i = skipped[si]!.end
      continue
    }
    while (ui < urls.length && urls[ui]!.end <= i) ui++
    const at = i
    if (ui < urls.length && urls[ui]!.start <= i) {
      // X does not count an attachment link that ends the post (a DM button, a quoted post, a sent post's
      // t.co link), nor the space before it: the post ends where the agent's text does.
      const attachment = ui === urls.length - 1 && /^\s*$/.test(raw.slice(urls[ui]!.end)) && ATTACHMENT.test(raw.slice(urls[ui]!.start, urls[ui]!.end))
      i = urls[ui]!.end
      if (attachment) continue
      count += urlLength
    } else {
      const cp = raw.codePointAt(i)!
      ENTITY.lastIndex = i
      i += cp === 38 && ENTITY.test(raw) ? ENTITY.lastIndex - i : cp > 0xffff ? 2 : 1
      count++
      if (/\s/.test(raw.charAt(at))) continue
    }
    trimmed = count
    end = i
    if (overflow === -1 && count > budget) overflow = at
  }
  return { count: trimmed, overflow, end }
}

function isUrl(value: string): boolean {
  return !value.includes('@') || /^(?:https?:\/\/|www\.)/i.test(value)
}

const CLAUSE_START = new Set([
  'we',
  "we're",
  "we've",
  "we'll",
  'i',
  "i'm",
  "i've",
  "i'll",
  'your',
  'our',
  'the',
  'this',
  'it',
  "it's",
  'you',
  "you're",
  "you've",
  "you'll",
  'there',
  "there's",
  'my',
  'a',
  'an',
  'all',
  'everything',
  'thank',
  'thanks',
  'sorry',
])

/**
 * Delete words [from, to) of a segment so the sentence still reads: at the start the next word
 * takes over (capitalised when the filler was), mid-sentence one space or a pair of
 * parenthetical commas goes with it. `open`: the filler does not end in a connective (`that`,
 * `to`), so the next word must start a clause. Undefined when no deletion is safe.
 */
export function deletion(raw: string, seg: Segment, from: number, to: number, open: boolean, locale = 'en'): Edit | undefined {
  const words = seg.words
  const s = words[from]!.start
  const e = words[to - 1]!.end
  const next: Token | undefined = words[to]
  const prev: Token | undefined = words[from - 1]
  if (open && next && !CLAUSE_START.has(next.lower)) return undefined
  const after = raw.slice(e, next ? next.start : seg.end)
  if (!prev) {
    if (!next || !/^,?[ \t]+$/.test(after)) return undefined
    const word = raw.slice(next.start, next.end)
    const capital = /^\p{Lu}/u.test(raw.charAt(s))
    return { start: s, end: next.end, text: capital ? capitalise(word, locale) : word }
  }
  const before = raw.slice(prev.end, s)
  if (/^,[ \t]+$/.test(before) && /^,[ \t]/.test(after)) {
    // "Hi Anna, basically, your …": a greeting's comma, not a parenthetical pair; leave it to a person.
    if (from <= 3 && INTERJECTIONS.has(words[0]!.lower)) return undefined
    return { start: prev.end, end: e + 1, text: '' }
  }
  if (next && /^,?[ \t]+$/.test(after) && /^,?[ \t]+$/.test(before)) return { start: s, end: next.start, text: '' }
  if (!next && /^,?[ \t]+$/.test(before) && /^[\s.!?]*$/.test(after)) return { start: prev.end, end: e, text: '' }
  return undefined
}

const INTERJECTIONS = new Set([...['hi', 'hello', 'hey', 'dear', 'thanks', 'thank', 'ok', 'okay', 'yes', 'no', 'sure', 'well', 'so', 'great', 'good'], ...['merhaba', 'selam', 'sayın', 'değerli', 'teşekkürler', 'tamam', 'evet', 'hayır', 'peki']])

/**
 * Words after `, ` where a long sentence may be split, per language, and what becomes of them:
 * `drop` (`, and we found` → `. We found`), `keep` (`, but it` → `. But it`) or a replacement
 * (`, which means` → `. This means`).
 */
const SPLITTERS: Record<string, Record<string, string>> = {
  en: { and: 'drop', but: 'keep', so: 'keep', which: 'This' },
  tr: { ve: 'drop', ama: 'keep', fakat: 'keep', ancak: 'keep', ayrıca: 'keep', çünkü: 'keep' },
}

/**
 * Rewrites of a long sentence split in two at `, and` / `, but` / `, so` / `, which` / `;`,
 * nearest the middle first, each half at least `minHalf` words.
 */
export function splitSuggestions(raw: string, prose: string, seg: Segment, minHalf = 5, max = 2, locale = 'en'): string[] {
  const words = seg.words
  const splitters = SPLITTERS[locale] ?? SPLITTERS.en!
  const points: Array<{ k: number; punct: number; score: number }> = []
  for (let k = minHalf; k <= words.length - minHalf; k++) {
    const gap = prose.slice(words[k - 1]!.end, words[k]!.start)
    // `&amp; `, `&gt; `: the `;` closes an HTML entity, it does not end a clause.
    const semi = /^\s*;\s+$/.test(gap) && !/&(?:[a-z]{2,6}|#\d{1,6})$/i.test(raw.slice(Math.max(0, words[k - 1]!.start - 1), words[k - 1]!.end))
    const comma = /^\s*,\s+$/.test(gap) && splitters[words[k]!.lower] !== undefined
    if (!semi && !comma) continue
    if (comma && words.length - k - 1 < minHalf) continue
    // `, and go over your options` would leave a fragment: a dropped `and` must be followed by a subject.
    if (comma && splitters[words[k]!.lower] === 'drop' && !CLAUSE_START.has(words[k + 1]?.lower ?? '') && locale === 'en') continue
    points.push({ k, punct: words[k - 1]!.end + gap.search(/[,;]/), score: Math.abs(words.length / 2 - k) })
  }
  points.sort((a, b) => a.score - b.score)
  return points.slice(0, max).map(({ k, punct }) => {
    const w = words[k]!
    const first = raw.slice(seg.start, punct)
    let rest: string
    const how = raw.charAt(punct) === ';' ? 'keep' : splitters[w.lower]!
    if (how === 'drop') rest = capitalise(raw.slice(words[k + 1]!.start, seg.end), locale)
    else if (how === 'keep') rest = capitalise(raw.slice(w.start, seg.end), locale)
    else rest = how + raw.slice(w.end, seg.end)
    return `${first}. ${rest}`
  })
}

/** Upper-case the first letter with the locale's rules (`tr`: `iyi` → `İyi`). */
export function capitalise(s: string, locale = 'en'): string {
  return s.charAt(0).toLocaleUpperCase(locale === 'tr' ? 'tr' : 'en') + s.slice(1)
}

/**
 * Delete a whole sentence (a segment) so the text around it still reads: with the spaces after
 * it when more text follows on its line, with the spaces before it when it ends a line it shares,
 * and with its line breaks when it stands on a line of its own.
 */
export function sentenceDeletion(raw: string, seg: Segment): Edit {
  const end = seg.end
  const trailing = /^[ \t]*/.exec(raw.slice(end))![0].length
  const rest = raw.slice(end + trailing)
  if (rest !== '' && !/^\r?\n/.test(rest)) return { start: seg.start, end: end + trailing, text: '' }
  const leading = trailingRunLength(raw.slice(0, seg.start), (c) => c === ' ' || c === '\t') // a loop: /[ \t]*$/ retried at every character
  const lineStart = seg.start - leading
  if (lineStart > 0 && raw.charAt(lineStart - 1) !== '\n') return { start: lineStart, end, text: '' }
  const breaks = /^[ \t]*(?:\r?\n[ \t]*)+/.exec(raw.slice(end))
  if (breaks && end + breaks[0].length < raw.length) return { start: lineStart, end: end + breaks[0].length, text: '' }
  const before = trailingRunLength(raw.slice(0, lineStart), isSpace)
  return { start: lineStart - before, end: end + (breaks?.[0].length ?? 0), text: '' }
}
