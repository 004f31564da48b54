/**
 * The preset is the engine (issue 11, step 1): `netiquette/retext` in a plain unified pipeline and
 * `createLinter` run the same pipeline, so they give the same diagnostics on every eval draft, and
 * language gating, severities, `allow` and disable comments apply in the preset too.
 */
import { describe, expect, it } from 'vitest'
import { unified, type Processor } from 'unified'
import retextEnglish from 'retext-english'
import { toString } from 'nlcst-to-string'
import { VFile } from 'vfile'
import type { Root } from 'nlcst'
import { createLinter, type Linter } from '../src/linter.js'
import retextNetiquette, { type RetextNetiquetteOptions } from '../src/retext.js'
import { diagnosticsOf } from '../src/pipeline/diagnostics.js'
import { ruleIds } from '../src/index.js'
import type { Config, Diagnostic, ReplyContext, RuleSetting } from '../src/types.js'
import { contextOf, loadCases, templatePaths } from '../scripts/eval-lib.mjs'

/** A plain host pipeline: retext-english parses, the preset lints, the tree is printed back. */
function hostPipeline(options: RetextNetiquetteOptions): Processor<Root, Root, Root, Root, string> {
  return unified()
    .use(retextEnglish)
    .use(retextNetiquette, options)
    .use(function () {
      this.compiler = (tree) => toString(tree as Root)
    })
    .freeze() as unknown as Processor<Root, Root, Root, Root, string>
}

/** Lint through the preset and map its vfile messages as the library does. */
function presetLint(processor: Processor<Root, Root, Root, Root, string>, text: string, context: ReplyContext = {}): { file: VFile; diagnostics: Diagnostic[] } {
  const file = new VFile({ value: text, data: { netiquetteContext: context } })
  const output = processor.processSync(file)
  // The preset reads the prose it masks and parses itself: the host's tree and output are untouched.
  expect(String(output)).toBe(text)
  return { file, diagnostics: diagnosticsOf(text, file.messages, file.data.netiquette!.context.format) }
}

/** Every rule off but the ones named. */
const only = (on: Record<string, RuleSetting>): Record<string, RuleSetting> => ({ ...Object.fromEntries(ruleIds.map((id) => [id, 'off' as const])), ...on })

describe('preset and library parity on the evaluation drafts', () => {
  const { cases } = loadCases()

  it('lints every eval draft to identical diagnostics through the preset and createLinter', () => {
    expect(cases.length).toBeGreaterThan(2000)
    const engines = new Map<string, { linter: Linter; processor: Processor<Root, Root, Root, Root, string> }>()
    let findings = 0
    let turkish = 0
    for (const c of cases) {
      const config: Config = { extends: ['netiquette:strict'], ...(c.config ?? {}) }
      const templates = templatePaths(c)
      if (templates.length) config.templates = templates
      const template = Boolean(c.template)
      const key = JSON.stringify([config, template])
      let engine = engines.get(key)
      if (!engine) {
        engine = { linter: createLinter(config, { template }), processor: hostPipeline({ ...config, template }) }
        engines.set(key, engine)
      }
      const context = contextOf(c) as ReplyContext
      const library = engine.linter.lintSync(c.text, context)
      const { file, diagnostics } = presetLint(engine.processor, c.text, context)
      expect({ id: c.id, diagnostics }).toEqual({ id: c.id, diagnostics: library.messages })
      expect(file.data.netiquette!.context.detectedLanguage).toBe(library.language)
      findings += diagnostics.length
      if (library.language === 'tr') turkish++
    }
    // The comparison covered drafts with findings and Turkish drafts, not only clean English ones.
    expect(findings).toBeGreaterThan(1000)
    expect(turkish).toBeGreaterThan(100)
  }, 120_000)
})

