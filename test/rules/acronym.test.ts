import { describe, expect, it } from 'vitest'
import { only } from '../helpers.js'
import { createLinter } from '../../src/linter.js'
import { acronymData, looksLikeAcronym, pluralize } from '../../rules/acronym/lexicon.js'
import { findDefinitions } from '../../rules/acronym/definitions.js'

const hits = (text: string, ctx = {}, options?: Record<string, unknown>, config = {}) => only('acronym', text, ctx, options, config)
const actuals = (text: string, ctx = {}, options?: Record<string, unknown>) => hits(text, ctx, options).map((m) => m.actual)

describe('acronym: fires', () => {
  it('flags the first use with its position, the expansion and a fix', () => {
    const text = 'Hi Sam,\n\nThe courier has your parcel and the ETA is Thursday.\n\nBest,\nLena'
    const [m, ...rest] = hits(text)
    expect(rest).toEqual([])
    expect(m).toMatchObject({
      ruleId: 'acronym',
      severity: 'warning',
      actual: 'ETA',
      line: 3,
      column: 37,
      suggestions: ['estimated time of arrival (ETA)'],
      fix: { offset: 45, endOffset: 48, text: 'estimated time of arrival (ETA)' },
    })
    expect(m!.message).toBe('"ETA" is not spelled out; customers may not know it. Write “estimated time of arrival (ETA)” the first time.')
  })

  it('reports one diagnostic per acronym, at its first use', () => {
    const found = hits('Your RMA is approved. Print the RMA label and write the RMA number on the box.')
    expect(found.map((m) => [m.actual, m.offset])).toEqual([['RMA', 5]])
  })

  it('changes the article when spelling out (an RMA → a return merchandise authorization (RMA))', () => {
    const text = "I've issued an RMA for the headset."
    const [m] = hits(text)
    expect(m!.fix).toEqual({ offset: 12, endOffset: 18, text: 'a return merchandise authorization (RMA)' })
    const linter = createLinter({ extends: ['netiquette:recommended'], rules: { acronym: 'warn' } })
    expect(linter.fixSync(text)).toBe("I've issued a return merchandise authorization (RMA) for the headset.")
  })

  it('spells out a plural and capitalises at the start of a sentence', () => {
    const [m] = hits('SKUs ending in -B ship from our second warehouse.')
    expect(m).toMatchObject({ actual: 'SKUs', suggestions: ['Stock keeping units (SKUs)'], fix: { text: 'Stock keeping units (SKUs)' } })
  })

  it('flags banking acronyms in one reply, each once', () => {
    const found = hits('To raise your ACH limit we first need a KYC review. After the KYC review, ACH transfers above $5,000 work.')
    expect(found.map((m) => [m.actual, m.suggestions])).toEqual([
      ['ACH', ['Automated Clearing House (ACH)']],
      ['KYC', ['know your customer (KYC)']],
    ])
  })

  it('flags acronyms with digits (2FA, 3PL)', () => {
    expect(actuals('Turn on 2FA in Settings. Our 3PL ships the replacement tomorrow.')).toEqual(['2FA', '3PL'])
  })

  it('offers several expansions without a fix when the acronym is ambiguous', () => {
    const [m] = hits('Please confirm the POC for this account by Friday.')
    expect(m).toMatchObject({ actual: 'POC', suggestions: ['point of contact (POC)', 'proof of concept (POC)'] })
    expect(m!.fix).toBeUndefined()
  })

  it('flags an unknown consonant-heavy acronym without an expansion', () => {
    const [m] = hits('Your QBR deck is attached, Ana. Let me know if anything is missing.')
    expect(m).toMatchObject({ actual: 'QBR', suggestions: [] })
    expect(m!.fix).toBeUndefined()
    expect(m!.message).toMatch(/^"QBR" is not spelled out; customers may not know it\./)
  })

  it('still flags the first use when the definition only comes later', () => {
    const found = hits('Your TAT is 5 days. Turnaround time (TAT) starts when we receive the device.')
    expect(found.map((m) => [m.actual, m.offset, m.suggestions, m.fix])).toEqual([['TAT', 5, [], undefined]])
    expect(found[0]!.message).toMatch(/spelled out later/)
  })

  it('flags insurance, telecom and airline acronyms', () => {
    expect(actuals('Your EOB shows the PPO discount.')).toEqual(['EOB', 'PPO'])
    expect(actuals('Please send us the IMEI so we can unlock the phone.')).toEqual(['IMEI'])
    expect(actuals('Please share your PNR and we will check the seat.')).toEqual(['PNR'])
  })
})

