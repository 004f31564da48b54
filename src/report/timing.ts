/**
 * `TIMING=1 netiquette …`: milliseconds per rule, ESLint's format (the 10 slowest; `TIMING=all`
 * or a number above 10 for more), on stderr so machine-readable reports on stdout stay intact.
 */
export function formatTiming(timing: ReadonlyMap<string, number>, setting: string): string {
  const rows = [...timing].sort((a, b) => b[1] - a[1])
  // As ESLint: `all`, or a number above 10; anything else (`1`, `true`) shows 10.
  const asNumber = Number.parseInt(setting, 10)
  const limit = setting.toLowerCase() === 'all' ? rows.length : asNumber > 10 ? asNumber : 10
  const total = rows.reduce((sum, [, ms]) => sum + ms, 0)
  const shown = rows.slice(0, limit)
  const table = [['Rule', 'Time (ms)', 'Relative'], ...shown.map(([id, ms]) => [id, ms.toFixed(3), total > 0 ? `${((ms / total) * 100).toFixed(1)}%` : '0.0%'])]
  const widths = [0, 1, 2].map((c) => Math.max(...table.map((r) => r[c]!.length)))
  const line = (r: string[]): string => `${r[0]!.padEnd(widths[0]!)} | ${r[1]!.padStart(widths[1]!)} | ${r[2]!.padStart(widths[2]!)}`
  return [line(table[0]!), `${'-'.repeat(widths[0]!)}-|-${'-'.repeat(widths[1]!)}-|-${'-'.repeat(widths[2]!)}`, ...table.slice(1).map(line)].join('\n') + '\n'
}
