// Types for scripts/browser-kit.mjs, so the browser tests are type-checked (npm run typecheck).
import type { BrowserContext } from 'playwright-core'

export declare const CHROMIUM_FLAGS: readonly string[]
export declare function findChromium(): string | undefined
export declare function launchChromium(): Promise<{ context: BrowserContext; close(): Promise<void> }>
export declare function serveStatic(root: string, options?: { cache?: boolean; isolated?: boolean }): Promise<{ url: string; requests: string[]; close(): Promise<void> }>
export interface BrowserChunk {
  file: string
  entry?: string
  bytes: number
  gzip: number
  packages: string[]
  /** Chunks this one imports statically (loaded with it), not by `import()`. */
  imports: string[]
}
export declare function bundleForBrowser(options: { entryPoints: string[] | Record<string, string>; outdir: string; absWorkingDir: string }): Promise<{ warnings: unknown[]; chunks: BrowserChunk[] }>
