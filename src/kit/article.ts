/**
 * "a" or "an" before a word in a message ("an if block", "an AWS access key"): the `indefinite`
 * package knows acronyms read letter by letter (an SSN, a PIN) and words that start with a vowel
 * letter but not a vowel sound (a user, a European).
 */
import indefinite from 'indefinite'

export function withArticle(phrase: string, options: { capitalize?: boolean } = {}): string {
  return indefinite(phrase, options)
}
