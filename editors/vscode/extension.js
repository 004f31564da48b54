// The VS Code client for `netiquette lsp`: starts the language server from the workspace's netiquette
// (or the one on PATH) and hands it the user's settings. All the linting happens in the server.
'use strict'
const { existsSync } = require('node:fs')
const { join } = require('node:path')
const { workspace } = require('vscode')
const { LanguageClient } = require('vscode-languageclient/node')

let client

/** The server command: the `netiquette.path` setting, the workspace's install, else PATH. */
function serverOptions() {
  const configured = workspace.getConfiguration('netiquette').get('path')
  const local = (workspace.workspaceFolders ?? []).map((f) => join(f.uri.fsPath, 'node_modules', 'netiquette', 'bin', 'netiquette.cjs')).find(existsSync)
  const bin = configured || local
  return bin ? { command: process.execPath, args: [bin, 'lsp', '--stdio'], options: { env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' } } } : { command: 'netiquette', args: ['lsp', '--stdio'] }
}

/** Settings as the server reads them (`netiquette.*`), empty values left out. */
function settings() {
  const config = workspace.getConfiguration('netiquette')
  const channel = config.get('channel')
  const name = config.get('customer.name')
  return { ...(channel ? { channel } : {}), ...(name ? { customer: { name } } : {}), debounceMs: config.get('debounceMs') }
}

exports.activate = async function activate(context) {
  client = new LanguageClient('netiquette', 'netiquette', serverOptions(), {
    documentSelector: [
      { scheme: 'file', language: 'plaintext' },
      { scheme: 'file', language: 'markdown' },
      { scheme: 'file', language: 'html' },
      { scheme: 'file', pattern: '**/*.jsonl' },
    ],
    initializationOptions: { netiquette: settings() },
    synchronize: { fileEvents: workspace.createFileSystemWatcher('**/{.netiquetterc,.netiquetterc.json,.netiquetterc.yaml,.netiquetterc.yml,netiquette.config.js,netiquette.config.mjs,package.json}') },
  })
  context.subscriptions.push(
    workspace.onDidChangeConfiguration((event) => {
      if (event.affectsConfiguration('netiquette')) void client.sendNotification('workspace/didChangeConfiguration', { settings: { netiquette: settings() } })
    }),
  )
  await client.start()
}

exports.deactivate = function deactivate() {
  return client ? client.stop() : undefined
}
