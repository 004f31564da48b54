// The audit's HTML report in a real browser: Debian's chromium driven by playwright-core. Renders the
// report of the audit fixtures, checks the charts laid out (non-empty SVG boxes, nothing wider than
// the page) and that the page asked for nothing over the network, and saves a screenshot to look at:
// $NETIQUETTE_SCREENSHOT_DIR (default: the OS temp folder)/netiquette-audit-report.png.
// Skips, saying why, only when no chromium is installed (apt-get install chromium).
import { describe, expect, it } from 'vitest'
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { root } from './build.js'

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
const hasBrowser = existsSync(CHROMIUM)
if (!hasBrowser) console.warn(`audit-browser: skipped, no browser at ${CHROMIUM} (apt-get install chromium, or set CHROMIUM_PATH)`)

const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync']

describe.skipIf(!hasBrowser)('audit report in chromium', () => {
  it('renders every chart, asks for nothing over the network, fits the page; screenshot saved', async () => {
    const out = mkdtempSync(join(tmpdir(), 'netiquette-audit-browser-'))
    const config = join(out, 'sla.json')
    const { writeFileSync } = await import('node:fs')
    writeFileSync(config, JSON.stringify({ sla: { firstResponse: '4 hours' } }))
    const files = ['conversations.jsonl', 'conversations.csv', 'zendesk.jsonl', 'replies.jsonl'].map((f) => join(root, 'test', 'fixtures', 'audit', f))
    const run = spawnSync(process.execPath, [join(root, 'bin', 'netiquette.cjs'), 'audit', ...files, '--out', out, '--workers', '1', '-c', config], { encoding: 'utf8' })
    expect(run.status).toBe(0)

    const { chromium } = await import('playwright-core')
    const context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'netiquette-chromium-')), {
      executablePath: CHROMIUM,
      headless: true,
      args: FLAGS,
      viewport: { width: 1200, height: 900 },
    })
    try {
      const page = await context.newPage()
      const requests: string[] = []
      page.on('request', (r) => requests.push(r.url()))
      const report = pathToFileURL(join(out, 'report.html')).href
      await page.goto(report)
      expect(requests).toEqual([report])
      const layout = await page.evaluate(() => ({
        charts: [...document.querySelectorAll('section svg:not(.mini)')].map((svg) => {
          const box = svg.getBoundingClientRect()
          return { label: svg.getAttribute('aria-label'), width: Math.round(box.width), height: Math.round(box.height), marks: svg.querySelectorAll('rect, polyline, circle').length }
        }),
        pageWidth: document.documentElement.scrollWidth,
        headings: [...document.querySelectorAll('h2')].map((h) => h.firstChild?.textContent?.trim()),
        masks: [...document.querySelectorAll('.mask')].map((m) => m.textContent),
      }))
      expect(layout.headings).toEqual(['Score distribution', 'Findings per rule', 'Where replies lose points', 'Agents ranked by mean score', 'Response time by channel', 'Findings over time', 'Data'])
      expect(layout.charts.map((c) => c.label)).toEqual(['Score distribution', 'Findings per rule per 1,000 replies', 'Response time by channel', 'Findings per 1,000 replies by week'])
      for (const chart of layout.charts) {
        expect(chart.width).toBeGreaterThan(300)
        expect(chart.height).toBeGreaterThan(80)
        expect(chart.marks).toBeGreaterThan(0)
      }
      expect(layout.pageWidth).toBeLessThanOrEqual(1200)
      expect(layout.masks).toContain('[card]')
      const shot = join(process.env.NETIQUETTE_SCREENSHOT_DIR ?? tmpdir(), 'netiquette-audit-report.png')
      await page.screenshot({ path: shot, fullPage: true })
      expect(existsSync(shot)).toBe(true)
    } finally {
      await context.close()
    }
  }, 60_000)
})
