/**
 * The help-desk family of a placeholder dialect: which platform fills it in by itself (`liquid` for
 * Zendesk, Freshdesk, Gorgias, Front, HubSpot, Intercom; `helpscout`, `salesforce`, …). Generic
 * fill-in-by-hand placeholders ([Customer Name], <NAME>) belong to none. Read by placeholder-syntax
 * (a dialect mixed into a template) and by `netiquette templates` (a corpus's dominant dialect).
 */
import type { Placeholder } from '../templates/placeholders.js'

/** Dialect (as src/templates/placeholders.ts names it) → family. */
const FAMILIES = new Map<string, string>([
  ['liquid', 'liquid'],
  ['liquid-tag', 'liquid'],
  ['helpscout', 'helpscout'],
  ['salesforce-classic', 'salesforce'],
  ['salesforce-lightning', 'salesforce'],
  ['osticket', 'osticket'],
  ['mail-merge', 'mail-merge'],
  ['percent', 'percent'],
])

/** The help-desk family that fills a placeholder in by itself, or undefined for fill-by-hand ones. */
export function familyOf(p: Pick<Placeholder, 'dialect'>): string | undefined {
  return FAMILIES.get(p.dialect)
}
