// Sentence segments as readers see them (src/text/segments.ts), shared by verbosity, readability and
// vague-promise: the breaks the parser misses, and the near misses that must stay one word.
import { describe, expect, it } from 'vitest'
import { attachTree, buildDocument, resolveContext } from '../src/document.js'
import { parseProse } from '../src/parse.js'
import { sentenceSegments } from '../src/text/segments.js'

/** Each segment of `text` as its raw text and its words. */
function segments(text: string): Array<{ text: string; words: string[] }> {
  const doc = buildDocument(text, resolveContext({ channel: 'social' }))
  attachTree(doc, parseProse(doc.prose, 'en'))
  return doc.sentences().flatMap((s) => sentenceSegments(s, doc.prose, doc.tokens).map((g) => ({ text: text.slice(g.start, g.end), words: g.words.map((w) => w.value) })))
}

describe('sentence segments', () => {
  it('a full stop, question or exclamation mark with no space after it ends a sentence before a capitalised word', () => {
    expect(segments('The fee cannot be moved.Once you rebook we send a new itinerary.Please keep it')).toEqual([
      { text: 'The fee cannot be moved.', words: ['The', 'fee', 'cannot', 'be', 'moved'] },
      { text: 'Once you rebook we send a new itinerary.', words: ['Once', 'you', 'rebook', 'we', 'send', 'a', 'new', 'itinerary'] },
      { text: 'Please keep it', words: ['Please', 'keep', 'it'] },
    ])
    expect(segments('Did it arrive?Tell us!Thanks').map((s) => s.text)).toEqual(['Did it arrive?', 'Tell us!', 'Thanks'])
  })

  it('a domain, a version, an abbreviation, a title or a lower-case word after the stop stay in one sentence', () => {
    expect(segments('Update to v2.1 at example.com, e.g. from Node.js or ask mrs.Jones to do it.next week')).toEqual([
      { text: 'Update to v2.1 at example.com, e.g. from Node.js or ask mrs.Jones to do it.next week', words: ['Update', 'to', 'v2.1', 'at', 'e.g.', 'from', 'Node.js', 'or', 'ask', 'mrs.Jones', 'to', 'do', 'it.next', 'week'] },
    ])
  })

  it('an HTML-escaped step arrow splits the steps and is no word, attached or not', () => {
    expect(segments('Sign out of the app&gt; restart your phone &gt; sign in again -&gt; run a test')).toEqual([
      { text: 'Sign out of the app', words: ['Sign', 'out', 'of', 'the', 'app'] },
      { text: 'restart your phone', words: ['restart', 'your', 'phone'] },
      { text: 'sign in again', words: ['sign', 'in', 'again'] },
      { text: 'run a test', words: ['run', 'a', 'test'] },
    ])
  })

  it('a closing quotation mark with no opening one ends the quoted sentence; a balanced quotation does not', () => {
    expect(segments('Our terms say: Both payments must clear by the 30th" Full terms are online').map((s) => s.text)).toEqual(['Our terms say: Both payments must clear by the 30th"', 'Full terms are online'])
    expect(segments('Our terms say: Both payments must clear by the 30th” Full terms are online').map((s) => s.text)).toEqual(['Our terms say: Both payments must clear by the 30th”', 'Full terms are online'])
    expect(segments('Click "Save" Then close the window').map((s) => s.text)).toEqual(['Click "Save" Then close the window'])
    expect(segments('Click “Save” Then close the window').map((s) => s.text)).toEqual(['Click “Save” Then close the window'])
  })
})
