/**
 * What the pipeline keeps on a file, typed through vfile's `DataMap` (as unified plugins do), so
 * every step reads `file.data.netiquette` without a cast; and the fields `report()` writes on a
 * vfile message beside unified's own. Both entries' declarations reach this module, so users of
 * `netiquette/retext` get the same types.
 */
import type { DocumentState } from '../document.js'
import type { Config, Fix, ReplyContext } from '../types.js'

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

declare module 'vfile-message' {
  interface VFileMessage {
    /** 0-based UTF-16 offset of the finding's start in the raw input (netiquette). */
    offset?: number | undefined
    /** 0-based UTF-16 offset of the finding's end in the raw input (netiquette). */
    endOffset?: number | undefined
    /** A rewrite safe to apply without a human (netiquette). */
    fix?: Fix | undefined
    /** The rule's `meta.messages` id the reason was made from (netiquette). */
    messageId?: string | undefined
  }
}
