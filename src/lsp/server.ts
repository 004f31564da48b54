/**
 * `netiquette lsp`: a language server over stdio (vscode-languageserver), in the manner of vale-ls and
 * vscode-eslint. Diagnostics on open and on change (debounced), with rule id, severity, docs link and
 * message; code actions (see actions.ts); config found per file like the CLI, re-read when a config
 * file changes; reply context from the client's settings and from a front-matter block in the file.
 */
import { dirname, extname } from 'node:path'
import { fileURLToPath } from 'node:url'
import { createConnection, DidChangeWatchedFilesNotification, TextDocuments, TextDocumentSyncKind, type Connection, type Diagnostic as LspDiagnostic } from 'vscode-languageserver/node.js'
import { TextDocument } from 'vscode-languageserver-textdocument'
import { clearConfigCache, findConfig } from '../config/load.js'
import { createPathLinter, type PathLinter } from '../config/path-linter.js'
import { configForPath } from '../config/overrides.js'
import { formatFromPath } from '../document.js'
import { lintUnderFrontMatter } from '../input/front-matter.js'
import { actionsFor, fixAllAction, FIX_ALL_KIND } from './actions.js'
import { toLspDiagnostic } from './convert.js'
import { CORPUS_EXTENSIONS, lintCorpus } from './corpus.js'
import type { Config, Format, ReplyContext } from '../types.js'
import '../input/register-parsers.js'
import '../register-detector.js'

/** Client settings under `netiquette` (initializationOptions or workspace/didChangeConfiguration). */
export interface ServerSettings {
  channel?: ReplyContext['channel']
  language?: ReplyContext['language']
  followup?: boolean
  customer?: { name?: string; message?: string }
  /** Milliseconds of quiet after a change before linting (default 200). */
  debounceMs?: number
}

const CONFIG_FILE = /(?:^|[\\/])(?:\.netiquetterc(?:\.json|\.ya?ml)?|netiquette\.config\.m?js|package\.json)$/

