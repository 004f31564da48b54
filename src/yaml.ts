/**
 * The yaml package, required on first use (YAML configs and template corpora are the exception):
 * synchronously, so config discovery and corpus loading stay synchronous.
 */
import { requireYaml as requireModule } from '#platform'

export type YamlModule = typeof import('yaml')

let yaml: YamlModule | undefined

export function requireYaml(): YamlModule {
  yaml ??= requireModule() as YamlModule
  return yaml
}
