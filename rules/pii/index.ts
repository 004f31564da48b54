/**
 * `pii`: secrets written into the reply: a full payment card number (Luhn-valid), a US SSN, an
 * IBAN (mod-97), a Turkish identity number (TC Kimlik No, checksum), a password or one-time code
 * in clear, an API key or secret token. Reads `doc.textWithCode()` (quoted customer text masked;
 * the agent's code spans, URLs and e-mail addresses kept, so a password in backticks or a card
 * number next to a link is still seen). The number checks run on
 * every draft; English cue words too, Turkish ones (`geçici şifreniz`) on Turkish drafts, where a
 * valid TC Kimlik No needs no cue (elsewhere it needs one: `T.C. kimlik`, `TCKN`, `Turkish ID`).
 */
import { defineRule, report } from '../../src/rule.js'
import { options, string, strings } from '../../src/config/schema.js'
import { getDocument } from '../../src/document.js'
import { Detector, type PiiData, type Secret } from './detect.js'
import { TurkishSecrets } from './turkish.js'
import en from './en.json' with { type: 'json' }
import tr from './tr.json' with { type: 'json' }

export interface PiiOptions {
  add?: Partial<Pick<PiiData, 'keys' | 'genericKeyCues' | 'passwordWords' | 'secretCodeKinds' | 'nonSecretCodeKinds' | 'notCardContext'>>
  /** Detectors to switch off: `card`, `ssn`, `iban`, `tckn`, `password`, `code`, `key`. */
  ignore?: string[]
}

const URLISH = /^(?:https?:\/\/|www\.)|^[\w.-]+\.[a-z]{2,}(?:\/|$)/i

const rule = defineRule(
  {
    id: 'pii',
    description: 'Card numbers, SSNs, IBANs, TC Kimlik numbers, passwords, one-time codes and API keys written into the reply',
    severity: 'error',
    fixable: true,
    category: 'safety',
    languages: ['*'],
    schema: options({ add: options({ keys: { type: 'array', items: { type: 'object', required: ['name', 'pattern'], additionalProperties: false, properties: { name: string, pattern: { type: 'string', format: 'regex' } } } }, genericKeyCues: strings, passwordWords: strings, secretCodeKinds: strings, nonSecretCodeKinds: strings, notCardContext: strings }), ignore: { type: 'array', items: { type: 'string', enum: ['card', 'ssn', 'iban', 'tckn', 'password', 'code', 'key'] } } }),
  },
  (options) => {
    const opts = (options ?? {}) as PiiOptions
    const add = opts.add ?? {}
    const data: PiiData = {
      ...(en as PiiData),
      keys: [...en.keys, ...(add.keys ?? [])],
      genericKeyCues: [...en.genericKeyCues, ...(add.genericKeyCues ?? [])],
      passwordWords: [...en.passwordWords, ...(add.passwordWords ?? [])],
      secretCodeKinds: [...en.secretCodeKinds, ...(add.secretCodeKinds ?? [])],
      nonSecretCodeKinds: [...en.nonSecretCodeKinds, ...(add.nonSecretCodeKinds ?? [])],
      notCardContext: [...en.notCardContext, ...(add.notCardContext ?? [])],
    }
    const detector = new Detector(data)
    // Turkish drafts also know Turkish order and cargo words before a card-length number; built on first use.
    let turkishDetector: Detector | undefined
    let turkish: TurkishSecrets | undefined
    const off = new Set(opts.ignore ?? [])
    return (tree, file) => {
      const doc = getDocument(file, tree)
      const urls = doc.tokens.filter((t) => URLISH.test(doc.raw.slice(t.start, t.end)))
      const isTurkish = doc.context.language === 'tr'
      const main = isTurkish ? (turkishDetector ??= new Detector({ ...data, notCardContext: [...data.notCardContext, ...tr.notCardContext] })) : detector
      const text = doc.textWithCode()
      const found = main.find(text, urls, doc.placeholders)
      if (isTurkish || /\d{11}/.test(text)) {
        turkish ??= new TurkishSecrets()
        for (const s of turkish.find(text, isTurkish, urls)) {
          if (!found.some((f) => s.start < f.end && s.end > f.start) && !doc.placeholders.some((p) => s.start < p.end && s.end > p.start)) found.push(s)
        }
        found.sort((a, b) => a.start - b.start)
      }
      for (const secret of found) {
        if (off.has(secret.kind)) continue
        report(file, rule.meta, { start: secret.start, end: secret.end, reason: reason(secret), expected: suggestion(secret), fix: secret.mask })
      }
    }
  },
)

function reason(s: Secret): string {
  switch (s.kind) {
    case 'card':
      return `A full card number is in the reply: never send card numbers in clear. Mask it to the last four digits (“${s.mask}”).`
    case 'ssn':
      return `A full Social Security number is in the reply: never send it in clear. Mask it to the last four digits (“${s.mask}”).`
    case 'iban':
      return `The customer's full IBAN is in the reply: mask it to the last four characters (“${s.mask}”).`
    case 'tckn':
      return `A full Turkish identity number (TC Kimlik No) is in the reply: never send it in clear. Mask it to the last four digits (“${s.mask}”).`
    case 'password':
      return `A ${s.label} is given in clear: anyone who sees this reply can use it. Send a reset link instead.`
    case 'code':
      return 'A one-time code is given in clear: anyone who sees this reply can use it. Ask the customer to request a new code instead.'
    case 'key':
      return `A ${s.label} is in the reply: anyone who sees it can use it. Revoke it and send a link to the key settings or a reset link instead.`
  }
}

function suggestion(s: Secret): string[] {
  if (s.mask) return [s.mask]
  if (s.kind === 'code') return ['ask the customer to request a new code']
  if (s.kind === 'key') return ['send a link to the key settings instead']
  return ['send a password reset link instead']
}

export default rule
