/** Which language's rules run for a draft. Detection lands with the Turkish rule pack. */
import type { Diagnostic } from './types.js'

export interface LanguageChoice {
  /** Language whose rules run: `en` or `tr`. */
  rules: string
  /** What was detected (or given). */
  detected: string
  /** False when no rule pack exists for the detected language. */
  supported: boolean
  notice?: (text: string) => Diagnostic
}

export function resolveLanguage(_text: string, requested: string | undefined): LanguageChoice {
  const lang = requested && requested !== 'auto' ? requested : 'en'
  return { rules: lang, detected: lang, supported: true }
}
