/**
 * Placeholders the agent talks about rather than leaves unfilled (issues 15 and 16):
 * - a merge tag taught in a how-to reply about personalising messages (`add {{first_name}} to
 *   the subject line`): the reply is about merge tags and the tag is the object of a verb of use;
 * - one quoted inside a longer quotation (`our e-mail said “Hi {{first_name}}, …”`), explaining
 *   a past mistake: the customer sees a quotation, not a blank;
 * - a fill-in-the-blank game in a promotional question (`a ___ & ___ to end the night?`).
 */
import { insideInlineQuote } from '../../src/text/inline-quotes.js'
import type { Placeholder } from '../../src/templates/placeholders.js'

/** The reply is about merge tags and personalisation. */
const TEACHING =
  /\b(?:merge (?:tags?|fields?)|mail merge|personali[sz](?:e|es|ed|ing|ation)|placeholders?|variables?|snippets?|dynamic (?:content|fields?)|template tags?|tokens?|(?:liquid|handlebars) (?:templates?|tags?|syntax|filters?)|(?:name|default|fallback) (?:tags?|filters?)|fallbacks?)\b/i
/** Right before the tag: a verb of use or an example marker (`type`, `insert`, `such as`, `e.g.`). */
const MENTION_BEFORE =
  /\b(?:use|using|type|typing|add|adding|insert|inserting|enter|put|write|include|including|paste|like(?: this| so)?|for example|for instance|e\.g\.|such as|tag|field|variable|placeholder|example)[\s:,]*(?:the\s+)?(?:tag\s+|field\s+|variable\s+)?$/i
/** Blanks joined to each other (`___ & ___`, `___ or ___`): a game, not a form. */
const BLANK_PAIR = /^\s*(?:&amp;|&|and|or|\+|\/)\s*_{3,}/

/**
 * `customerMessage`: a question about merge tags (`how do I add a fallback to the name tag?`) makes
 * the reply about them too, even when the reply itself only says `like this:`.
 */
export function isMention(text: string, p: Placeholder, customerMessage = ''): boolean {
  if (p.dialect === 'blank') return blankGame(text, p)
  if (quotedInLongerQuote(text, p)) return true
  return MENTION_BEFORE.test(text.slice(Math.max(0, p.start - 40), p.start)) && aboutTemplates(text, customerMessage)
}

/**
 * Whether the reply or the customer's message is about merge tags: read once per reply, not once
 * per placeholder (a reply of thousands of tags made each re-read the whole text).
 */
function aboutTemplates(text: string, customerMessage: string): boolean {
  if (text !== about.text || customerMessage !== about.message) about = { text, message: customerMessage, value: TEACHING.test(text) || TEACHING.test(customerMessage) }
  return about.value
}
let about = { text: '', message: '', value: false }

/** Inside a double-quoted passage with at least three other words. */
function quotedInLongerQuote(text: string, p: Placeholder): boolean {
  if (!insideInlineQuote(text, p.start, p.end)) return false
  const lineStart = text.lastIndexOf('\n', p.start - 1) + 1
  const nl = text.indexOf('\n', p.end)
  const line = text.slice(lineStart, nl === -1 ? text.length : nl)
  const at = p.start - lineStart
  const open = Math.max(line.lastIndexOf('"', at - 1), line.lastIndexOf('“', at - 1), line.lastIndexOf('«', at - 1))
  const closeAt = (c: string): number => line.indexOf(c, at + p.raw.length)
  const closes = ['"', '”', '»'].map(closeAt).filter((i) => i !== -1)
  if (open === -1 || closes.length === 0) return false
  const quote = line.slice(open + 1, at) + line.slice(at + p.raw.length, Math.min(...closes))
  return (quote.match(/\p{L}+/gu)?.length ?? 0) >= 3
}

/** `___ & ___` in a question: a fill-in-the-blank the reader is invited to complete. */
function blankGame(text: string, p: Placeholder): boolean {
  const after = text.slice(p.end, p.end + 12)
  const before = text.slice(Math.max(0, p.start - 12), p.start)
  // eslint-disable-next-line regexp/no-super-linear-move -- `before` is at most 12 characters
  const paired = BLANK_PAIR.test(after) || /_{3,}\s*(?:&amp;|&|and|or|\+|\/)\s*$/.test(before)
  if (!paired) return false
  // The sentence's end within a tweet's length: keeps this linear on a draft full of blanks.
  const end = text.slice(p.end, p.end + 280).search(/[.!?\n]/)
  return end !== -1 && text.charAt(p.end + end) === '?'
}
