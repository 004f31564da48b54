/** `--format sarif`: SARIF 2.1.0 for code-scanning uploads, with rule help and fixes. */
import { pathToFileURL } from 'node:url'
import { isAbsolute, relative, resolve, sep } from 'node:path'
import type { RuleMeta } from '../rule.js'
import type { FileResult } from './types.js'

const LEVEL = { error: 'error', warning: 'warning', info: 'note' } as const

export function formatSarif(files: readonly FileResult[], metas: readonly RuleMeta[], version: string): string {
  const ruleIndex = new Map(metas.map((m, i) => [m.id, i]))
  const uri = (path: string): string => {
    if (path === '<stdin>') return 'stdin'
    const rel = isAbsolute(path) ? relative(process.cwd(), path) : path
    if (rel.startsWith('..') || isAbsolute(rel)) return pathToFileURL(resolve(path)).href
    // A relative URI reference (SARIF §3.10): each segment percent-encoded (spaces, `#`, `%`, `?`, `:`).
    return rel.split(sep).map(encodeURIComponent).join('/')
  }
  const results = files.flatMap(({ path, result }) =>
    result.messages.map((m) => {
      const region = { startLine: m.line, startColumn: m.column, endLine: m.endLine, endColumn: m.endColumn, charOffset: m.offset, charLength: m.endOffset - m.offset }
      const location = { physicalLocation: { artifactLocation: { uri: uri(path) }, region } }
      const res: Record<string, unknown> = {
        ruleId: m.ruleId,
        ruleIndex: ruleIndex.get(m.ruleId) ?? -1,
        level: LEVEL[m.severity],
        message: { text: m.message + (m.suggestions.length > 0 ? ` Suggestion: ${m.suggestions.join(' / ')}` : '') },
        locations: [location],
      }
      if (m.fix) {
        res.fixes = [
          {
            description: { text: `Replace with “${m.fix.text}”` },
            artifactChanges: [
              {
                artifactLocation: { uri: uri(path) },
                replacements: [{ deletedRegion: { charOffset: m.fix.offset, charLength: m.fix.endOffset - m.fix.offset }, insertedContent: { text: m.fix.text } }],
              },
            ],
          },
        ]
      }
      return res
    }),
  )
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'netiquette',
            version,
            informationUri: 'https://github.com/netiquette-lint/netiquette',
            rules: metas.map((m) => ({
              id: m.id,
              shortDescription: { text: m.description },
              fullDescription: { text: m.description },
              helpUri: m.url,
              help: { text: `${m.description}. See ${m.url}` },
              defaultConfiguration: { level: m.severity === 'off' ? 'none' : LEVEL[m.severity] },
              properties: { category: m.category, fixable: m.fixable },
            })),
          },
        },
        results,
      },
    ],
  }
  return JSON.stringify(log, null, 2) + '\n'
}
