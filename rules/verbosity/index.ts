/**
 * `verbosity`: sentences over `maxSentenceWords` words, replies over the channel's length budget,
 * filler phrases and redundant pairs. Counts the agent's words only: the engine masks quoted
 * text and code, and a URL, e-mail address or placeholder counts as one word.
 */
import { defineRule, report, sharedConfig, perLanguage, languageKey } from '../../src/rule.js'
import { options, mapOf, string, strings, numberIn } from '../../src/config/schema.js'
import { getDocument } from '../../src/document.js'
import { phraseWords } from '../../src/text/phrases.js'
import { rangesWithin, sentenceSegments } from '../../src/text/segments.js'
import type { Channel } from '../../src/types.js'
import { announcingOpener } from './announce.js'
import { capitalise, characterCount, deletion, sentenceDeletion, splitSuggestions, wordUnits } from './measure.js'
import { buildLists, type Entry, type Lists } from './lists.js'
import en from './en.json' with { type: 'json' }

export interface VerbosityOptions {
  maxSentenceWords?: number
  /** Per-channel budgets; override the shared `budgets` config. */
  budgets?: Partial<Record<Channel, number>>
  /** Characters a link counts for on social and sms (X: 23). */
  urlLength?: number
  add?: { filler?: string[]; commaFiller?: string[]; predicateFiller?: string[]; redundant?: Record<string, string> }
  ignore?: string[]
}

