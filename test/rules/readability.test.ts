import { describe, expect, it } from 'vitest'
import { only } from '../helpers.js'
import { fleschKincaid, syllables } from '../../rules/readability/index.js'
import type { Config, ReplyContext } from '../../src/types.js'

const lint = (text: string, ctx: ReplyContext = {}, options?: Record<string, unknown>, config: Config = {}) => only('readability', text, ctx, options, config)
const kinds = (text: string, ctx: ReplyContext = {}, options?: Record<string, unknown>, config: Config = {}) =>
  lint(text, ctx, options, config).map((m) => (m.message.startsWith('This reply') ? 'reply' : `sentence: ${m.actual.slice(0, 30)}`))

const DENSE =
  'Following a comprehensive investigation, our infrastructure engineering organisation determined that the intermittent authentication failures originated from a misconfigured synchronisation component.'
const DENSE_EMAIL = `Hi Jordan,\n\n${DENSE} Consequently, administrative reconfiguration of your subscription entitlements was necessary. Subsequently, verification procedures confirmed successful restoration of functionality across all registered devices.\n\nRegards,\nSam`

describe('readability: the formula', () => {
  it('computes Flesch–Kincaid grade and counts syllables with the syllable package', () => {
    expect(fleschKincaid(100, 5, 150)).toBeCloseTo(0.39 * 20 + 11.8 * 1.5 - 15.59, 6)
    expect([syllables('refund'), syllables('information'), syllables('authentication')]).toEqual([2, 4, 5])
  })
})

describe('readability: fires', () => {
  it('flags a dense e-mail as a whole and its hardest sentence, without greeting and sign-off', () => {
    const found = lint(DENSE_EMAIL)
    expect(found).toHaveLength(2)
    const [sentence, reply] = found
    expect(sentence).toMatchObject({ ruleId: 'readability', severity: 'warning', actual: DENSE, line: 3, column: 1 })
    expect(sentence!.message).toBe(
      'This sentence reads at grade 28.8 (target 10): 20 words, with long words like “investigation”, “organisation”, “authentication”. Split it or use shorter words.',
    )
    expect(sentence!.suggestions).toEqual(['investigation', 'organisation', 'authentication', 'originated', 'synchronisation'])
    // The whole-reply finding covers the reply's sentences, not the greeting or the sign-off.
    expect(reply!.offset).toBe(DENSE_EMAIL.indexOf('Following'))
    expect(reply!.endOffset).toBe(DENSE_EMAIL.indexOf('devices.') + 'devices.'.length)
    expect(reply!.message).toMatch(/^This reply reads at grade 2\d\.\d \(Flesch–Kincaid\), above the target of 10: sentences average 14 words/)
    expect(reply!.suggestions[0]).toBe('reconfiguration')
    expect(sentence!.fix).toBeUndefined()
  })

  it('judges a one-sentence reply on the sentence only', () => {
    const text = 'Your policy documentation indicates that reimbursement eligibility is contingent upon preauthorization from an authorized representative.'
    const [m, ...rest] = lint(text)
    expect(rest).toEqual([])
    expect(m).toMatchObject({ actual: text, offset: 0, endOffset: text.length })
    expect(m!.suggestions).toEqual(['eligibility', 'preauthorization', 'documentation', 'reimbursement', 'policy'])
  })

  it.each([
    ['banking', 'Pursuant to the applicable regulatory requirements, the beneficiary verification procedure must be completed prior to the reactivation of international transfer functionality.'],
    ['telecom', 'The intermittent connectivity degradation you experienced was attributable to electromagnetic interference affecting the distribution cabinet serving your residential address.'],
    ['airline', 'Due to unforeseen operational considerations, the scheduled aircraft was substituted, and consequently the complimentary seating allocation associated with your reservation was invalidated.'],
    ['SaaS', 'Organization administrators can reconfigure authentication requirements, including mandatory multifactor verification, within the security administration console immediately.'],
    ['e-commerce', 'Regrettably, automated fraud prevention mechanisms identified discrepancies between the billing information and the verification documentation associated with your transaction.'],
    ['utilities', 'Estimated consumption calculations are automatically generated whenever meter accessibility limitations prevent our representatives from obtaining actual readings.'],
  ])('flags a hard %s sentence', (_industry, text) => {
    expect(kinds(text)).toEqual([`sentence: ${text.slice(0, 30)}`])
  })

  it('flags a reply above a lower target from shared config, and the rule option wins over it', () => {
    const text =
      'We have reviewed your account. The additional charge appeared because your subscription renewed automatically. We have processed a refund to your original payment method. Please allow several business days for it to appear.'
    expect(kinds(text)).toEqual([])
    expect(kinds(text, {}, undefined, { readingGrade: 7 })).toEqual(['reply'])
    expect(kinds(text, {}, { readingGrade: 14 }, { readingGrade: 7 })).toEqual([])
  })

  it('flags a social reply by its sentence even with a leading @handle', () => {
    const text = '@riley_k Unfortunately, promotional eligibility is determined automatically, and manual reinstatement of expired introductory discounts is unavailable.'
    const [m] = lint(text, { channel: 'social' })
    expect(m!.actual).toBe(text.slice('@riley_k '.length))
  })
})

