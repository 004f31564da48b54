/**
 * The audit's HTML report: one self-contained file (inline CSS, charts as inline SVG, no script,
 * no external resource), so it can be mailed or attached to a ticket and opened offline. Built only
 * from the summary, so a merged summary renders the same report as a single run. Every piece of
 * export text is HTML-escaped; example replies arrive already masked (src/audit/redact.ts).
 */
import { quantile, type SketchData } from './sketch.js'
import type { Segment } from './redact.js'
import type { Example, GroupStats, RuleStats, Summary } from './summary.js'

export interface HtmlOptions {
  title?: string
  /** Each rule's one-line description, by id (the caller loads the rules: the report itself needs only text). */
  descriptions?: Record<string, string>
}

/** Score lost per finding, as src/score.ts counts it (roughly): ranks the rules that cost most. */
const WEIGHT = { error: 25, warning: 10, info: 1 }
/** Agents with fewer replies are listed apart: a mean over two replies ranks nobody. */
const MIN_AGENT_REPLIES = 10
const AGENTS_LISTED = 30
const WORST_RULES = 5

const esc = (s: string): string => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)
const int = (n: number): string => Math.round(n).toLocaleString('en')
const pct = (part: number, whole: number): string => {
  if (!whole) return '–'
  const p = (100 * part) / whole
  // A few replies in many thousands is not "0.0 %".
  return part > 0 && p < 0.05 ? '< 0.1 %' : part < whole && p > 99.95 ? '> 99.9 %' : `${p.toFixed(1)} %`
}
const per1000 = (n: number, replies: number): number => (replies ? (1000 * n) / replies : 0)

/** Seconds as a person reads them: `45 s`, `12 min`, `3.4 h`, `2.1 d`. */
export function duration(seconds: number | null): string {
  if (seconds === null) return '–'
  if (seconds < 90) return `${Math.round(seconds)} s`
  if (seconds < 5400) return `${Math.round(seconds / 60)} min`
  if (seconds < 172800) return `${(seconds / 3600).toFixed(1)} h`
  return `${(seconds / 86400).toFixed(1)} d`
}

const scoreColor = (score: number): string => (score >= 80 ? '#2f855a' : score >= 50 ? '#c27c0e' : '#c53030')
const severityColor = { error: '#c53030', warning: '#c27c0e', info: '#3b6fb6' }

function mainSeverity(r: RuleStats): 'error' | 'warning' | 'info' {
  return r.error > 0 && r.error >= r.warning ? 'error' : r.warning >= r.info ? 'warning' : 'info'
}

function median(scores: readonly number[], total: number): number {
  let seen = 0
  for (let i = 0; i < scores.length; i++) {
    seen += scores[i]!
    if (seen > (total - 1) / 2) return i
  }
  return 0
}

// ---------- charts (inline SVG) ----------

function scoreHistogram(s: Summary): string {
  // 0–9, 10–19, …, 90–99, and 100 on its own: a perfect reply is the goal, worth its own bar.
  const bins = Array.from({ length: 11 }, (_, i) => (i < 10 ? s.scores.slice(i * 10, i * 10 + 10).reduce((a, b) => a + b, 0) : s.scores[100]!))
  const labels = bins.map((_, i) => (i < 10 ? `${i * 10}–${i * 10 + 9}` : '100'))
  const max = Math.max(1, ...bins)
  const w = 640
  const h = 260
  const left = 8
  const bottom = 36
  const bw = (w - left * 2) / bins.length
  const bars = bins
    .map((n, i) => {
      const bh = ((h - bottom - 22) * n) / max
      const x = left + i * bw + 4
      const y = h - bottom - bh
      return (
        `<rect x="${x.toFixed(1)}" y="${y.toFixed(1)}" width="${(bw - 8).toFixed(1)}" height="${bh.toFixed(1)}" rx="3" fill="${scoreColor(i * 10)}"><title>${labels[i]}: ${int(n)} replies</title></rect>` +
        `<text x="${(x + (bw - 8) / 2).toFixed(1)}" y="${(y - 5).toFixed(1)}" class="v">${n ? pct(n, s.replies).replace(' ', '') : ''}</text>` +
        `<text x="${(x + (bw - 8) / 2).toFixed(1)}" y="${h - bottom + 16}" class="l">${labels[i]}</text>`
      )
    })
    .join('')
  return `<svg viewBox="0 0 ${w} ${h}" role="img" aria-label="Score distribution">${bars}<text x="${w / 2}" y="${h - 4}" class="l">score (0 = a reply with an error, 100 = no finding)</text></svg>`
}

