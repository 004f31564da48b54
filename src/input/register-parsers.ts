/** Side effect: registers the Markdown and HTML parsers for synchronous use (library entry). */
import { registerParsers } from './parsers.js'
import { fromMarkdown } from './markdown-parser.js'
import { fromHtml, htmlEntities } from './html-parser.js'

registerParsers({ markdown: fromMarkdown, html: fromHtml, htmlEntities })
