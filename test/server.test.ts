// `netiquette serve`, tested over real HTTP on the loopback address against the built CLI.
import { afterAll, describe, expect, it } from 'vitest'
import { spawn, type ChildProcess } from 'node:child_process'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { root } from './build.js'

const bin = join(root, 'bin', 'netiquette.cjs')

interface Running {
  child: ChildProcess
  base: string
  stderr: () => string
  exited: Promise<number | null>
}

const running: Running[] = []
afterAll(() => {
  for (const r of running) r.child.kill('SIGKILL')
})

/** Start the service on a free loopback port and wait for its "listening" line. */
async function start(args: string[] = []): Promise<Running> {
  const child = spawn(process.execPath, [bin, 'serve', '--port', '0', '--workers', '1', ...args], { stdio: ['ignore', 'pipe', 'pipe'] })
  let err = ''
  child.stderr!.on('data', (chunk: Buffer) => (err += chunk.toString()))
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)))
  const base = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no listening line: ${err}`)), 20_000)
    child.stderr!.on('data', () => {
      const match = /listening on (http:\/\/[^\s]+)/.exec(err)
      if (match) {
        clearTimeout(timer)
        resolve(match[1]!)
      }
    })
  })
  const r = { child, base, stderr: () => err, exited }
  running.push(r)
  return r
}

// The service answers JSON of many shapes; each test asserts the fields it reads.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
async function post(base: string, path: string, body: unknown): Promise<{ status: number; json: any }> {
  const res = await fetch(base + path, { method: 'POST', headers: { 'content-type': 'application/json' }, body: typeof body === 'string' ? body : JSON.stringify(body) })
  return { status: res.status, json: await res.json() }
}

const DRAFTS = [
  { text: 'Hi {{first_name}},\n\nSorry, that crap courier lost it.\n\nBest regards,\nSam\n', context: {} },
  { text: 'hey, pls send ur order number asap', context: { channel: 'chat', customer: { name: 'Maria Lopez', message: 'Where is my parcel??' } } },
  { text: 'Hi Maria,\n\nThank you for your patience. Your refund was sent today.\n\nBest regards,\nSam\n', context: { customer: { name: 'Maria Lopez' } } },
  { text: '<p>Hi Daniel,</p><p>Thanks for waiting: it ships today.</p><blockquote>what the hell</blockquote>', context: { format: 'html', channel: 'chat' } },
]

describe('netiquette serve', () => {
  it('answers lint, fix, rules and health checks like the library', async () => {
    const { base, stderr } = await start()
    expect(base).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/) // loopback unless --host says otherwise
    const health = await fetch(`${base}/healthz`)
    expect(health.status).toBe(200)
    expect(await health.json()).toEqual({ status: 'ok' })

    const library = (await import(pathToFileURL(join(root, 'dist', 'src', 'index.js')).href)) as typeof import('../src/index.js')
    const linter = library.createLinter({})
    for (const draft of DRAFTS) {
      const res = await post(base, '/v1/lint', draft)
      expect(res.status).toBe(200)
      expect(res.json).toEqual(JSON.parse(JSON.stringify(await linter.lint(draft.text, draft.context as never))))
    }
    const fixed = await post(base, '/v1/fix', { text: 'Hi [Customer Name], thx for waiting.', context: { channel: 'chat', customer: { name: 'Maria' } } })
    expect(fixed.status).toBe(200)
    expect(fixed.json.text).toBe('Hi Maria, thanks for waiting.')
    expect(fixed.json.result.messages).toEqual([])

    const rules = await fetch(`${base}/v1/rules`)
    const body = (await rules.json()) as { rules: Array<{ id: string; url: string }> }
    expect(body.rules.map((r) => r.id)).toEqual([...library.ruleIds])
    expect(body.rules.every((r) => r.url.startsWith('https://'))).toBe(true)

    // A request config applies to that request only.
    const off = await post(base, '/v1/lint', { ...DRAFTS[0], config: { rules: { profanity: 'off', placeholder: 'off' } } })
    expect(off.json.messages.map((m: { ruleId: string }) => m.ruleId)).not.toContain('profanity')
    const again = await post(base, '/v1/lint', DRAFTS[0])
    expect(again.json.messages.map((m: { ruleId: string }) => m.ruleId)).toContain('profanity')

    // Drafts hold customer data: nothing but the start-up line is ever written.
    expect(stderr().trim().split('\n')).toEqual([`netiquette serve: listening on ${base}`])
  })

  it('refuses bad requests with a status and a one-line reason', async () => {
    const { base } = await start(['--max-body', '2000'])
    const cases: Array<[unknown, number, string]> = [
      ['{not json', 400, 'invalid JSON'],
      ['[1,2]', 400, 'the body must be a JSON object { text, context?, config? }'],
      [{ text: 5 }, 400, 'text must be a string'],
      [{ text: 'Hi', context: { channel: 'fax' } }, 400, 'context.channel must be one of email, chat, social, sms'],
      [{ text: 'Hi', context: { customer: 'Maria' } }, 400, 'context.customer must be an object with name and message'],
      [{ text: 'Hi', context: { customer: { name: 5 } } }, 400, 'context.customer.name must be a string'],
      [{ text: 'Hi', config: { templates: ['/etc/passwd'] } }, 400, 'config.templates must be a list of { id, body } records (paths are not accepted in a request)'],
      [{ text: 'Hi', config: { cwd: '/' } }, 400, 'config.cwd is not accepted in a request'],
      [{ text: 'x'.repeat(3000) }, 413, 'the body is over the limit of 2000 bytes'],
    ]
    for (const [body, status, error] of cases) {
      const res = await post(base, '/v1/lint', body)
      expect(res.status, JSON.stringify(body).slice(0, 60)).toBe(status)
      expect(res.json.error.startsWith(error)).toBe(true)
      expect(res.json.error).not.toContain('\n')
    }
    expect((await fetch(`${base}/v1/lint`)).status).toBe(405)
    expect((await fetch(`${base}/v2/anything`)).status).toBe(404)
    // Still serving after all that.
    expect((await post(base, '/v1/lint', { text: 'Hi Maria, thanks for waiting.', context: { channel: 'chat' } })).status).toBe(200)
  })

  it('answers 503 for a draft over the time limit instead of hanging a worker', async () => {
    const { base } = await start(['--timeout', '20', '--max-body', '5000000'])
    const huge = 'Hi Maria,\n\n' + 'Thank you for waiting, your parcel is on its way and arrives on Friday. '.repeat(30_000)
    const first = await post(base, '/v1/lint', { text: huge })
    expect(first).toEqual({ status: 503, json: { error: 'linting took longer than 20 ms' } })
    // The worker was replaced, not left busy: the service still answers, and the next slow draft gets 503 too.
    expect((await fetch(`${base}/healthz`)).status).toBe(200)
    expect((await post(base, '/v1/lint', { text: huge })).status).toBe(503)
  })

  it('finishes the requests in flight on SIGTERM, then exits 0', async () => {
    const r = await start(['--max-body', '5000000'])
    const big = 'Hi Maria,\n\n' + 'Thank you for waiting, your parcel is on its way and arrives on Friday. '.repeat(8_000)
    const pending = post(r.base, '/v1/lint', { text: big })
    await new Promise((resolve) => setTimeout(resolve, 50))
    r.child.kill('SIGTERM')
    const res = await pending
    expect(res.status).toBe(200)
    expect(Array.isArray(res.json.messages)).toBe(true)
    expect(await r.exited).toBe(0)
  })

  it('checks its own flags (one line, exit 2)', async () => {
    const child = spawn(process.execPath, [bin, 'serve', '--port', '99999'], { stdio: ['ignore', 'pipe', 'pipe'] })
    let err = ''
    child.stderr!.on('data', (chunk: Buffer) => (err += chunk.toString()))
    const code = await new Promise<number | null>((resolve) => child.on('exit', resolve))
    expect(code).toBe(2)
    expect(err).toBe('netiquette: --port must be a whole number from 0 to 65535, got "99999"\n')
  })
})