function ruleBars(s: Summary): string {
  const rows = Object.entries(s.rules).sort((a, b) => b[1].findings - a[1].findings || (a[0] < b[0] ? -1 : 1))
  if (rows.length === 0) return '<p class="muted">No findings at all.</p>'
  const max = Math.max(...rows.map(([, r]) => per1000(r.findings, s.replies)))
  const rowH = 26
  const w = 640
  const labelW = 150
  const h = rows.length * rowH + 8
  const body = rows
    .map(([id, r], i) => {
      const v = per1000(r.findings, s.replies)
      const bw = max ? ((w - labelW - 70) * v) / max : 0
      const y = 4 + i * rowH
      return (
        `<text x="${labelW - 8}" y="${y + 17}" class="rl">${esc(id)}</text>` +
        `<rect x="${labelW}" y="${y + 4}" width="${Math.max(1, bw).toFixed(1)}" height="${rowH - 9}" rx="3" fill="${severityColor[mainSeverity(r)]}"><title>${esc(id)}: ${int(r.findings)} findings in ${int(r.replies)} replies</title></rect>` +
        `<text x="${(labelW + bw + 6).toFixed(1)}" y="${y + 17}" class="rv">${v.toFixed(v < 10 ? 1 : 0)}</text>`
      )
    })
    .join('')
  return `<svg viewBox="0 0 ${w} ${h}" role="img" aria-label="Findings per rule per 1,000 replies">${body}</svg>`
}

function weekChart(s: Summary): string {
  const weeks = Object.entries(s.weeks)
  if (weeks.length === 0) return '<p class="muted">The export has no reply timestamps: no weekly trend.</p>'
  const w = 1000
  const h = 240
  const left = 44
  const right = 44
  const top = 16
  const bottom = 40
  const maxReplies = Math.max(1, ...weeks.map(([, x]) => x.replies))
  // A rate over a handful of replies is noise: weeks with fewer than this get a bar but no point.
  const minReplies = Math.max(10, Math.ceil(maxReplies / 100))
  const rates = weeks.map(([, x]) => (x.replies >= minReplies ? per1000(x.findings, x.replies) : null))
  const maxRate = Math.max(1, ...rates.map((r) => r ?? 0))
  const step = (w - left - right) / weeks.length
  const y = (v: number, max: number) => top + (h - top - bottom) * (1 - v / max)
  const bars = weeks
    .map(
      ([week, x], i) =>
        `<rect x="${(left + i * step + step * 0.15).toFixed(1)}" y="${y(x.replies, maxReplies).toFixed(1)}" width="${(step * 0.7).toFixed(1)}" height="${(h - bottom - y(x.replies, maxReplies)).toFixed(1)}" fill="#d7e3f4"><title>week of ${week}: ${int(x.replies)} replies${rates[i] === null ? '' : `, ${rates[i]!.toFixed(0)} findings per 1,000`}</title></rect>`,
    )
    .join('')
  const points = weeks.flatMap((_, i) => (rates[i] === null ? [] : [`${(left + i * step + step / 2).toFixed(1)},${y(rates[i]!, maxRate).toFixed(1)}`]))
  const dots = points.map((p) => `<circle cx="${p.split(',')[0]}" cy="${p.split(',')[1]}" r="3" fill="#c53030"/>`).join('')
  const every = Math.max(1, Math.ceil(weeks.length / 8))
  const years = weeks[0]![0].slice(0, 4) !== weeks[weeks.length - 1]![0].slice(0, 4)
  const labels = weeks.map(([week], i) => (i % every === 0 ? `<text x="${(left + i * step + step / 2).toFixed(1)}" y="${h - bottom + 16}" class="l">${years ? week : week.slice(5)}</text>` : '')).join('')
  return (
    `<svg viewBox="0 0 ${w} ${h}" role="img" aria-label="Findings per 1,000 replies by week">` +
    `<line x1="${left}" y1="${h - bottom}" x2="${w - right}" y2="${h - bottom}" stroke="#aab"/>` +
    bars +
    `<polyline points="${points.join(' ')}" fill="none" stroke="#c53030" stroke-width="2"/>${dots}${labels}` +
    `<text x="${left - 6}" y="${top + 4}" class="ax" text-anchor="end">${int(maxRate)}</text><text x="${left - 6}" y="${h - bottom}" class="ax" text-anchor="end">0</text>` +
    `<text x="${w - right + 6}" y="${top + 4}" class="ax">${int(maxReplies)}</text>` +
    `<text x="${w / 2}" y="${h - 6}" class="l">week (Monday, UTC) · <tspan fill="#c53030">— findings per 1,000 replies (weeks with ${minReplies}+ replies)</tspan> · <tspan fill="#7d95b8">▮ replies</tspan></text></svg>`
  )
}

