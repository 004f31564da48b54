/** From netiquette's diagnostics to the Language Server Protocol's, and back to edits. */
import { DiagnosticSeverity, type Diagnostic as LspDiagnostic, type TextEdit } from 'vscode-languageserver'
import type { TextDocument } from 'vscode-languageserver-textdocument'
import type { Diagnostic, Fix, Severity } from '../types.js'

/** What a diagnostic carries for its code actions (offsets in the whole document). */
export interface DiagnosticData {
  fix?: Fix
  suggestions: string[]
  offset: number
  endOffset: number
}

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
}

export function toLspDiagnostic(doc: TextDocument, d: Diagnostic): LspDiagnostic {
  const data: DiagnosticData = { suggestions: d.suggestions, offset: d.offset, endOffset: d.endOffset, ...(d.fix ? { fix: d.fix } : {}) }
  return {
    range: { start: doc.positionAt(d.offset), end: doc.positionAt(d.endOffset) },
    severity: SEVERITY[d.severity],
    code: d.ruleId,
    codeDescription: { href: d.url },
    source: 'netiquette',
    message: d.message,
    data,
  }
}

export function editFor(doc: TextDocument, offset: number, endOffset: number, text: string): TextEdit {
  return { range: { start: doc.positionAt(offset), end: doc.positionAt(endOffset) }, newText: text }
}
