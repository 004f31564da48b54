/**
 * `pii`: secrets written into the reply: a full payment card number (Luhn-valid), a US SSN, an
 * IBAN (mod-97), a Turkish identity number (TC Kimlik No, checksum), a password or one-time code
 * in clear, an API key or secret token. Reads `doc.textWithCode()` (quoted customer text masked;
 * the agent's code spans, URLs and e-mail addresses kept, so a password in backticks or a card
 * number next to a link is still seen). The number checks run on
 * every draft; English cue words too, Turkish ones (`geçici şifreniz`) on Turkish drafts, where a
 * valid TC Kimlik No needs no cue (elsewhere it needs one: `T.C. kimlik`, `TCKN`, `Turkish ID`).
 */
import { defineRule, perLanguage } from '../../src/rule.js'
import { options, string, strings } from '../../src/config/schema.js'
import { languageData } from '../../src/kit/language-pack.js'
import { withArticle } from '../../src/kit/article.js'
import { Detector, type PiiData, type Secret } from './detect.js'
import { TurkishSecrets, type TurkishPiiData } from './turkish.js'

export interface PiiOptions {
  add?: Partial<Pick<PiiData, 'keys' | 'genericKeyCues' | 'passwordWords' | 'secretCodeKinds' | 'nonSecretCodeKinds' | 'notCardContext'>>
  /** Detectors to switch off: `card`, `ssn`, `iban`, `tckn`, `password`, `code`, `key`. */
  ignore?: string[]
}

const URLISH = /^(?:https?:\/\/|www\.)|^[\w.-]+\.[a-z]{2,}(?:\/|$)/i

/** What a draft's language reads: the detector and, for the TC Kimlik No and local cues, TurkishSecrets. */
interface Pack {
  detector: Detector
  /** Built on first use: on an English draft only when it has 11 digits in a row. */
  secrets: () => TurkishSecrets
  /** The language has cue words of its own (Turkish): read them on every draft, not only on one with 11 digits. */
  localCues: boolean
}

const rule = defineRule({
  meta: {
    id: 'pii',
    description: 'Card numbers, SSNs, IBANs, TC Kimlik numbers, passwords, one-time codes and API keys written into the reply',
    severity: 'error',
    fixable: true,
    category: 'safety',
    languages: ['*'],
    schema: options({
      add: options({
        keys: { type: 'array', items: { type: 'object', required: ['name', 'pattern'], additionalProperties: false, properties: { name: string, pattern: { type: 'string', format: 'regex' } } } },
        genericKeyCues: strings,
        passwordWords: strings,
        secretCodeKinds: strings,
        nonSecretCodeKinds: strings,
        notCardContext: strings,
      }),
      ignore: { type: 'array', items: { type: 'string', enum: ['card', 'ssn', 'iban', 'tckn', 'password', 'code', 'key'] } },
    }),
    messages: {
      card: 'A full card number is in the reply: never send card numbers in clear. Mask it to the last four digits (“{{mask}}”).',
      ssn: 'A full Social Security number is in the reply: never send it in clear. Mask it to the last four digits (“{{mask}}”).',
      iban: "The customer's full IBAN is in the reply: mask it to the last four characters (“{{mask}}”).",
      tckn: 'A full Turkish identity number (TC Kimlik No) is in the reply: never send it in clear. Mask it to the last four digits (“{{mask}}”).',
      password: '{{aLabel}} is given in clear: anyone who sees this reply can use it. Send a reset link instead.',
      code: 'A one-time code is given in clear: anyone who sees this reply can use it. Ask the customer to request a new code instead.',
      key: '{{aLabel}} is in the reply: anyone who sees it can use it. Revoke it and send a link to the key settings or a reset link instead.',
    },
  },
  prepare: (opts: PiiOptions) => {
    const add = opts.add ?? {}
    const en = languageData<PiiData>('pii', 'en')
    const data: PiiData = {
      ...en,
      keys: [...en.keys, ...(add.keys ?? [])],
      genericKeyCues: [...en.genericKeyCues, ...(add.genericKeyCues ?? [])],
      passwordWords: [...en.passwordWords, ...(add.passwordWords ?? [])],
      secretCodeKinds: [...en.secretCodeKinds, ...(add.secretCodeKinds ?? [])],
      nonSecretCodeKinds: [...en.nonSecretCodeKinds, ...(add.nonSecretCodeKinds ?? [])],
      notCardContext: [...en.notCardContext, ...(add.notCardContext ?? [])],
    }
    const english = new Detector(data)
    return {
      off: new Set(opts.ignore ?? []),
      // English cue words are read on every draft; another language's pii data adds its own cues and
      // order or cargo words before a card-length number (Turkish), built on its first draft.
      packOf: perLanguage((language): Pack => {
        const local = language === 'en' ? undefined : languageData<TurkishPiiData>('pii', language)
        let secrets: TurkishSecrets | undefined
        return {
          detector: local ? new Detector({ ...data, notCardContext: [...data.notCardContext, ...local.notCardContext] }) : english,
          secrets: () => (secrets ??= new TurkishSecrets(local)),
          localCues: local !== undefined,
        }
      }),
    }
  },
  create: (ctx) => {
    const doc = ctx.document
    const { off } = ctx.state
    const pack = ctx.state.packOf(ctx.language)
    const urls = doc.tokens.filter((t) => URLISH.test(doc.raw.slice(t.start, t.end)))
    const text = doc.textWithCode()
    // The customer asked about a code (`The login code never arrives`): `I've generated a new one: 739104` is one.
    const message = doc.context.customer.message
    const codeTalk = message ? pack.detector.talksAboutCode(message) : false
    const found = pack.detector.find(text, urls, doc.placeholders, codeTalk)
    if (pack.localCues || /\d{11}/.test(text)) {
      for (const s of pack.secrets().find(text, urls)) {
        if (!found.some((f) => s.start < f.end && s.end > f.start) && !doc.placeholders.some((p) => s.start < p.end && s.end > p.start)) found.push(s)
      }
      found.sort((a, b) => a.start - b.start)
    }
    for (const secret of found) {
      if (off.has(secret.kind)) continue
      ctx.report({ messageId: secret.kind, data: { mask: secret.mask ?? '', label: secret.label, aLabel: withArticle(secret.label, { capitalize: true }) }, start: secret.start, end: secret.end, expected: suggestion(secret), fix: secret.mask })
    }
  },
})

function suggestion(s: Secret): string[] {
  if (s.mask) return [s.mask]
  if (s.kind === 'code') return ['ask the customer to request a new code']
  if (s.kind === 'key') return ['send a link to the key settings instead']
  return ['send a password reset link instead']
}

export default rule
