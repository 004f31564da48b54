/**
 * `shouting`: words in capitals used for emphasis (`PLEASE DO NOT REPLY`, `This is NOT
 * possible`) and repeated `!`/`?` (`!!`, `???`, `?!?!`). Acronyms and codes are not shouting:
 * a known acronym, a short capitalised word on its own, anything with a digit (SKU-2291,
 * SAVE20, E404), handles, hashtags, agent initials (^JR), keywords after `reply`/`enter code`,
 * menu paths (`Account > I STILL NEED HELP`), headings and signatures on a line of their own.
 * The fix writes the run in sentence case (known acronyms kept) and keeps one mark.
 */
import { defineRule, report } from '../../src/rule.js'
import { getDocument, type Token } from '../../src/document.js'
import { insideInlineQuote } from '../../src/text/inline-quotes.js'
import data from './en.json' with { type: 'json' }

export interface ShoutingOptions {
  /** More capitalised words that are never shouting on their own (product codes, brands). */
  acronyms?: string[]
  /** More words that are emphasis in capitals even on their own. */
  emphatic?: string[]
  /** Words never flagged, alone or in a run (treated as acronyms). */
  ignore?: string[]
  /** Flag repeated `!` and `?` (default true). */
  punctuation?: boolean
}

const REPEATED = /[!?‼⁇⁈⁉]{2,}|[‼⁇⁈⁉]/gu
const CAPS = /^\p{Lu}[\p{Lu}']*$/u
const PREFIX = /[\^*/~@#\\_-]$/
const RUN_GAP = /^[ \t]*[,:;&+/]?[ \t]*$/
const ROMAN = /^[IVXLC]+$/
const ADDRESS = /^\s*\d+\s+\p{Lu}|\b\d{5}(?:-\d{4})?\b|\b\p{Lu}{1,2}\d[\p{Lu}\d]? ?\d\p{Lu}{2}\b/u
const MENU_BEFORE = /(?:>|&gt;|›|»|→)\s*$/
const DETERMINERS = new Set(['the', 'a', 'an', 'your', 'our', 'word', 'code', 'key', 'button', 'option', 'status', 'of', 'as', 'to'])
const MENU_AFTER = /^\s*(?:>|&gt;|›|»|→)/

interface Caps {
  token: Token
  /** Index of the word in its sentence. */
  i: number
  /** Upper-cased, apostrophes normalised; undefined for a single letter (I, A). */
  word?: string
}

const rule = defineRule(
  {
    id: 'shouting',
    description: 'Capitals used for emphasis and repeated punctuation (PLEASE DO NOT REPLY, NOT, !!, ???)',
    severity: 'warning',
    fixable: true,
    category: 'tone',
    languages: ['en'],
  },
  (options) => {
    const opts = (options ?? {}) as ShoutingOptions
    const up = (list: readonly string[] = []): string[] => list.map((w) => w.toUpperCase().replace(/[’‘`]/g, "'"))
    const ignore = new Set(up(opts.ignore))
    const acronyms = new Set([...up(data.acronyms), ...up(opts.acronyms), ...ignore])
    const emphatic = new Set([...up(data.emphatic), ...up(opts.emphatic)].filter((w) => !ignore.has(w)))
    const alone2 = new Set(data.alone2)
    const cues = new Set(data.literalCues)
    const labels = new Set(data.labelNouns)
    const strong = (w: string): boolean => emphatic.has(w) && !acronyms.has(w) && (w.length >= 3 || alone2.has(w))
    const wordy = (w: string): boolean => emphatic.has(w) || (!acronyms.has(w) && w.length >= 4 && /[AEIOUY]/.test(w) && !ROMAN.test(w))

    return (tree, file) => {
      const doc = getDocument(file, tree)
      const text = doc.prose
      const names = new Set((doc.context.customer.name ?? '').toUpperCase().split(/\s+/).filter(Boolean))

      const flush = (run: Caps[], words: readonly Token[]): void => {
        while (run.length > 0 && !run[run.length - 1]!.word) run.pop()
        const acronymOnly = (c: Caps): boolean => c.word !== undefined && acronyms.has(c.word) && !emphatic.has(c.word)
        while (run.length > 0 && acronymOnly(run[run.length - 1]!)) run.pop()
        while (run.length > 0 && acronymOnly(run[0]!)) run.shift()
        const caps = run.filter((c) => c.word !== undefined).map((c) => c.word!)
        if (caps.length === 0) return
        const isStrong = caps.some(strong)
        if (!isStrong && caps.filter(wordy).length < 2) return
        const start = run[0]!.token.start
        const end = run[run.length - 1]!.token.end
        const first = run[0]!.i
        const after = words[run[run.length - 1]!.i + 1]
        // A literal right after a cue (`reply STOP`), or after a cue and a determiner (`enter the code SAVE`).
        const p1 = words[first - 1]?.lower
        const p2 = words[first - 2]?.lower
        if (caps.length <= 4 && p1 && (cues.has(p1) || (p2 && cues.has(p2) && DETERMINERS.has(p1)))) return
        if (caps.length <= 4 && after && labels.has(after.lower)) return
        const lineStart = text.lastIndexOf('\n', start - 1) + 1
        const nl = text.indexOf('\n', end)
        const line = text.slice(lineStart, nl === -1 ? text.length : nl)
        if (MENU_BEFORE.test(text.slice(lineStart, start)) || MENU_AFTER.test(text.slice(end, nl === -1 ? text.length : nl))) return
        if (!isStrong && (ADDRESS.test(line) || (caps.length <= 5 && /^\s*$/.test(text.slice(lineStart, start)) && /^[\s:]*$/.test(text.slice(end, lineStart + line.length))))) return
        if (insideInlineQuote(text, start, end)) return
        // Agent initials closing a reply: "Thank you. SO".
        if (caps.length === 1 && caps[0]!.length <= 3 && /^[\s.!]*$/.test(text.slice(end))) return
        const sentenceStart = first === 0 || /[\n.!?]\s*$/.test(text.slice(words[first - 1]!.end, start)) || (first === 1 && text.charAt(words[0]!.start - 1) === '@')
        const recase = (title: boolean): string => {
          let out = doc.raw.slice(start, end)
          for (const c of run) {
            if (!c.word || (acronyms.has(c.word) && !emphatic.has(c.word))) continue
            const v = c.token.value
            const keep = title || names.has(c.word) || /^I(?:'|’|$)/.test(v)
            const word = keep ? v.charAt(0) + v.slice(1).toLowerCase() : v.toLowerCase()
            out = out.slice(0, c.token.start - start) + word + out.slice(c.token.end - start)
          }
          return sentenceStart ? out.charAt(0).toUpperCase() + out.slice(1) : out
        }
        const fixed = recase(false)
        const actual = doc.raw.slice(start, end)
        // No emphatic word (`NINTENDO SWITCH`, `VALUE PACK`): maybe a name, so offer Title Case first and fix nothing.
        const expected = isStrong ? [fixed] : [recase(true), fixed]
        const reason =
          caps.length === 1
            ? `“${actual}” in capitals reads as shouting. Write “${fixed}”; if it matters, say why in words.`
            : `“${actual}” is in capitals, which reads as shouting. Write it in ${isStrong ? 'sentence case' : 'normal case'}: “${expected[0]}”.`
        report(file, rule.meta, { start, end, reason, expected, ...(isStrong ? { fix: fixed } : {}) })
      }

      for (const sentence of doc.sentences()) {
        const words = sentence.words
        let run: Caps[] = []
        for (let i = 0; i < words.length; i++) {
          const w = words[i]!
          const kind = classify(w, i, text)
          if (kind === undefined || (run.length > 0 && !RUN_GAP.test(text.slice(words[i - 1]!.end, w.start)))) {
            if (run.length > 0) flush(run, words)
            run = []
          }
          if (kind !== undefined) run.push(kind)
        }
        if (run.length > 0) flush(run, words)
      }

      if (opts.punctuation === false) return
      REPEATED.lastIndex = 0
      for (let m = REPEATED.exec(text); m; m = REPEATED.exec(text)) {
        const start = m.index
        const end = start + m[0].length
        if (insideInlineQuote(text, start, end)) continue
        const mark = /[?⁇⁈⁉]/u.test(m[0]) ? '?' : '!'
        report(file, rule.meta, {
          start,
          end,
          reason: `“${m[0]}” reads as shouting${mark === '?' ? ' or disbelief' : ''}: one “${mark}” is enough.`,
          expected: [mark],
          fix: mark,
        })
      }
    }
  },
)

/** A capitalised word (2+ letters), a single `I`/`A`, or undefined for anything else. */
function classify(token: Token, i: number, text: string): Caps | undefined {
  const value = token.value.replace(/\.$/, '').replace(/[’‘`]/g, "'")
  if (value === 'I' || value === 'A') return { token, i }
  if (value.length < 2 || !CAPS.test(value) || value.endsWith("'")) return undefined
  // Handles, hashtags, agent initials (^JR, /LS, *SR, -AT) and path parts (C:\Users\NAME).
  if (PREFIX.test(text.slice(Math.max(0, token.start - 1), token.start))) return undefined
  if (/^[\\/_@]/.test(text.slice(token.end, token.end + 1))) return undefined
  const end = token.value.endsWith('.') ? token.end - 1 : token.end
  return { token: end === token.end ? token : { ...token, value: token.value.slice(0, -1), end }, i, word: value }
}

export default rule