function responseChart(channels: Array<[string, GroupStats]>, slaSeconds: number | undefined): string {
  const rows = channels.filter(([, c]) => c.firstResponse.count > 0 || c.response.count > 0)
  const values = rows.flatMap(([, c]) => [quantile(c.response, 0.9) ?? 0, quantile(c.firstResponse, 0.9) ?? 0])
  const max = Math.max(1, slaSeconds ?? 0, ...values) * 1.1
  const w = 1000
  const labelW = 110
  const rowH = 46
  const h = rows.length * rowH + 30
  // Room on the right for the bar labels.
  const x = (v: number) => labelW + ((w - labelW - 250) * v) / max
  const body = rows
    .map(([name, c], i) => {
      const y = 6 + i * rowH
      const bar = (s: SketchData, dy: number, colour: string, label: string) => {
        const p50 = quantile(s, 0.5)
        const p90 = quantile(s, 0.9)
        if (p50 === null || p90 === null) return ''
        return (
          `<rect x="${labelW}" y="${y + dy}" width="${(x(p90) - labelW).toFixed(1)}" height="14" rx="2" fill="${colour}" opacity="0.35"><title>${label} p90 ${duration(p90)}</title></rect>` +
          `<rect x="${labelW}" y="${y + dy}" width="${(x(p50) - labelW).toFixed(1)}" height="14" rx="2" fill="${colour}"><title>${label} p50 ${duration(p50)}</title></rect>` +
          `<text x="${(x(p90) + 4).toFixed(1)}" y="${y + dy + 11}" class="rv">${label}: p50 ${duration(p50)} · p90 ${duration(p90)}</text>`
        )
      }
      return `<text x="${labelW - 8}" y="${y + 20}" class="rl">${esc(name)}</text>` + bar(c.firstResponse, 0, '#3b6fb6', 'first') + bar(c.response, 18, '#6b7a8f', 'every')
    })
    .join('')
  const sla =
    slaSeconds !== undefined
      ? `<line x1="${x(slaSeconds).toFixed(1)}" y1="0" x2="${x(slaSeconds).toFixed(1)}" y2="${h - 22}" stroke="#c53030" stroke-dasharray="4 3"/><text x="${x(slaSeconds).toFixed(1)}" y="${h - 8}" class="l" fill="#c53030">SLA ${duration(slaSeconds)}</text>`
      : ''
  return `<svg viewBox="0 0 ${w} ${h}" role="img" aria-label="Response time by channel">${body}${sla}</svg>`
}

// ---------- sections ----------

function segmentsHtml(segments: readonly Segment[]): string {
  return segments.map((s) => (s.m ? `<span class="mask">${esc(s.t)}</span>` : s.h ? `<mark>${esc(s.t)}</mark>` : esc(s.t))).join('')
}

function exampleHtml(e: Example): string {
  const customer = e.customer ? `<blockquote class="cust"><span class="who">Customer wrote</span>${segmentsHtml(e.customer)}</blockquote>` : ''
  return (
    `<div class="ex">${customer}<div class="reply"><span class="who">${esc(e.agent)} · ${esc(e.channel)} · score <b style="color:${scoreColor(e.score)}">${e.score}</b></span>${segmentsHtml(e.reply)}</div>` +
    `<div class="why">${esc(e.message)}</div><div class="src">${esc(e.file)}:${e.line} · message ${esc(e.messageId)}</div></div>`
  )
}

