/**
 * `netiquette serve`: the linter over HTTP for help desks written in any language.
 *
 *   POST /v1/lint  { text, context?, config? }  → the library's LintResult
 *   POST /v1/fix   { text, context?, config? }  → { text, result } (the fixed text and what remains)
 *   GET  /v1/rules                               → { rules: [{ id, description, severity, … }] }
 *   GET  /healthz                                → { status: "ok" }
 *
 * Bodies over the limit get 413, bad JSON or context 400 with a one-line reason, a draft that takes
 * longer than the time limit 503. Nothing of a request (body, draft, customer) is ever logged:
 * drafts hold customer data.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { parseRequest, RequestError } from './protocol.js'
import { WorkerPool } from './pool.js'
import type { Config } from '../types.js'

export interface ServiceOptions {
  port?: number
  host?: string
  /** Worker threads (default: the machine's cores). */
  workers: number
  /** Milliseconds a request may take (default 10,000). */
  timeoutMs?: number
  /** Largest request body in bytes (default 1 MB). */
  maxBodyBytes?: number
  /** Config every request starts from (the server's own, from its config file). */
  baseConfig?: Config
  workerUrl: URL
  /** Rule metadata for GET /v1/rules. */
  rules: readonly object[]
}

export interface Service {
  server: Server
  /** Where it listens, once listening. */
  address(): AddressInfo
  /** Stop accepting, answer what is in flight, stop the workers. */
  close(): Promise<void>
}

const JSON_TYPE = 'application/json; charset=utf-8'

export async function startService(options: ServiceOptions): Promise<Service> {
  const maxBody = options.maxBodyBytes ?? 1_000_000
  const pool = new WorkerPool({ size: options.workers, timeoutMs: options.timeoutMs ?? 10_000, workerUrl: options.workerUrl })
  const rulesBody = JSON.stringify({ rules: options.rules })

  const server = createServer((req, res) => {
    handle(req, res).catch(() => send(res, 500, { error: 'internal error' }))
  })

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://service')
    if (req.method === 'GET' && url.pathname === '/healthz') return send(res, 200, { status: 'ok' })
    if (req.method === 'GET' && url.pathname === '/v1/rules') return sendRaw(res, 200, rulesBody)
    const kind = url.pathname === '/v1/lint' ? 'lint' : url.pathname === '/v1/fix' ? 'fix' : undefined
    if (!kind) return send(res, 404, { error: `no such endpoint: ${req.method} ${url.pathname}` })
    if (req.method !== 'POST') {
      res.setHeader('allow', 'POST')
      return send(res, 405, { error: `${url.pathname} takes POST` })
    }
    try {
      const body = await readBody(req, maxBody)
      const request = parseRequest(body)
      const config = mergeConfig(options.baseConfig, request.config)
      const result = await pool.run(kind, request.text, request.context, config)
      if (result.ok) return send(res, 200, result.body)
      return send(res, result.status, { error: result.error })
    } catch (error) {
      if (error instanceof RequestError) {
        if (error.status === 413) res.setHeader('connection', 'close')
        return send(res, error.status, { error: error.message })
      }
      throw error
    }
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port ?? 8080, options.host ?? '127.0.0.1', () => resolve())
  })

  let closing: Promise<void> | undefined
  return {
    server,
    address: () => server.address() as AddressInfo,
    close: () =>
      (closing ??= (async () => {
        const stopped = new Promise<void>((resolve) => server.close(() => resolve()))
        server.closeIdleConnections()
        await pool.drained()
        await stopped
        await pool.close()
      })()),
  }
}

/** The request config over the server's: rule settings merged key by key. */
function mergeConfig(base: Config | undefined, request: Config): Config {
  if (!base) return request
  return { ...base, ...request, rules: { ...base.rules, ...request.rules } }
}

function readBody(req: IncomingMessage, limit: number): Promise<string> {
  const declared = Number(req.headers['content-length'])
  if (Number.isFinite(declared) && declared > limit) {
    req.resume()
    return Promise.reject(new RequestError(413, `the body is over the limit of ${limit} bytes`))
  }
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    req.on('data', (chunk: Buffer) => {
      size += chunk.length
      if (size > limit) {
        req.removeAllListeners('data')
        req.resume()
        reject(new RequestError(413, `the body is over the limit of ${limit} bytes`))
        return
      }
      chunks.push(chunk)
    })
    req.on('end', () => {
      const body = Buffer.concat(chunks)
      try {
        resolve(new TextDecoder('utf-8', { fatal: true }).decode(body))
      } catch {
        reject(new RequestError(400, 'the body is not valid UTF-8'))
      }
    })
    req.on('error', reject)
  })
}

function send(res: ServerResponse, status: number, body: unknown): void {
  sendRaw(res, status, JSON.stringify(body))
}

function sendRaw(res: ServerResponse, status: number, body: string): void {
  if (res.headersSent) return
  res.writeHead(status, { 'content-type': JSON_TYPE, 'content-length': Buffer.byteLength(body) })
  res.end(body)
}