describe('readability: does not fire', () => {
  it.each([
    ['an exemplary e-mail', 'Hi Ana,\n\nThanks for your patience. We found the problem: your router was set to an old channel. We changed it from our side this morning. Your internet should be fast again now. If it is still slow tonight, reply to this e-mail and we will send an engineer.\n\nBest,\nTom'],
    ['a long sentence of short words (left to verbosity)', 'We sent the new card to your home on Monday and it should be with you by the end of the week, so keep an eye on your post box.'],
    ['everyday long words', 'Thanks for the information, your delivery is available to track in your account today, and our customer team is happy to help with anything else.'],
    ['brand and place names', 'Your Samsung Galaxy repair at our Wolverhampton Brierley Hill location is booked for Saturday at ten.'],
    ['numbers, links and codes', 'Your order 40213377 shipped today: https://track.example.com/packages/40213377?carrier=ups-international-expedited and it should arrive by 14:00 on 12/06.'],
    ['a short chat answer', 'Yes, that plan includes unlimited international roaming. Anything else I can check?'],
    ['a two-sentence reply of moderate difficulty', 'We have reset your password and unlocked your account. You can sign in again with the temporary details we sent.'],
  ])('is silent on %s', (_label, text) => {
    expect(kinds(text)).toEqual([])
  })

  it('never offers handles, names or HTML-entity fragments as words to replace (regressions from real replies)', () => {
    const text = '@_killagaming_ Looks like you are using a third-party tool, and we cannot confirm the accuracy of the numbers that tool shows for your channel&gt; reporting.'
    const found = lint(text, { channel: 'social' })
    for (const m of found) for (const word of m.suggestions) expect(word).not.toMatch(/killagaming|&|gt$/)
  })

  it('ignores dense quoted customer text', () => {
    const text = `Thanks Jordan, we have fixed this for you and your devices work again.\n\n> ${DENSE}\n> ${DENSE}`
    expect(kinds(text)).toEqual([])
  })

  it('is silent when the target is raised', () => {
    expect(kinds(DENSE_EMAIL, {}, { readingGrade: 30 })).toEqual([])
  })

  it('never offers everyday words listed by the team as words to replace', () => {
    const text = 'Your policy documentation indicates that reimbursement eligibility is contingent upon preauthorization from an authorized representative.'
    const [m] = lint(text, {}, { plainLongWords: ['documentation', 'policy'] })
    expect(m!.suggestions).toEqual(['eligibility', 'preauthorization', 'reimbursement', 'indicates', 'contingent'])
  })
})

describe('readability: real-reply false positives and short replies (issues 15 and 16)', () => {
  const social: ReplyContext = { channel: 'social' }
  it('reads a menu path as one step a sentence', () => {
    const text = 'Let us sort it. Go ahead and log out of the app > uninstall the app > unpair your devices > restart your devices > reinstall the app > log back in. Try a run and tell us.'
    expect(lint(text, social)).toEqual([])
  })

  it('does not point at a short sentence with a couple of long words', () => {
    expect(lint('Gift card expiry dates are displayed in several places, including promotional material and the terms page.', social)).toEqual([])
  })

  it('does not report a reply barely above the target', () => {
    const text = 'I understand the frustration. This service was planned with twelve carriages. A fault meant only eight could run. The operator told us late in the morning. We are sorry about the crowding.'
    expect(lint(text, social)).toEqual([])
  })

  it('does not grade a Malay or Spanish reply as English', () => {
    expect(lint('Sila semak status permohonan anda melalui aplikasi mudah alih kami dan hubungi pusat panggilan jika perlu bantuan lanjut.', social)).toEqual([])
    expect(lint('Prueba a desinstalar la aplicación, limpia la caché, reinicia el teléfono y vuelve a emparejarlo desde cero.', social)).toEqual([])
  })

  it('flags a short chat reply built from very long words, with a stable grade', () => {
    const text = 'Unfortunately, authentication verification necessitates supplementary documentation. Reactivation is unavailable.'
    const [m, ...rest] = lint(text, { channel: 'chat' })
    expect(rest).toEqual([])
    expect(m).toMatchObject({ ruleId: 'readability', offset: 0, endOffset: text.length, line: 1, column: 1 })
    expect(m!.message).toMatch(/^This short reply reads at grade \d+\.\d \(target 10\): 6 long words in 9\. Use everyday words for “authentication”, “verification”, “supplementary”\.$/)
    // The same words as one sentence give nearly the same grade (the length is held in a band).
    const grade = (t: string) => Number(/grade (\d+\.\d)/.exec(lint(t, { channel: 'chat' })[0]!.message)![1])
    const joined = 'Unfortunately, authentication verification necessitates supplementary documentation; reactivation is unavailable.'
    expect(Math.abs(grade(text) - grade(joined))).toBeLessThan(1)
  })

  it('leaves a short plain reply alone', () => {
    expect(lint('Thanks for waiting! Your parcel is on the van and should reach you before six tonight.', { channel: 'chat' })).toEqual([])
  })
})

describe('readability: short replies in real data (issue 15, second judged sample)', () => {
  const social: ReplyContext = { channel: 'social' }
  it('does not grade a short Spanish reply or count hashtags as words', () => {
    expect(lint('Cualquier otra duda, no dudes en escribirnos.', social)).toEqual([])
    expect(lint('Keep chasing that finish line! 🏁 #perseverance #motivation #celebration -Jo', social)).toEqual([])
  })
  it('does not flag a short reply with a few long words among plain ones', () => {
    expect(lint('For questions regarding a companion certificate, please call the card issuer at 0800 555 0100.', social)).toEqual([])
  })
})
