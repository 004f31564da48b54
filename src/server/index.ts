/** The HTTP service, loaded by `netiquette serve` only (it is not part of the CLI bundle). */
import { availableParallelism } from 'node:os'
import { ruleMeta } from '../index.js'
import { startService, type Service } from './http.js'
import type { Config } from '../types.js'

export { startService, type Service, type ServiceOptions } from './http.js'

export interface ServeFlags {
  port: number
  host: string
  workers?: number
  timeoutMs?: number
  maxBodyBytes?: number
  config?: Config
}

/** Start the service for the CLI: the built worker next to this file, every rule's metadata. */
export function serve(flags: ServeFlags): Promise<Service> {
  return startService({
    port: flags.port,
    host: flags.host,
    workers: flags.workers ?? Math.max(1, availableParallelism()),
    timeoutMs: flags.timeoutMs,
    maxBodyBytes: flags.maxBodyBytes,
    baseConfig: flags.config,
    workerUrl: new URL('./worker.js', import.meta.url),
    rules: Object.values(ruleMeta),
  })
}
