/** Side effect: registers franc-min for synchronous language detection (library entry; the CLI loads it lazily). */
import { franc } from 'franc-min'
import { registerLanguageDetector } from './language.js'

registerLanguageDetector(franc)
