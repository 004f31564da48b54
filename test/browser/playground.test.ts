/**
 * The playground (dist/playground, built by `npm run build:playground`) and the browser bundle in
 * headless Chromium: typing a draft shows the findings and underlines, a suggestion button edits
 * the text, "Fix all safe" gives what `fix()` gives in Node; and the library run inside a page
 * gives the same diagnostics as in Node, loading compromise only when a draft needs it.
 * Skipped, with a message, only when no Chromium is installed (`apt-get install chromium`).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Page } from 'playwright-core'
import { bundleForBrowser, findChromium, launchChromium, serveStatic } from '../../scripts/browser-kit.mjs'
import { createLinter } from '../../dist/src/index.js'
import type { Config, LintResult, ReplyContext } from '../../dist/src/index.js'

const root = fileURLToPath(new URL('../..', import.meta.url))
const chromiumPath = findChromium()
const SCREENSHOT = process.env.NETIQUETTE_SCREENSHOT ?? join(root, 'dist', 'screenshots', 'playground.png')
if (!chromiumPath) console.warn('test/browser/playground.test.ts: skipped, no Chromium found (apt-get install chromium, or set NETIQUETTE_CHROMIUM)')

const MARIA = { name: 'Maria Lopez', message: "My refund for order 4471 still hasn't arrived and nobody answers my emails." }
const TYPED = 'hey maria, calm down. we will look into it asap!!! u will get ur refund soon. Thanks'

type Servers = Array<{ close(): Promise<unknown> }>

describe.skipIf(!chromiumPath)('in headless Chromium', () => {
  let chromium: Awaited<ReturnType<typeof launchChromium>>
  const servers: Servers = []
  let libDir: string

  beforeAll(async () => {
    execFileSync(process.execPath, ['scripts/build-playground.mjs'], { cwd: root, stdio: 'pipe' })
    libDir = mkdtempSync(join(tmpdir(), 'netiquette-lib-'))
    await bundleForBrowser({ absWorkingDir: root, entryPoints: { netiquette: 'netiquette' }, outdir: libDir })
    // The page lints each case with a fresh linter, as the Node side does (vitest rewrites import() in functions handed to page.evaluate).
    writeFileSync(join(libDir, 'index.html'), '<!doctype html><meta charset="utf-8"><link rel="icon" href="data:,"><title>netiquette</title><script type="module" src="runner.js"></script>\n')
    writeFileSync(
      join(libDir, 'runner.js'),
      `window.lintCases = async (cases) => {
  const { createLinter } = await import('./netiquette.js')
  const out = []
  for (const c of cases) out.push({ result: await createLinter(c.config).lint(c.text, c.context), fixed: await createLinter(c.config).fix(c.text, c.context) })
  return out
}
`,
    )
    chromium = await launchChromium()
  }, 120_000)

  afterAll(async () => {
    await chromium?.close()
    await Promise.all(servers.map((s) => s.close()))
    if (libDir) rmSync(libDir, { recursive: true, force: true })
  })

  async function open(dir: string): Promise<{ page: Page; requests: string[] }> {
    const server = await serveStatic(dir)
    servers.push(server)
    const page = await chromium.context.newPage()
    const errors: string[] = []
    page.on('pageerror', (error) => errors.push(error.message))
    // Nothing but the local server: no CDN, fonts or analytics.
    const outside: string[] = []
    page.on('request', (request) => {
      if (!request.url().startsWith(server.url) && !request.url().startsWith('data:')) outside.push(request.url())
    })
    await page.goto(server.url)
    expect(errors).toEqual([])
    expect(outside).toEqual([])
    return { page, requests: server.requests }
  }

  const shown = (page: Page) => page.locator('#findings li .rule').allTextContents()
  const marks = (page: Page) => page.locator('#highlights mark').evaluateAll((nodes) => nodes.map((n) => [n.textContent, n.className]))

  it('lints as you type, underlines, applies a suggestion and fixes all safe', async () => {
    const { page } = await open(join(root, 'dist', 'playground'))
    await page.waitForSelector('body[data-lints]')
    await page.selectOption('#channel', 'chat')
    const draft = page.locator('#draft')
    await draft.fill('')
    await draft.pressSequentially(TYPED)
    const context: ReplyContext = { channel: 'chat', customer: MARIA }
    const node = await createLinter({ language: 'en' }).lint(TYPED, context)
    expect(node.messages.map((m) => m.ruleId)).toEqual(['empathy', 'condescension', 'vague-promise', 'shouting', 'informal', 'informal', 'vague-promise'])
    await expect.poll(() => shown(page), { timeout: 10_000 }).toEqual(node.messages.map((m) => m.ruleId))
    expect(await page.locator('#score').textContent()).toBe(String(node.score))
    expect(JSON.parse((await page.locator('#json').textContent())!)).toEqual(node)
    // Every finding with a range is underlined (empathy's is an insertion point), coloured by severity.
    expect(await marks(page)).toEqual([
      ['calm down', 'warning'],
      ['asap', 'warning'],
      ['!!!', 'warning'],
      ['u', 'warning'],
      ['ur', 'warning'],
      ['soon', 'warning'],
    ])
    await page.screenshot({ path: SCREENSHOT })

    // "you" for "u" (informal, offset 51).
    await page.locator('#findings li', { hasText: '“u”' }).getByRole('button', { name: 'you', exact: true }).click()
    const edited = 'hey maria, calm down. we will look into it asap!!! you will get ur refund soon. Thanks'
    expect(await draft.inputValue()).toBe(edited)
    await expect.poll(() => shown(page)).toEqual(['empathy', 'condescension', 'vague-promise', 'shouting', 'informal', 'vague-promise'])

    await page.getByRole('button', { name: 'Fix all safe' }).click()
    const fixed = 'hey maria, calm down. we will look into it asap! you will get ur refund soon. Thanks'
    expect(await createLinter({ language: 'en' }).fix(edited, context)).toBe(fixed)
    await expect.poll(() => draft.inputValue()).toBe(fixed)
    await expect
      .poll(() => marks(page))
      .toEqual([
        ['calm down', 'warning'],
        ['asap', 'warning'],
        ['ur', 'warning'],
        ['soon', 'warning'],
      ])
    await page.close()
  })

  /** Drafts across formats, languages, channels and a template corpus passed in memory. */
  const CASES: Array<{ name: string; config: Config; text: string; context: ReplyContext }> = [
    { name: 'chat reply', config: { language: 'en' }, text: TYPED, context: { channel: 'chat', customer: MARIA } },
    { name: 'clean email', config: { language: 'en' }, text: 'Hi Maria,\n\nThank you for waiting. Your refund of $40 was sent today and reaches your card by Friday.\n\nBest regards,\nSam', context: { channel: 'email', customer: MARIA } },
    { name: 'wrong name (compromise)', config: { language: 'en' }, text: 'Hi Jordan, thanks for waiting. Contact details are below.', context: { channel: 'chat', customer: { name: 'Maria' } } },
    { name: 'Markdown', config: {}, text: '# Your refund\n\nPlease **calm down**, we will fix it ASAP. See [the policy](https://example.com/p).\n', context: { channel: 'email', format: 'markdown' } },
    { name: 'HTML', config: {}, text: '<p>Hi Maria,</p><p>Kindly be advised that u must send the receipt &amp; invoice!!!</p>', context: { channel: 'email', format: 'html', customer: MARIA } },
    { name: 'Turkish', config: { language: 'auto' }, text: 'Merhaba Ayşe Hanım, siparişiniz için teşekkür ederiz. Kargo yarın çıkacak, en kısa sürede size ulaşacaktır.', context: { channel: 'email' } },
    { name: 'Spanish (franc)', config: { language: 'auto' }, text: 'Hola María, gracias por su paciencia. Su reembolso fue enviado hoy y llegará a su tarjeta el viernes.', context: { channel: 'email' } },
    {
      name: 'templates in memory',
      config: { language: 'en', templates: [{ id: 'refund-sent', body: 'Hi {{name}}, your refund was sent today and reaches your card within 5 business days. Best regards, the Metro Fibre team' }] },
      text: 'Hi Maria, your refund was sent today and reaches your card within 5 business days. Best regards, the Metro Fibre team',
      context: { channel: 'email', customer: MARIA },
    },
  ]

  it('gives the same diagnostics and fixes as Node, fetching compromise only when a draft needs it', async () => {
    const { page, requests } = await open(libDir)
    const node = await Promise.all(CASES.map(async (c) => ({ result: await createLinter(c.config).lint(c.text, c.context), fixed: await createLinter(c.config).fix(c.text, c.context) })))
    await page.waitForFunction(() => 'lintCases' in globalThis)
    const run = (cases: typeof CASES) => page.evaluate((cases) => (globalThis as unknown as { lintCases(c: unknown): Promise<unknown> }).lintCases(cases), cases) as Promise<Array<{ result: LintResult; fixed: string }>>
    const compromiseFetched = () => requests.some((path) => /\/two-[^/]*\.js$/.test(path))

    expect(await run(CASES.slice(0, 2))).toEqual(node.slice(0, 2))
    expect(compromiseFetched()).toBe(false)
    expect(requests.some((path) => path.includes('franc'))).toBe(false)
    expect(await run(CASES.slice(2))).toEqual(node.slice(2))
    expect(compromiseFetched()).toBe(true)
    // Not vacuous: the cases have findings, a fix, a template match, a Turkish and a Spanish verdict.
    expect(node.map((n) => n.result.messages.length).reduce((a, b) => a + b)).toBeGreaterThan(15)
    expect(node[2]!.result.messages.map((m) => m.ruleId)).toEqual(['wrong-name'])
    expect(node.map((n) => n.result.language)).toEqual(['en', 'en', 'en', 'en', 'en', 'tr', 'spa', 'en'])
    await page.close()
  }, 60_000)
})
