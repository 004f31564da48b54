/**
 * Canned-response corpora (JSONL, JSON, YAML record files) in the editor: each template's findings at
 * its record, exactly as `netiquette templates` reports them. The buffer (saved or not) is written to
 * a private temporary file and checked by the templates command itself, so the editor and CI can
 * never disagree.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, join } from 'node:path'
import { DiagnosticSeverity, type Diagnostic as LspDiagnostic } from 'vscode-languageserver'
import { runTemplatesCommand } from '../cli/templates.js'
import type { Config, Diagnostic } from '../types.js'

export const CORPUS_EXTENSIONS = ['.jsonl', '.json', '.yaml', '.yml']

const SEVERITY = { error: DiagnosticSeverity.Error, warning: DiagnosticSeverity.Warning, info: DiagnosticSeverity.Information }

interface JsonReport {
  files: Array<{ messages: Diagnostic[] }>
}

export async function lintCorpus(text: string, path: string, config: Config): Promise<LspDiagnostic[]> {
  const dir = mkdtempSync(join(tmpdir(), 'netiquette-lsp-'))
  const file = join(dir, basename(path))
  let out = ''
  try {
    writeFileSync(file, text, { mode: 0o600 })
    await runTemplatesCommand([file], {
      format: 'json',
      config,
      cwd: dir,
      io: { stdout: (s) => void (out += s), stderr: () => {}, stdoutIsTTY: false, stderrIsTTY: false },
    })
  } catch (error) {
    // A corpus the command refuses (bad JSON, no records) is one finding on the first line.
    return [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, severity: DiagnosticSeverity.Error, source: 'netiquette', message: (error as Error).message.replaceAll(file, basename(path)) }]
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
  const report = JSON.parse(out) as JsonReport
  return report.files.flatMap((f) =>
    f.messages.map((d) => ({
      range: { start: { line: d.line - 1, character: d.column - 1 }, end: { line: d.endLine - 1, character: d.endColumn - 1 } },
      severity: SEVERITY[d.severity],
      code: d.ruleId,
      codeDescription: { href: d.url },
      source: 'netiquette',
      message: d.message, // already names its template
    })),
  )
}