describe('acronym: does not fire', () => {
  it.each([
    ['widely known acronyms', 'Your PIN, the PDF of your bill and the FAQ are in the app. The ATM in the UK works too, OK?'],
    ['times, zones and units', 'The store opens at 9 AM GMT and the parcel weighs 2 KG.'],
    ['a defined acronym, expansion first', 'We issued a Return Merchandise Authorization (RMA). Print the RMA label and ship it.'],
    ['a defined acronym, acronym first', 'Your RMA (return merchandise authorization) is ready. The RMA number is on the label.'],
    ['a defined acronym with digits', 'Please set up two-factor authentication (2FA). Once 2FA is on, sign in again.'],
    ['stands for', 'ETA stands for estimated time of arrival: your ETA is Friday.'],
    ['promo and error codes', 'Use code SAVE20 at checkout. If you see E404, refresh the page.'],
    ['order and booking references', 'Your order KXRT ships today and booking HQDJPH is confirmed. The RMA-55812 label is attached.'],
    ['shouted words', 'That offer is NOT available in store, but shipping is FREE. PLEASE keep your receipt.'],
    ['a sentence in capitals', 'PLEASE DO NOT SHARE YOUR PIN OR SSN WITH ANYONE.'],
    ['agent initials on social replies', 'Glad we could help! ^JKL', 'Happy flying! *TDL'],
    ['a sign-off after a dash', 'Thanks for waiting, we fixed it. -KC'],
    ['airport codes', 'Your flight from JFK to LHR leaves at 6 pm.'],
    ['route codes', 'The DPS-DMK-PNH route moved to 8:25.'],
    ['amounts with currency codes', 'The upgrade is 102.82 MYR per guest.'],
    ['hashtags and handles', 'Follow #NRCFAM and @TeamXYZ for updates.'],
    ['product names before app', 'Log out of the NRC app, restart your phone, then open NRC again.'],
    ['roman numerals', 'Call of Duty: WWII and Rocky III are back in stock.'],
    ['interjections', 'HMM, that is odd. GRR, sorry!'],
    ['placeholders and URLs', 'Hi {{first_name}}, see https://example.com/KYC-FAQ for help.'],
  ])('is silent on %s', (_label, ...texts) => {
    for (const text of texts) expect(actuals(text)).toEqual([])
  })

  it('regression (real social replies): names, nicknames and everyday acronyms', () => {
    expect(actuals('Open NRC on your watch first, then log out of the NRC app and back in.')).toEqual([])
    expect(actuals('Are you on the NRC or NTC app? Tell us the version too.')).toEqual([])
    expect(actuals("You're the real MVP! Enjoy the BBQ pizza and the BTS album.")).toEqual([])
    expect(actuals('Your Cloud DVR keeps shows for 9 months, and COD fans will love the new display.')).toEqual([])
    expect(actuals('Hi there! Please DM us your booking number. Thanks -Sha')).toEqual([])
  })

  it('is silent on acronyms the customer used first', () => {
    expect(actuals('Sure, the ETA is Friday by 5 pm.', { customer: { message: 'what is the ETA on my order?' } })).toEqual([])
  })

  it('is silent on quoted customer text', () => {
    expect(actuals('Thanks, we will check.\n\n> my RMA and the SLA are wrong')).toEqual([])
  })
})

