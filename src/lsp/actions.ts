/**
 * Code actions for netiquette's diagnostics, as vscode-eslint offers them: each safe fix as a quick
 * fix, each suggestion as a rewrite, "disable <rule> for this line" where the format has comments
 * a reader never sees (Markdown, HTML), and one "fix all" for the document.
 */
import { CodeActionKind, type CodeAction, type Diagnostic as LspDiagnostic } from 'vscode-languageserver'
import type { TextDocument } from 'vscode-languageserver-textdocument'
import { editFor, type DiagnosticData } from './convert.js'
import type { Format } from '../types.js'

/** ESLint's `source.fixAll.eslint` counterpart, so editors can run it on save. */
export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.netiquette`

export function actionsFor(doc: TextDocument, format: Format, diagnostics: readonly LspDiagnostic[]): CodeAction[] {
  const actions: CodeAction[] = []
  const uri = doc.uri
  for (const diagnostic of diagnostics) {
    if (diagnostic.source !== 'netiquette' || !diagnostic.data) continue
    const data = diagnostic.data as DiagnosticData
    const rule = String(diagnostic.code)
    if (data.fix) {
      actions.push({
        title: `Fix: ${describeEdit(doc.getText().slice(data.fix.offset, data.fix.endOffset), data.fix.text)} (${rule})`,
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        isPreferred: true,
        edit: { changes: { [uri]: [editFor(doc, data.fix.offset, data.fix.endOffset, data.fix.text)] } },
      })
    }
    for (const suggestion of data.suggestions) {
      if (data.fix && suggestion === data.fix.text && data.fix.offset === data.offset && data.fix.endOffset === data.endOffset) continue
      actions.push({
        title: `${describeEdit(doc.getText().slice(data.offset, data.endOffset), suggestion)} (${rule})`,
        kind: CodeActionKind.RefactorRewrite,
        diagnostics: [diagnostic],
        edit: { changes: { [uri]: [editFor(doc, data.offset, data.endOffset, suggestion)] } },
      })
    }
    if (format !== 'text') {
      const line = diagnostic.range.start.line
      const indent = /^[ \t]*/.exec(doc.getText({ start: { line, character: 0 }, end: { line: line + 1, character: 0 } }))![0]
      actions.push({
        title: `Disable ${rule} for this line`,
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        edit: { changes: { [uri]: [{ range: { start: { line, character: 0 }, end: { line, character: 0 } }, newText: `${indent}<!-- netiquette-disable-next-line ${rule} -->\n` }] } },
      })
    }
  }
  return actions
}

/** "Replace “x” with “y”", "Insert “y”", "Remove “x”", clipped for a menu. */
function describeEdit(before: string, after: string): string {
  const clip = (s: string): string => {
    const one = s.replace(/\s+/g, ' ').trim()
    return one.length > 40 ? `${one.slice(0, 39)}…` : one
  }
  if (!before) return `Insert “${clip(after)}”`
  if (!after) return `Remove “${clip(before)}”`
  return `Replace “${clip(before)}” with “${clip(after)}”`
}

/** The whole-document edit that applies every safe fix (the linter's own `fix`). */
export function fixAllAction(doc: TextDocument, fixed: string): CodeAction | undefined {
  const text = doc.getText()
  if (fixed === text) return undefined
  return {
    title: 'Fix all netiquette problems',
    kind: FIX_ALL_KIND,
    edit: { changes: { [doc.uri]: [editFor(doc, 0, text.length, fixed)] } },
  }
}