function worstRules(s: Summary, descriptions: Record<string, string>): string {
  const ranked = Object.entries(s.rules)
    .map(([id, r]) => [id, r, r.error * WEIGHT.error + r.warning * WEIGHT.warning + r.info * WEIGHT.info] as const)
    // Errors first, however rare: one leaked card number matters more than a hundred "pls".
    .sort((a, b) => Number(b[1].error > 0) - Number(a[1].error > 0) || b[2] - a[2] || (a[0] < b[0] ? -1 : 1))
    .slice(0, Math.min(8, Math.max(WORST_RULES, Object.values(s.rules).filter((r) => r.error > 0).length + 3)))
  if (ranked.length === 0) return '<p class="muted">No rule found anything: every reply scored 100.</p>'
  return ranked
    .map(([id, r]) => {
      const description = descriptions[id]
      const sev = mainSeverity(r)
      return (
        `<div class="rule"><h3><span class="sev" style="background:${severityColor[sev]}">${sev}</span> ${esc(id)} <small>${int(r.replies)} ${r.replies === 1 ? 'reply' : 'replies'} (${per1000(r.replies, s.replies).toFixed(1)} per 1,000)</small></h3>` +
        (description ? `<p class="muted">${esc(description)}</p>` : '') +
        r.examples.map(exampleHtml).join('') +
        '</div>'
      )
    })
    .join('')
}

function topRules(rules: Record<string, number>): string {
  return Object.entries(rules)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, 3)
    .map(([id, n]) => `<span class="chip">${esc(id)} <b>${int(n)}</b></span>`)
    .join(' ')
}

function agentsTable(s: Summary): string {
  const all = Object.entries(s.agents).map(([name, a]) => ({ name, a, mean: a.scoreSum / a.replies }))
  // A small export (a pilot week) ranks everyone rather than no one.
  const min = all.some((x) => x.a.replies >= MIN_AGENT_REPLIES) ? MIN_AGENT_REPLIES : 1
  const ranked = all.filter((x) => x.a.replies >= min).sort((x, y) => y.mean - x.mean || y.a.replies - x.a.replies || (x.name < y.name ? -1 : 1))
  const few = all.length - ranked.length
  if (ranked.length === 0) return '<p class="muted">No agent replies.</p>'
  // Long lists: the best and the worst, which is what a review meeting looks at.
  const half = AGENTS_LISTED / 2
  const shown = ranked.length > AGENTS_LISTED ? [...ranked.slice(0, half), undefined, ...ranked.slice(-half)] : ranked
  const rows = shown
    .map((x) => {
      if (!x) return `<tr class="gap"><td colspan="6">… ${int(ranked.length - AGENTS_LISTED)} more agents in agents.csv …</td></tr>`
      const rank = ranked.indexOf(x) + 1
      const first = quantile(x.a.firstResponse, 0.5)
      return (
        `<tr><td class="num">${rank}</td><td>${esc(x.name)}</td><td class="num">${int(x.a.replies)}</td>` +
        `<td><svg class="mini" viewBox="0 0 100 10" preserveAspectRatio="none"><rect width="100" height="10" fill="#eef1f5"/><rect width="${x.mean.toFixed(1)}" height="10" fill="${scoreColor(x.mean)}"/></svg> <b>${x.mean.toFixed(1)}</b></td>` +
        `<td class="num">${pct(x.a.repliesWithErrors, x.a.replies)}</td><td class="wrap">${topRules(x.a.rules)}${first !== null ? ` <span class="muted">· first reply p50 ${duration(first)}</span>` : ''}</td></tr>`
      )
    })
    .join('')
  return (
    `<table><thead><tr><th>#</th><th>agent</th><th class="num">replies</th><th>mean score</th><th class="num">with errors</th><th>top rules</th></tr></thead><tbody>${rows}</tbody></table>` +
    (few > 0 ? `<p class="muted">${int(few)} agent${few > 1 ? 's' : ''} with fewer than ${min} replies not ranked (in agents.csv).</p>` : '')
  )
}

function responseSection(s: Summary): string {
  if (s.response.measured === 0) {
    return "<p class=\"note\">Response times skipped: this export does not carry timestamps for both the customer's message and the reply (the one-reply-per-line layout has the reply's time only). Export conversations with every message's <code>created_at</code> to see them.</p>"
  }
  const slaSeconds = s.sla.firstResponseSeconds
  const channels = Object.entries(s.channels)
  const row = (name: string, c: GroupStats | (Summary['response'] & { replies?: number })) =>
    `<tr><td>${esc(name)}</td>` +
    [0.5, 0.9, 0.99].map((q) => `<td class="num">${duration(quantile(c.firstResponse, q))}</td>`).join('') +
    [0.5, 0.9, 0.99].map((q) => `<td class="num">${duration(quantile(c.response, q))}</td>`).join('') +
    (slaSeconds !== undefined ? `<td class="num">${pct(c.firstResponse.count - c.firstBreaches, c.firstResponse.count)}</td>` : '') +
    `<td class="num">${int(c.firstResponse.count)}</td></tr>`
  return (
    responseChart(channels, slaSeconds) +
    `<table><thead><tr><th>channel</th><th class="num">first p50</th><th class="num">first p90</th><th class="num">first p99</th><th class="num">every p50</th><th class="num">every p90</th><th class="num">every p99</th>${slaSeconds !== undefined ? `<th class="num">within SLA</th>` : ''}<th class="num">conversations</th></tr></thead>` +
    `<tbody>${channels.map(([n, c]) => row(n, c)).join('')}${channels.length > 1 ? row('all channels', s.response) : ''}</tbody></table>` +
    `<p class="muted">First response: from the customer's first message to the first agent reply. Every response: from the oldest unanswered customer message to the next agent reply. Percentiles from a DDSketch (within 1 %); ${int(s.response.measured)} replies measured.${slaSeconds === undefined ? ' Set <code>sla.firstResponse</code> in the config to see the share within SLA.' : ''}</p>`
  )
}

