/**
 * The yaml package, required on first use (YAML configs and template corpora are the exception):
 * synchronously, so config discovery and corpus loading stay synchronous.
 */
import { createRequire } from 'node:module'

export type YamlModule = typeof import('yaml')

let yaml: YamlModule | undefined

export function requireYaml(): YamlModule {
  yaml ??= createRequire(import.meta.url)('yaml') as YamlModule
  return yaml
}
