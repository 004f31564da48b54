/**
 * `verbosity`: sentences over `maxSentenceWords` words, replies over the channel's length budget,
 * filler phrases and redundant pairs. Counts the agent's words only: the engine masks quoted
 * text and code, and a URL, e-mail address or placeholder counts as one word (a sentence's
 * length leaves out its greeting, a closing sign-off and trailing links: see `sentenceLength`).
 */
import { defineRule, perLanguage } from '../../src/rule.js'
import { options, mapOf, string, strings, numberIn } from '../../src/config/schema.js'
import { languageData } from '../../src/kit/language-pack.js'
import { phraseWords } from '../../src/text/phrases.js'
import { sentenceSegments } from '../../src/text/segments.js'
import type { Channel } from '../../src/types.js'
import { capitalise, characterCount, deletion, sentenceDeletion, sentenceLength, splitSuggestions, wordUnits } from './measure.js'
import { buildLists, type EnglishData, type Entry } from './lists.js'

export interface VerbosityOptions {
  maxSentenceWords?: number
  /** Per-channel budgets; override the shared `budgets` config. */
  budgets?: Partial<Record<Channel, number>>
  /** Characters a link counts for on social and sms (X: 23). */
  urlLength?: number
  add?: { filler?: string[]; commaFiller?: string[]; predicateFiller?: string[]; redundant?: Record<string, string> }
  ignore?: string[]
}

