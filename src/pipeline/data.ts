/**
 * What the pipeline keeps on a file, typed through vfile's `DataMap` (as unified plugins do), so
 * every step reads `file.data.netiquette` without a cast.
 */
import type { DocumentState } from '../document.js'
import type { Config, ReplyContext } from '../types.js'

/** Per-linter resources rules build once and share (the config they read, a template index, …). */
export interface LinterResources {
  config: Config
  cache: Map<string, unknown>
}

declare module 'vfile' {
  interface DataMap {
    /** The draft as the rules see it: set by the document step (`src/pipeline/document-step.ts`). */
    netiquette: DocumentState
    /** The reply context of this draft (channel, customer, …): given by the caller, per file. */
    netiquetteContext: ReplyContext
    /** The linter's shared resources: set by the document step. */
    netiquetteResources: LinterResources
  }
}