const rule = defineRule(
  {
    id: 'verbosity',
    description: 'Long sentences, replies over the channel budget, filler phrases and redundant pairs',
    severity: 'warning',
    fixable: true,
    category: 'concision',
    languages: ['en', 'tr'],
    schema: options({ maxSentenceWords: numberIn(1, undefined, true), budgets: options({ email: numberIn(1), chat: numberIn(1), social: numberIn(1), sms: numberIn(1) }), urlLength: numberIn(0, undefined, true), add: options({ filler: strings, commaFiller: strings, predicateFiller: strings, redundant: mapOf(string) }), ignore: strings }),
  },
  (options) => {
    const opts = (options ?? {}) as VerbosityOptions
    const config = sharedConfig(options)
    // One matcher per language, built on the first draft in it (Turkish data is never indexed for an English-only team).
    const languageFor = perLanguage((language): Lists => buildLists(language, opts))
    const urlLength = opts.urlLength ?? en.urlLength
    const budgets: Record<string, number> = { ...en.budgets, ...config.budgets, ...opts.budgets }
    const units = en.units as Record<string, 'words' | 'characters'>

    return (tree, file) => {
      const doc = getDocument(file, tree)
      const { raw, prose } = doc
      const { matcher, maxWords } = languageFor(doc.context.language)
      const locale = languageKey(doc.context.language)
      for (const sentence of doc.sentences()) {
        const segments = sentenceSegments(sentence, prose, doc.tokens)
        segments.forEach((seg, i) => {
          const accept = (entry: Entry, _from: number, to: number) => !entry.notBefore || !entry.notBefore.some((w) => seg.words[to]?.lower.startsWith(w))
          const from = i === 0 ? sentence.start : seg.start
          const to = i === segments.length - 1 ? sentence.end : segments[i + 1]!.start
          const count = seg.words.length + rangesWithin(doc.tokens, from, to)
          if (count > maxWords) {
            const expected = splitSuggestions(raw, prose, seg, 5, 2, locale)
            const how = expected.length > 0 ? 'split it in two' : 'split it or cut words'
            report(file, rule.meta, {
              start: seg.start,
              end: seg.end,
              reason: `This sentence has ${count} words; keep sentences to ${maxWords} words or fewer (${how}) so customers can follow it.`,
              expected,
            })
          }
          const hits = matcher.match(seg.words, prose, undefined, accept)
          // An opener that only announces the message, in wordings the list does not spell out.
          const opener = locale === 'en' && !hits.some((h) => h.from === 0) ? announcingOpener(seg.words) : 0
          if (opener > 0) {
            const phrase = raw.slice(seg.words[0]!.start, seg.words[opener - 1]!.end)
            const edit = deletion(raw, seg, 0, opener, seg.words[opener - 1]!.lower !== 'that', locale)
            const reason = `“${phrase}” is filler: the sentence says the same without it.`
            if (edit) report(file, rule.meta, { start: edit.start, end: edit.end, reason, expected: [edit.text], fix: edit.text })
            else report(file, rule.meta, { start: seg.words[0]!.start, end: seg.words[opener - 1]!.end, reason: `${reason} Cut it and rephrase.` })
          }
          for (const hit of hits) {
            const phrase = raw.slice(hit.start, hit.end)
            const { entry } = hit
            if (entry.kind === 'redundant') {
              const text = /^\p{Lu}/u.test(phrase) ? capitalise(entry.replace!, locale) : entry.replace!
              report(file, rule.meta, {
                start: hit.start,
                end: hit.end,
                reason: `“${phrase}” says the same thing twice; “${text}” is enough.`,
                expected: [text],
                fix: text,
              })
              continue
            }
            if (entry.kind === 'predicate') {
              predicate(hit.from, hit.to, hit.start, hit.end, phrase)
              continue
            }
            if (entry.kind === 'comma' && !setOff(prose, seg.words, hit.from, hit.to, seg.end)) continue
            const last = phraseWords(entry.phrase).at(-1)
            const edit = deletion(raw, seg, hit.from, hit.to, entry.kind === 'filler' && (last === 'know' || last === 'say'), locale)
            const reason = `“${phrase}” is filler: the sentence says the same without it.`
            if (edit) report(file, rule.meta, { start: edit.start, end: edit.end, reason, expected: [edit.text], fix: edit.text })
            else report(file, rule.meta, { start: hit.start, end: hit.end, reason: `${reason} Cut it and rephrase.` })
          }

          /**
           * A wrapper formula that is the sentence's verb: a sentence of its own goes, one before
           * `, iyi günler dileriz` gives way to it, one ending a statement needs a person to rewrite it.
           */
          function predicate(from: number, to: number, start: number, end: number, phrase: string): void {
            const whole = from === 0 && to === seg.words.length
            const gap = prose.slice(seg.words[to - 1]!.end, seg.words[to]?.start ?? seg.end)
            const edit = whole ? sentenceDeletion(raw, seg) : from === 0 && /^,[ \t]+$/.test(gap) ? deletion(raw, seg, from, to, false, locale) : undefined
            if (edit) {
              const reason = `“${phrase}” is filler: the reply says the same without it.`
              if (whole) report(file, rule.meta, { start: seg.start, end: seg.end, reason, expected: [''], fix: { offset: edit.start, endOffset: edit.end, text: '' } })
              else report(file, rule.meta, { start: edit.start, end: edit.end, reason, expected: [edit.text], fix: edit.text })
              return
            }
            report(file, rule.meta, {
              start,
              end,
              reason: `“${phrase}” is filler: state the fact itself (“Siparişiniz kargoya verildi.”, not “Siparişinizin kargoya verildiğini ${phrase}.”).`,
            })
          }
        })
      }
      checkBudget()

      function checkBudget(): void {
        const channel = doc.context.channel
        const budget = budgets[channel]
        if (!budget) return
        if ((units[channel] ?? 'words') === 'characters') {
          const { count, overflow, end } = characterCount(doc, urlLength, budget)
          if (count <= budget) return
          report(file, rule.meta, {
            start: overflow,
            end,
            reason: `This ${channel} reply is ${count} characters; the limit is ${budget} (links count as ${urlLength}, a leading @handle is not counted). Cut it from here on or move details to a link.`,
          })
          return
        }
        const all = wordUnits(doc)
        if (all.length <= budget) return
        report(file, rule.meta, {
          start: all[budget]!.start,
          end: all[all.length - 1]!.end,
          reason: `This ${channel} reply is ${all.length} words; keep ${channel} replies to ${budget} words or fewer${channel === 'chat' ? ' per message' : ''}. Cut it from here on, or split it or move details to a help article.`,
        })
      }
    }
  },
)

/** `at the end of the day` is filler only when set off by commas: opening a sentence, or between commas. */
function setOff(prose: string, words: readonly { lower: string; start: number; end: number }[], from: number, to: number, end: number): boolean {
  const after = prose.slice(words[to - 1]!.end, words[to]?.start ?? end)
  const before = from === 0 ? '' : prose.slice(words[from - 1]!.end, words[from]!.start)
  const commaAfter = /^\s*,/.test(after)
  const commaBefore = /,\s*$/.test(before)
  const joined = from > 0 && ['and', 'but', 'so', 've', 'ama', 'fakat', 'ancak'].includes(words[from - 1]!.lower)
  return (commaAfter && (from === 0 || commaBefore || joined)) || (commaBefore && to === words.length)
}

export default rule
