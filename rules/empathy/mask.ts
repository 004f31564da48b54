/**
 * Links and bracketed form prompts ("[TYPE YOUR QUESTION HERE]") in a customer's message, blanked
 * out with spaces (same length): they carry capitals that are not shouting.
 *
 * The same matches as `message.replace(/\b(?:https?:\/\/|www\.)\S+|\[[^\]\n]*\]/gi, …)`, found
 * by hand: that expression retries every `[` of an unclosed run and scans to the end of the line
 * from each, so a message of 16 KB of `[` took seconds. Here a failed `[` skips every `[` up to the
 * line end its scan reached, since they would all fail at the same place.
 */
const LINK = /\b(?:https?:\/\/|www\.)\S+/gi

export function maskLinksAndPrompts(message: string): string {
  let out = ''
  let copied = 0
  let at = 0
  let link: RegExpExecArray | null | undefined // next link at or after `at`, null when none is left
  let prompt: { start: number; end: number } | null | undefined
  let promptFrom = 0 // no prompt starts in [at, promptFrom) (a failed scan reached it)
  while (at < message.length) {
    if (link !== null && (link === undefined || link.index < at)) {
      LINK.lastIndex = at
      link = LINK.exec(message)
    }
    if (prompt !== null && (prompt === undefined || prompt.start < at)) {
      prompt = nextPrompt(message, Math.max(at, promptFrom))
      if (prompt) promptFrom = prompt.start
    }
    // A link and a prompt never start at the same place (`h`/`w` against `[`): the leftmost wins.
    const next = link && (!prompt || link.index < prompt.start) ? { start: link.index, end: link.index + link[0].length } : prompt
    if (!next) break
    out += message.slice(copied, next.start) + ' '.repeat(next.end - next.start)
    copied = at = next.end
  }
  return copied === 0 ? message : out + message.slice(copied)

  /** The first `[…]` closed on its own line starting at or after `from`. */
  function nextPrompt(text: string, from: number): { start: number; end: number } | null {
    for (let open = text.indexOf('[', from); open !== -1;) {
      let i = open + 1
      while (i < text.length && text.charCodeAt(i) !== 93 /* ] */ && text.charCodeAt(i) !== 10) i++
      if (i < text.length && text.charCodeAt(i) === 93) return { start: open, end: i + 1 }
      promptFrom = i
      open = text.indexOf('[', i)
    }
    return null
  }
}