describe('netiquette/retext applies what createLinter applies', () => {
  const turkishDraft = 'Merhaba Ahmet Bey,\n\nSiparişiniz bu hafta kargoya verilecek, bu bok gibi gecikme için çok üzgünüz. Kargo takip numarasını yarın e-posta ile göndereceğiz.\n\nİyi günler,\nSelin'

  it('detects a Turkish draft and runs the Turkish rules only: no English greeting or respect findings', () => {
    const { file } = presetLint(hostPipeline({ channel: 'email' }), turkishDraft)
    expect(file.messages.map((m) => [m.ruleId, m.actual, m.fatal, m.line, m.column])).toEqual([['profanity', 'bok', true, 3, 44]])
    expect(file.data.netiquette!.context.language).toBe('tr')
  })

  it('drops findings inside an allowed phrase', () => {
    const text = 'Hi Dana,\n\nThe Kick Ass Kit ships on Monday, and the damn courier is late again.\n\nBest,\nLena'
    const rules = only({ profanity: 'error' })
    const without = presetLint(hostPipeline({ rules }), text).file.messages.map((m) => m.actual)
    expect(without).toEqual(['Ass', 'damn'])
    const { file, diagnostics } = presetLint(hostPipeline({ rules, allow: ['kick ass kit'] }), text)
    expect(file.messages.map((m) => [m.ruleId, m.actual, m.offset, m.endOffset])).toEqual([['profanity', 'damn', 52, 56]])
    expect(diagnostics).toEqual(createLinter({ rules, allow: ['kick ass kit'] }).lintSync(text).messages)
  })

  it('honours disable comments', () => {
    const text = 'Hi Dana,\n\n<!-- netiquette-disable-next-line profanity -->\nSorry about the damn delay.\nThe damn courier is late again.\n\nBest,\nLena'
    const rules = only({ profanity: 'warn' })
    const { file, diagnostics } = presetLint(hostPipeline({ rules }), text)
    expect(file.messages.map((m) => [m.ruleId, m.actual, m.line, m.column])).toEqual([['profanity', 'damn', 5, 5]])
    expect(diagnostics).toEqual(createLinter({ rules }).lintSync(text).messages)
  })

  it('sets severities the unified way: fatal true for errors, false for warnings, unset for info', () => {
    const text = 'Hi {{first_name}},\n\nSorry about the damn delay. I have issued an RMA for the headset.\n\nBest,\nLena'
    const rules = only({ placeholder: 'error', profanity: 'warn', acronym: 'info' })
    const { file, diagnostics } = presetLint(hostPipeline({ rules }), text)
    // Rules run in rule-id order; the library sorts its diagnostics by position.
    expect(file.messages.map((m) => [m.ruleId, m.actual, m.fatal])).toEqual([
      ['acronym', 'RMA', undefined],
      ['placeholder', '{{first_name}}', true],
      ['profanity', 'damn', false],
    ])
    expect(diagnostics.map((d) => [d.ruleId, d.severity])).toEqual([
      ['placeholder', 'error'],
      ['profanity', 'warning'],
      ['acronym', 'info'],
    ])
    // A rule turned off is not run at all.
    const off = presetLint(hostPipeline({ rules: { ...rules, profanity: 'off' } }), text).file.messages.map((m) => m.ruleId)
    expect(off).toEqual(['acronym', 'placeholder'])
  })

  it('checks its options as createLinter checks a config', () => {
    const processor = unified()
      .use(retextEnglish)
      .use(retextNetiquette, { channel: 'fax' as 'chat' })
    expect(() => processor.freeze()).toThrow('invalid config in netiquette/retext options: "channel" must be one of email, chat, social, sms')
  })

  it('keeps other plugins’ messages', () => {
    const processor = unified()
      .use(retextEnglish)
      .use(function () {
        return (_tree, file) => {
          file.message('from another plugin', { ruleId: 'other', source: 'elsewhere' })
        }
      })
      .use(retextNetiquette, { rules: only({ profanity: 'error' }) })
    const file = new VFile('<!-- netiquette-disable -->\nSorry about the damn delay.')
    processor.runSync(processor.parse(file), file)
    expect(file.messages.map((m) => [m.source, m.ruleId])).toEqual([['elsewhere', 'other']])
  })
})

describe('context keys given as undefined never override the linter’s config', () => {
  const long = 'We have refunded the order and you will see the money in three to five working days. '.repeat(8)

  it('createLinter({ channel: chat }) lints { channel: undefined } as chat', () => {
    const linter = createLinter({ channel: 'chat', rules: only({ verbosity: 'warn', 'sign-off': 'warn' }) })
    const chat = linter.lintSync(long).messages.map((m) => m.ruleId)
    expect(chat).toEqual(['verbosity'])
    expect(linter.lintSync(long, { channel: undefined, language: undefined, format: undefined, followup: undefined, customer: undefined }).messages.map((m) => m.ruleId)).toEqual(chat)
    expect(linter.lintSync(long, { channel: 'email' }).messages.map((m) => m.ruleId)).toEqual(['sign-off'])
  })

  it('createLinter({ language: tr }) keeps Turkish for { language: undefined }', () => {
    const linter = createLinter({ language: 'tr' })
    expect(linter.lintSync('Hello there, thanks for waiting.', { language: undefined }).language).toBe('tr')
  })

  it('the preset keeps its options when file.data.netiquetteContext has undefined keys', () => {
    const rules = only({ verbosity: 'warn', 'sign-off': 'warn' })
    const processor = hostPipeline({ channel: 'chat', format: 'markdown', rules })
    const { file } = presetLint(processor, long, { channel: undefined, format: undefined, language: undefined, followup: undefined })
    expect(file.messages.map((m) => m.ruleId)).toEqual(['verbosity'])
    expect(file.data.netiquette!.context).toMatchObject({ channel: 'chat', format: 'markdown', followup: false, language: 'en' })
    // A key that is given does override the preset's option.
    expect(presetLint(processor, long, { channel: 'email' }).file.messages.map((m) => m.ruleId)).toEqual(['sign-off'])
  })
})