const rule = defineRule({
  meta: {
    id: 'verbosity',
    description: 'Long sentences, replies over the channel budget, filler phrases and redundant pairs',
    severity: 'warning',
    fixable: true,
    category: 'concision',
    languages: ['en', 'tr'],
    schema: options({
      maxSentenceWords: numberIn(1, undefined, true),
      budgets: options({ email: numberIn(1), chat: numberIn(1), social: numberIn(1), sms: numberIn(1) }),
      urlLength: numberIn(0, undefined, true),
      add: options({ filler: strings, commaFiller: strings, predicateFiller: strings, redundant: mapOf(string) }),
      ignore: strings,
    }),
    messages: {
      longSentenceSplit: 'This sentence has {{count}} words; keep sentences to {{max}} words or fewer (split it in two) so customers can follow it.',
      longSentence: 'This sentence has {{count}} words; keep sentences to {{max}} words or fewer (split it or cut words) so customers can follow it.',
      filler: '“{{phrase}}” is filler: the sentence says the same without it.',
      fillerRephrase: '“{{phrase}}” is filler: the sentence says the same without it. Cut it and rephrase.',
      redundant: '“{{phrase}}” says the same thing twice; “{{replacement}}” is enough.',
      formula: '“{{phrase}}” is filler: the reply says the same without it.',
      formulaPredicate: '“{{phrase}}” is filler: state the fact itself (“Siparişiniz kargoya verildi.”, not “Siparişinizin kargoya verildiğini {{phrase}}.”).',
      overCharacters: 'This {{channel}} reply is {{count}} characters; the limit is {{budget}} (links count as {{urlLength}}, a leading @handle is not counted). Cut it from here on or move details to a link.',
      overWords: 'This {{channel}} reply is {{count}} words; keep {{channel}} replies to {{budget}} words or fewer. Cut it from here on, or split it or move details to a help article.',
      overWordsChat: 'This chat reply is {{count}} words; keep chat replies to {{budget}} words or fewer per message. Cut it from here on, or split it or move details to a help article.',
    },
  },
  prepare: (opts: VerbosityOptions, shared) => {
    const en = languageData<EnglishData>('verbosity', 'en')
    return {
      // One matcher per language, built on the first draft in it (Turkish data is never indexed for an English-only team).
      listsOf: perLanguage((language) => buildLists(language, opts)),
      urlLength: opts.urlLength ?? en.urlLength,
      budgets: { ...en.budgets, ...shared.config.budgets, ...opts.budgets } as Record<string, number>,
      units: en.units,
    }
  },
  create: (ctx) => {
    const doc = ctx.document
    const { raw, prose } = doc
    const { urlLength, budgets, units } = ctx.state
    const lists = ctx.state.listsOf(ctx.language)
    const { matcher, maxWords, opener: openerOf } = lists
    const locale = ctx.language
    for (const sentence of doc.sentences()) {
      const segments = sentenceSegments(sentence, prose, doc.tokens)
      segments.forEach((seg, i) => {
        const accept = (entry: Entry, _from: number, to: number) => !entry.notBefore || !entry.notBefore.some((w) => seg.words[to]?.lower.startsWith(w))
        const from = i === 0 ? sentence.start : seg.start
        const to = i === segments.length - 1 ? sentence.end : segments[i + 1]!.start
        const count = sentenceLength(doc, seg, from, to, lists)
        if (count > maxWords) {
          const expected = splitSuggestions(raw, prose, seg, 5, 2, locale)
          ctx.report({ messageId: expected.length > 0 ? 'longSentenceSplit' : 'longSentence', data: { count, max: maxWords }, start: seg.start, end: seg.end, expected })
        }
        const hits = matcher.match(seg.words, prose, accept)
        // An opener that only announces the message, in wordings the list does not spell out.
        const opener = openerOf && !hits.some((h) => h.from === 0) ? openerOf(seg.words) : 0
        if (opener > 0) {
          const phrase = raw.slice(seg.words[0]!.start, seg.words[opener - 1]!.end)
          const edit = deletion(raw, seg, 0, opener, seg.words[opener - 1]!.lower !== 'that', locale)
          if (edit) ctx.report({ messageId: 'filler', data: { phrase }, start: edit.start, end: edit.end, expected: [edit.text], fix: edit.text })
          else ctx.report({ messageId: 'fillerRephrase', data: { phrase }, start: seg.words[0]!.start, end: seg.words[opener - 1]!.end })
        }
        for (const hit of hits) {
          const phrase = raw.slice(hit.start, hit.end)
          const { entry } = hit
          if (entry.kind === 'redundant') {
            const replace = entry.keepsLastWord ? entry.replace!.slice(0, entry.replace!.lastIndexOf(' ') + 1) + raw.slice(seg.words[hit.to - 1]!.start, hit.end) : entry.replace!
            const text = /^\p{Lu}/u.test(phrase) ? capitalise(replace, locale) : replace
            ctx.report({ messageId: 'redundant', data: { phrase, replacement: text }, start: hit.start, end: hit.end, expected: [text], fix: text })
            continue
          }
          if (entry.kind === 'predicate') {
            predicate(hit.from, hit.to, hit.start, hit.end, phrase)
            continue
          }
          if (entry.kind === 'comma' && !setOff(prose, seg.words, hit.from, hit.to, seg.end)) continue
          const last = phraseWords(entry.phrase).at(-1)
          const edit = deletion(raw, seg, hit.from, hit.to, entry.kind === 'filler' && (last === 'know' || last === 'say'), locale)
          if (edit) ctx.report({ messageId: 'filler', data: { phrase }, start: edit.start, end: edit.end, expected: [edit.text], fix: edit.text })
          else ctx.report({ messageId: 'fillerRephrase', data: { phrase }, start: hit.start, end: hit.end })
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
            if (whole) ctx.report({ messageId: 'formula', data: { phrase }, start: seg.start, end: seg.end, expected: [''], fix: { offset: edit.start, endOffset: edit.end, text: '' } })
            else ctx.report({ messageId: 'formula', data: { phrase }, start: edit.start, end: edit.end, expected: [edit.text], fix: edit.text })
            return
          }
          ctx.report({ messageId: 'formulaPredicate', data: { phrase }, start, end })
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
        ctx.report({ messageId: 'overCharacters', data: { channel, count, budget, urlLength }, start: overflow, end })
        return
      }
      const all = wordUnits(doc)
      if (all.length <= budget) return
      ctx.report({ messageId: channel === 'chat' ? 'overWordsChat' : 'overWords', data: { channel, count: all.length, budget }, start: all[budget]!.start, end: all[all.length - 1]!.end })
    }
  },
})

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