describe('acronym: options and data', () => {
  it('adds acronyms and allows others from options', () => {
    const found = hits('Our NOC saw the outage; the SLA credit is automatic.', {}, { add: { NOC: 'network operations centre' }, allow: ['SLA'] })
    expect(found.map((m) => [m.actual, m.suggestions])).toEqual([['NOC', ['network operations centre (NOC)']]])
  })

  it('honours the shared allow list', () => {
    expect(hits('Your ETA is Friday.', {}, undefined, { allow: ['ETA'] })).toEqual([])
  })

  it('flags only dictionary acronyms with unknown: false', () => {
    expect(actuals('Your QBR and the SLA report are attached.', {}, { unknown: false })).toEqual(['SLA'])
  })

  it('has at least 150 expansions and 60 known acronyms', () => {
    const data = acronymData()
    expect(Object.keys(data.expansions).length).toBeGreaterThanOrEqual(150)
    expect(Object.values(data.known).flat().length).toBeGreaterThanOrEqual(60)
    for (const [acr, list] of Object.entries(data.expansions)) expect(list.length, acr).toBeGreaterThan(0)
  })

  it('tells acronyms from words by their letters', () => {
    expect(['NPS', 'CRM', 'CSAT', 'RMA', 'NDA'].filter(looksLikeAcronym)).toEqual(['NPS', 'CRM', 'CSAT', 'RMA', 'NDA'])
    expect(['NOT', 'FREE', 'HELP', 'SOON', 'STOP', 'ALL'].filter(looksLikeAcronym)).toEqual([])
  })

  it('pluralizes expansions and finds definitions', () => {
    expect(pluralize('stock keeping unit')).toBe('stock keeping units')
    expect(pluralize('Net Promoter Score')).toBe('Net Promoter Scores')
    expect(pluralize('letter of authorization')).toBe('letter of authorizations')
    expect([...findDefinitions('a PlayStation Network (PSN) account and a TAT (turnaround time)').keys()]).toEqual(['PSN', 'TAT'])
  })
})

describe('acronym on social and in context (issue 15 judged real replies)', () => {
  const social = { channel: 'social' as const }
  it('leaves a brand-like caps word it cannot expand alone on social, but not in an e-mail', () => {
    const text = 'Which version of the GRX tracker are you on? Restart GRX and try again.'
    expect(actuals(text, social)).toEqual([])
    expect(hits(text, { channel: 'email' }).map((m) => [m.ruleId, m.offset, m.actual])).toEqual([['acronym', 21, 'GRX']])
  })

  it('treats everyday and regional abbreviations as known on social only', () => {
    expect(actuals('@ola_p Your new ETA is 9 pm. Please DM us your DOB and NRIC number.', social)).toEqual([])
    expect(actuals('The courier says the ETA is 9 pm.', { channel: 'chat' })).toEqual(['ETA'])
  })

  it('still flags a support acronym with a known expansion on social', () => {
    const [m, ...rest] = hits('@ola_p We have issued an RMA for the speaker. ^JB', social)
    expect(rest).toEqual([])
    expect(m).toMatchObject({ ruleId: 'acronym', offset: 25, actual: 'RMA', suggestions: ['return merchandise authorization (RMA)'] })
  })

  it('counts an acronym in parentheses after a capitalised name as explained', () => {
    expect(actuals('You can pay through Online Bank Transfer (FPX) on the website.', { channel: 'email' })).toEqual([])
    // One capitalised word is not a name that explains it.
    expect(actuals('You can pay through the Portal (FPX) on the website.', { channel: 'email' })).toEqual(['FPX'])
  })

  it('does not flag an acronym the customer used, even in the plural', () => {
    const ctx = { channel: 'chat' as const, customer: { message: 'I bought two DLCs and neither works' } }
    expect(actuals('Sorry about that! Is the DLC showing as installed?', ctx)).toEqual([])
  })
})

describe('acronym: blind-draft traps', () => {
  it('reads a caps value after "code is" as a code, and IBAN as a term every bank customer knows', () => {
    expect(actuals('Your booking code is XKQR and the gate opens at 14:20.', { channel: 'chat' })).toEqual([])
    expect(actuals('Please pay to our account, IBAN GB00 TEST 0000 0000 0000 00, with your customer number as the reference.', { channel: 'sms' })).toEqual([])
  })
})

describe('acronym: product names (issue 15, templates)', () => {
  it('does not flag an acronym that ends a product name', () => {
    expect(actuals('Please update the Angular CLI and run the build again.', { channel: 'email' })).toEqual([])
    expect(actuals('You can also use the Contoso Cloud SDK for this.', { channel: 'email' })).toEqual([])
  })
  it('still flags the same acronym on its own', () => {
    expect(hits('Please update the CLI and run the build again.', { channel: 'email' }).map((m) => [m.ruleId, m.offset, m.actual])).toEqual([['acronym', 18, 'CLI']])
  })
})