function dataSection(s: Summary): string {
  const bad = s.badRows.count
  const rows = s.badRows.rows
    .slice(0, 20)
    .map((r) => `<li><code>${esc(r.file)}:${r.line}</code> ${esc(r.reason)}</li>`)
    .join('')
  return (
    `<ul class="facts"><li>${s.inputs.map((i) => `<code>${esc(i.file)}</code> (${esc(i.format)})`).join(', ') || 'no input'}</li>` +
    `<li>${int(s.withCustomerMessage)} of ${int(s.replies)} replies (${pct(s.withCustomerMessage, s.replies)}) linted with the customer's message as context; ${int(s.followups)} follow-ups.</li>` +
    `<li>${bad ? `${int(bad)} row${bad > 1 ? 's' : ''} could not be read and were skipped:` : 'Every row was readable.'}</li></ul>` +
    (rows ? `<ul class="bad">${rows}</ul>${bad > 20 ? '<p class="muted">(the first 20; summary.json lists 100)</p>' : ''}` : '')
  )
}

function kpis(s: Summary): string {
  const mean = s.replies ? s.scoreSum / s.replies : 0
  const first = s.response.firstResponse
  const slaSeconds = s.sla.firstResponseSeconds
  const cards: Array<[string, string, string]> = [
    ['Replies audited', int(s.replies), `${int(s.conversations)} conversations`],
    ['Mean score', `<span style="color:${scoreColor(mean)}">${mean.toFixed(1)}</span>`, `median ${median(s.scores, s.replies)}`],
    ['Replies with an error', pct(s.repliesWithErrors, s.replies), `${int(s.repliesWithErrors)} ${s.repliesWithErrors === 1 ? 'reply scores' : 'replies score'} 0`],
    ['Replies with no finding', pct(s.repliesWithoutFindings, s.replies), `${int(s.repliesWithoutFindings)} clean`],
  ]
  if (first.count > 0) {
    cards.push(['First response p90', duration(quantile(first, 0.9)), slaSeconds !== undefined ? `${pct(first.count - s.response.firstBreaches, first.count)} within the ${duration(slaSeconds)} SLA` : `p50 ${duration(quantile(first, 0.5))}`])
  }
  return `<div class="kpis">${cards.map(([k, v, sub]) => `<div class="kpi"><div class="k">${k}</div><div class="v">${v}</div><div class="sub">${sub}</div></div>`).join('')}</div>`
}

function period(s: Summary): string {
  const weeks = Object.keys(s.weeks)
  if (weeks.length === 0) return ''
  const last = new Date(Date.parse(weeks[weeks.length - 1]!) + 6 * 86400000).toISOString().slice(0, 10)
  return ` · replies from the weeks of ${weeks[0]} to ${last}`
}

