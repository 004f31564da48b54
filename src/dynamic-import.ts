/**
 * `import()` of a user's file (a `netiquette.config.js`). The bundled CLI runs from V8's code
 * cache, where Node 20 loses a script's dynamic-import callback, so its entry hands in its own
 * `import` (bin/netiquette.cjs); the library keeps the native one.
 */
export type ModuleImporter = (specifier: string) => Promise<unknown>

let importer: ModuleImporter = (specifier) => import(specifier)

export function setModuleImporter(next: ModuleImporter): void {
  importer = next
}

export function importModule(specifier: string): Promise<unknown> {
  return importer(specifier)
}
