// `netiquette serve` checks every request body before any work is queued (src/server/protocol.ts): the
// service runs in a child process in test/server.test.ts, where coverage cannot see these checks, so they
// are tested here directly. A request may configure rules and inline data, never name a file on the server.
import { describe, expect, it } from 'vitest'
import { parseRequest, RequestError } from '../src/server/protocol.js'

/** The status and one-line reason the service answers for `body`. */
function refusal(body: string): [number, string] {
  try {
    parseRequest(body)
  } catch (error) {
    if (error instanceof RequestError) return [error.status, error.message]
    throw error
  }
  throw new Error('accepted')
}

describe('service requests: accepted', () => {
  it('keeps the draft, the context keys the library knows and the rule settings', () => {
    const body = JSON.stringify({
      text: 'hey, pls send ur order number asap',
      context: { channel: 'chat', format: 'text', language: 'en', followup: true, customer: { name: 'Maria Lopez', message: 'Where is my parcel?' }, path: 'macros/reply.txt' },
      config: { rules: { informal: 'warn' }, allow: ['Acme Cloud'], templates: [{ id: 'thanks', body: 'Thanks for waiting!' }] },
    })
    expect(parseRequest(body)).toEqual({
      text: 'hey, pls send ur order number asap',
      context: { channel: 'chat', format: 'text', language: 'en', followup: true, customer: { name: 'Maria Lopez', message: 'Where is my parcel?' }, path: 'macros/reply.txt' },
      config: { rules: { informal: 'warn' }, allow: ['Acme Cloud'], templates: [{ id: 'thanks', body: 'Thanks for waiting!' }] },
    })
  })

  it('treats a missing or null context and config as none, and drops keys given as undefined or unknown to the library', () => {
    expect(parseRequest('{"text":"Thanks, Maria!"}')).toEqual({ text: 'Thanks, Maria!', context: {}, config: {} })
    expect(parseRequest('{"text":"Thanks!","context":null,"config":null}')).toEqual({ text: 'Thanks!', context: {}, config: {} })
    expect(parseRequest('{"text":"Thanks!","context":{"customer":{"name":"Maria"},"ticket":42}}').context).toEqual({ customer: { name: 'Maria' } })
    expect(parseRequest('{"text":"Thanks!","context":{"customer":null}}').context).toEqual({})
  })
})

describe('service requests: refused with 400 and one line', () => {
  it.each([
    ['not JSON', '{"text": "Hi', /^invalid JSON: /],
    ['a list', '["Hi Maria"]', /^the body must be a JSON object \{ text, context\?, config\? \}$/],
    ['no text', '{"context":{}}', /^text must be a string$/],
    ['a number as text', '{"text":42}', /^text must be a string$/],
    ['a context that is a string', '{"text":"Hi","context":"chat"}', /^context must be an object$/],
    ['an unknown channel', '{"text":"Hi","context":{"channel":"fax"}}', /^context\.channel must be one of email, chat, social, sms$/],
    ['an unknown format', '{"text":"Hi","context":{"format":"pdf"}}', /^context\.format must be one of text, markdown, html$/],
    ['an unknown language', '{"text":"Hi","context":{"language":"xx"}}', /^context\.language must be one of /],
    ['followup as a string', '{"text":"Hi","context":{"followup":"yes"}}', /^context\.followup must be true or false$/],
    ['the customer as a name', '{"text":"Hi","context":{"customer":"Maria"}}', /^context\.customer must be an object with name and message$/],
    ['a customer name that is a number', '{"text":"Hi","context":{"customer":{"name":5}}}', /^context\.customer\.name must be a string$/],
    ['a path that is not a string', '{"text":"Hi","context":{"path":["a.txt"]}}', /^context\.path must be a string$/],
    ['a config that is a list', '{"text":"Hi","config":[]}', /^config must be an object$/],
  ])('%s', (_, body, reason) => {
    const [status, message] = refusal(body)
    expect(status).toBe(400)
    expect(message).toMatch(reason)
    expect(message).not.toContain('\n')
  })

  it('never lets a request name a file on the server: a working folder, template paths, a key it does not know', () => {
    expect(refusal('{"text":"Hi","config":{"cwd":"/etc"}}')).toEqual([400, 'config.cwd is not accepted in a request'])
    expect(refusal('{"text":"Hi","config":{"templates":["/etc/passwd"]}}')).toEqual([400, 'config.templates must be a list of { id, body } records (paths are not accepted in a request)'])
    expect(refusal('{"text":"Hi","config":{"templates":[{"id":"a","path":"/etc/passwd"}]}}')).toEqual([400, 'config.templates must be a list of { id, body } records (paths are not accepted in a request)'])
    expect(refusal('{"text":"Hi","config":{"templates":"macros/"}}')).toEqual([400, 'config.templates must be a list of { id, body } records (paths are not accepted in a request)'])
  })
})