const CSS = `
*{box-sizing:border-box}body{margin:0;background:#f4f6f9;color:#1f2933;font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif}
main{max-width:1080px;margin:0 auto;padding:28px 24px 48px}
header h1{margin:0;font-size:26px}header p{margin:4px 0 0;color:#52606d}
section{background:#fff;border:1px solid #e1e6ee;border-radius:10px;padding:18px 22px;margin-top:18px}
section h2{margin:0 0 10px;font-size:18px}section h2 small{color:#7b8794;font-weight:normal;font-size:13px}
.kpis{display:grid;grid-template-columns:repeat(auto-fit,minmax(180px,1fr));gap:12px;margin-top:18px}
.kpi{background:#fff;border:1px solid #e1e6ee;border-radius:10px;padding:14px 16px}.kpi .k{color:#52606d;font-size:13px}.kpi .v{font-size:28px;font-weight:650}.kpi .sub{color:#7b8794;font-size:12.5px}
.grid{display:grid;grid-template-columns:1fr 1fr;gap:18px}.grid section{margin-top:0}
@media (max-width:900px){.grid{grid-template-columns:1fr}}
svg{width:100%;height:auto;display:block}svg text{font:11px system-ui,sans-serif;fill:#52606d}
svg .l{text-anchor:middle}svg .v{text-anchor:middle;font-size:10px}svg .rl{text-anchor:end;font-size:12px;fill:#1f2933}svg .rv{font-size:11px}svg .ax{font-size:10px}
table{border-collapse:collapse;width:100%;font-size:13.5px}th,td{text-align:left;padding:6px 8px;white-space:nowrap;border-bottom:1px solid #edf0f4;vertical-align:middle}th{color:#52606d;font-weight:600;font-size:12.5px}
.wrap{white-space:normal}.num{text-align:right;white-space:nowrap;font-variant-numeric:tabular-nums}tr.gap td{text-align:center;color:#7b8794;font-style:italic}
svg.mini{display:inline-block;width:90px;height:10px;vertical-align:middle;border-radius:2px}
.chip{display:inline-block;background:#eef1f5;border-radius:10px;padding:1px 8px;margin:1px 0;font-size:12px;white-space:nowrap}
.rule{border-top:1px solid #edf0f4;padding-top:12px;margin-top:12px}.rule:first-of-type{border-top:0;margin-top:0;padding-top:0}
.rule h3{margin:0;font-size:16px}.rule h3 small{color:#7b8794;font-weight:normal;font-size:13px}
.sev{display:inline-block;color:#fff;border-radius:4px;padding:0 6px;font-size:11px;text-transform:uppercase;vertical-align:2px}
.ex{display:grid;gap:4px;margin:10px 0 0 0;padding:10px 12px;background:#fafbfc;border:1px solid #edf0f4;border-radius:8px}
.ex .who{display:block;color:#7b8794;font-size:12px}.reply{white-space:pre-wrap;word-break:break-word}
.cust{margin:0;padding:4px 10px;border-left:3px solid #cbd2d9;color:#52606d;white-space:pre-wrap;word-break:break-word;font-size:13.5px}
mark{background:#fde68a;border-radius:2px;padding:0 1px}.mask{background:#1f2933;color:#fff;border-radius:3px;padding:0 4px;font-size:12px}
.why{font-size:13px;color:#334e68}.src{font-size:11.5px;color:#9aa5b1}
.muted{color:#7b8794;font-size:13px}.note{background:#fff8e6;border:1px solid #f5dfa8;border-radius:8px;padding:10px 12px}
.facts,.bad{margin:0;padding-left:20px}code{font-size:12.5px;background:#eef1f5;border-radius:3px;padding:0 3px}
footer{color:#7b8794;font-size:12px;margin-top:18px;text-align:center}
@media print{body{background:#fff}section,.kpi{break-inside:avoid}}
`

export function renderHtml(s: Summary, options: HtmlOptions = {}): string {
  const title = options.title ?? 'Reply quality audit'
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>${esc(title)}</title><style>${CSS}</style></head>
<body><main>
<header><h1>${esc(title)}</h1><p>Every agent reply linted by netiquette in its context (the customer's message, first reply or follow-up, channel)${period(s)}.</p></header>
${kpis(s)}
<div class="grid" style="margin-top:18px">
<section><h2>Score distribution <small>replies per score band</small></h2>${scoreHistogram(s)}</section>
<section><h2>Findings per rule <small>per 1,000 replies</small></h2>${ruleBars(s)}</section>
</div>
<section><h2>Where replies lose points <small>the rules that cost most, with sample replies${s.redacted ? ' (personal data masked)' : ' (secrets masked; --no-redact)'}</small></h2>${worstRules(s, options.descriptions ?? {})}</section>
<section><h2>Agents ranked by mean score <small>${int(Object.keys(s.agents).length)} agents</small></h2>${agentsTable(s)}</section>
<section><h2>Response time by channel <small>percentiles, not averages</small></h2>${responseSection(s)}</section>
<section><h2>Findings over time <small>by week</small></h2>${weekChart(s)}</section>
<section><h2>Data</h2>${dataSection(s)}</section>
<footer>netiquette audit · made on this machine, nothing sent anywhere · summary.json, agents.csv, rules.csv and messages.csv sit next to this file</footer>
</main></body></html>
`
}
