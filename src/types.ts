/** Public shapes shared by the engine, the rules and the reporters. */

export type Severity = 'error' | 'warning' | 'info'
/** Severity as written in config: ESLint-style `warn` is accepted beside `warning`. */
export type SeveritySetting = 'off' | 'info' | 'warn' | 'warning' | 'error'
export type Channel = 'email' | 'chat' | 'social' | 'sms'
export type Format = 'text' | 'markdown' | 'html'
export type Language = 'en' | 'tr' | 'auto'

/** The allowed values, for everything that checks or offers them (config, context, CLI, front matter, service). */
export const CHANNELS: readonly Channel[] = ['email', 'chat', 'social', 'sms']
export const FORMATS: readonly Format[] = ['text', 'markdown', 'html']
export const LANGUAGES: readonly Language[] = ['en', 'tr', 'auto']

/** Score categories: each rule belongs to one, the score report groups by them. */
export type Category = 'safety' | 'courtesy' | 'tone' | 'personalization' | 'clarity' | 'concision' | 'commitment' | 'template' | 'language'

export interface Customer {
  name?: string
  /** The message being answered: context only, never linted. */
  message?: string
}

/** What the linter knows about the reply being written. */
export interface ReplyContext {
  channel?: Channel
  customer?: Customer
  /** A later message in an ongoing conversation. */
  followup?: boolean
  format?: Format
  language?: Language
  /** Path of the draft, used for format detection and reports. */
  path?: string
}

export interface Fix {
  offset: number
  endOffset: number
  text: string
}

export interface Diagnostic {
  ruleId: string
  severity: Severity
  message: string
  line: number
  column: number
  endLine: number
  endColumn: number
  offset: number
  endOffset: number
  actual: string
  suggestions: string[]
  fix?: Fix
  url: string
  /** The rule's message id (`meta.messages`), for rules written with `defineRule({ … })`. */
  messageId?: string
}

export interface LintResult {
  messages: Diagnostic[]
  errorCount: number
  warningCount: number
  infoCount: number
  /** 0–100 quality score, see `src/score.ts`. */
  score: number
  /** Language the rules ran for (`en` or `tr`), or the detected one when no rules exist for it. */
  language: string
}

export type RuleSetting = SeveritySetting | [SeveritySetting, Record<string, unknown>?]

export interface Config {
  channel?: Channel
  language?: Language
  rules?: Record<string, RuleSetting>
  extends?: string[]
  /** Template corpus paths (files or folders) or inline records. */
  templates?: Array<string | TemplateRecord>
  /** Phrases never flagged (product names, internal words). */
  allow?: string[]
  /** Signature the `sign-off` fix appends. */
  signature?: string
  /** Service levels the `vague-promise` rule compares promises with. */
  sla?: { firstResponse?: string; resolution?: string }
  /** Per-channel length budgets for `verbosity`. */
  budgets?: Partial<Record<Channel, number>>
  /** Target reading grade for `readability`. */
  readingGrade?: number
  /** Base folder for relative template paths (set by the config loader). */
  cwd?: string
  /** Format of drafts whose reply context gives none: a folder of `.txt` macros written in Markdown. */
  format?: Format
  /** Drafts are later messages in a conversation unless their reply context says otherwise (a chat queue). */
  followup?: boolean
  /** Config for some files only, as in ESLint: see `src/config/overrides.ts`. */
  overrides?: Override[]
}

/** One `overrides` entry: globs relative to the config file's folder, and the config keys they change. */
export interface Override extends Omit<Config, 'overrides' | 'cwd'> {
  files: string | string[]
  excludedFiles?: string | string[]
}

export interface TemplateRecord {
  id: string
  title?: string
  body: string
}

export type LintOptions = Config & ReplyContext
