/**
 * Markdown and HTML parsers (remark-parse with micromark, rehype-parse with parse5) are most of
 * the engine's code by size, and plain-text drafts never need them. They are registered here:
 * the library entry registers them eagerly (`register-parsers.ts`); the CLI loads them only when
 * a Markdown or HTML draft shows up (`loadParsers`), which keeps its cold start short.
 */
export interface Parsers {
  markdown: (text: string) => unknown
  html: (text: string) => unknown
  /** The character references in an HTML text node's source (parse5's own decoder). */
  htmlEntities: (text: string) => HtmlEntity[]
}

/** A character reference (`&eacute;`, `&#233;`, `&amp`): its source span and what it stands for. */
export interface HtmlEntity {
  start: number
  end: number
  text: string
}

let registered: Partial<Parsers> = {}

export function registerParsers(parsers: Partial<Parsers>): void {
  registered = { ...registered, ...parsers }
}

export function parserFor<K extends keyof Parsers>(kind: K): Parsers[K] {
  const parser = registered[kind]
  if (!parser) throw new Error(`netiquette: the ${kind} parser is not loaded; use linter.lint() (async) or import 'netiquette'`)
  return parser as Parsers[K]
}

export function hasParser(kind: keyof Parsers): boolean {
  return registered[kind] !== undefined
}

/** Load the parsers a format needs, once. */
export async function loadParsers(format: string | undefined): Promise<void> {
  if (format === 'markdown' && !registered.markdown) {
    const { fromMarkdown } = await import('./markdown-parser.js')
    registerParsers({ markdown: fromMarkdown })
  }
  if (format === 'html' && !registered.html) {
    const { fromHtml, htmlEntities } = await import('./html-parser.js')
    registerParsers({ html: fromHtml, htmlEntities })
  }
}