export function startLanguageServer(connection: Connection = createConnection(process.stdin, process.stdout)): Connection {
  const documents = new TextDocuments(TextDocument)
  let settings: ServerSettings = {}
  // By config file ('' when none); each routes a document to its `overrides` by path.
  const linters = new Map<string, PathLinter>()
  const configs = new Map<string, { config: Config; key: string }>() // by folder
  const timers = new Map<string, NodeJS.Timeout>()

  const log = (message: string): void => connection.console.error(`netiquette: ${message}`)

  async function linterFor(path: string | undefined): Promise<PathLinter> {
    const folder = path ? dirname(path) : process.cwd()
    let found = configs.get(folder)
    if (!found) {
      const loaded = await findConfig(folder)
      found = { config: loaded.config, key: loaded.filepath ?? '' }
      configs.set(folder, found)
    }
    let linter = linters.get(found.key)
    if (!linter) {
      linter = createPathLinter(found.config)
      linters.set(found.key, linter)
    }
    return linter
  }

  function pathOf(doc: TextDocument): string | undefined {
    return doc.uri.startsWith('file:') ? fileURLToPath(doc.uri) : undefined
  }

  function contextFor(path: string | undefined): ReplyContext {
    return {
      ...(settings.channel ? { channel: settings.channel } : {}),
      ...(settings.language ? { language: settings.language } : {}),
      ...(settings.followup !== undefined ? { followup: settings.followup } : {}),
      ...(settings.customer ? { customer: settings.customer } : {}),
      ...(path ? { path } : {}),
    }
  }

  const isCorpus = (path: string | undefined): boolean => path !== undefined && CORPUS_EXTENSIONS.includes(extname(path).toLowerCase())

  async function diagnose(doc: TextDocument): Promise<LspDiagnostic[]> {
    const path = pathOf(doc)
    const text = doc.getText()
    if (isCorpus(path)) {
      const folder = dirname(path!)
      const { config } = await findConfig(folder)
      // The corpus is checked from a temporary copy: its overrides are resolved for the real path here.
      return lintCorpus(text, path!, configForPath(config, path))
    }
    const linter = await linterFor(path)
    const { result } = await lintUnderFrontMatter(linter, text, contextFor(path))
    return result.messages.map((d) => toLspDiagnostic(doc, d))
  }

  async function validate(doc: TextDocument): Promise<void> {
    let diagnostics: LspDiagnostic[]
    try {
      diagnostics = await diagnose(doc)
    } catch (error) {
      // A bad config or front matter is one finding at the top, not a crashed server.
      diagnostics = [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, severity: 1, source: 'netiquette', message: (error as Error).message.split('\n')[0]! }]
    }
    // The document may have changed while linting: publish only for the version we linted.
    if (documents.get(doc.uri)?.version === doc.version) void connection.sendDiagnostics({ uri: doc.uri, version: doc.version, diagnostics })
  }

  function schedule(doc: TextDocument, delay: number): void {
    clearTimeout(timers.get(doc.uri))
    timers.set(
      doc.uri,
      setTimeout(() => {
        timers.delete(doc.uri)
        const current = documents.get(doc.uri)
        if (current) void validate(current)
      }, delay),
    )
  }

  function revalidateAll(): void {
    linters.clear()
    configs.clear()
    clearConfigCache()
    for (const doc of documents.all()) schedule(doc, 0)
  }

  let watchConfigFiles = false
  connection.onInitialize((params) => {
    watchConfigFiles = params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true
    settings = (params.initializationOptions as { netiquette?: ServerSettings } | undefined)?.netiquette ?? (params.initializationOptions as ServerSettings | undefined) ?? {}
    return {
      capabilities: {
        textDocumentSync: TextDocumentSyncKind.Incremental,
        codeActionProvider: { codeActionKinds: ['quickfix', 'refactor.rewrite', FIX_ALL_KIND] },
      },
      serverInfo: { name: 'netiquette' },
    }
  })

  connection.onInitialized(() => {
    if (watchConfigFiles) {
      void connection.client.register(DidChangeWatchedFilesNotification.type, {
        watchers: [{ globPattern: '**/{.netiquetterc,.netiquetterc.json,.netiquetterc.yaml,.netiquetterc.yml,netiquette.config.js,netiquette.config.mjs,package.json}' }],
      })
    }
  })
  connection.onDidChangeConfiguration((change) => {
    const next = (change.settings as { netiquette?: ServerSettings } | undefined)?.netiquette
    if (next) settings = next
    for (const doc of documents.all()) schedule(doc, 0)
  })
  connection.onDidChangeWatchedFiles(() => revalidateAll())

  documents.onDidOpen((e) => schedule(e.document, 0))
  documents.onDidChangeContent((e) => schedule(e.document, settings.debounceMs ?? 200))
  documents.onDidSave((e) => {
    const path = pathOf(e.document)
    if (path && CONFIG_FILE.test(path)) revalidateAll()
  })
  documents.onDidClose((e) => {
    clearTimeout(timers.get(e.document.uri))
    void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] })
  })

  connection.onCodeAction(async ({ textDocument, context }) => {
    const doc = documents.get(textDocument.uri)
    if (!doc) return []
    const path = pathOf(doc)
    if (isCorpus(path)) return []
    let linter: PathLinter | undefined
    try {
      linter = await linterFor(path)
    } catch (error) {
      log((error as Error).message)
    }
    // A config `format` (for the file's folder) beats the extension, as when linting.
    const format: Format = linter?.configFor(path).format ?? formatFromPath(path)
    const actions = actionsFor(doc, format, context.diagnostics)
    if (!linter || (context.only && !context.only.some((kind) => FIX_ALL_KIND.startsWith(kind)))) return actions
    try {
      const { text: fixed } = await lintUnderFrontMatter(linter, doc.getText(), contextFor(path), { fix: true })
      const all = fixAllAction(doc, fixed)
      if (all) actions.push(all)
    } catch (error) {
      log((error as Error).message)
    }
    return actions
  })

  documents.listen(connection)
  connection.listen()
  return connection
}
