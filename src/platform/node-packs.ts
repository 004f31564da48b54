// Node loads every language's data at start (a few ms); the browser loads a pack on first need.
import turkish from '../../rules/packs/tr.js'

export function eagerLanguagePacks(): Readonly<Record<string, Readonly<Record<string, unknown>>>> {
  return { tr: turkish }
}
