/** `--fix` never loses text: write a temp file beside the target, then rename over it. */
import { writeFile, rename, unlink, stat, chmod } from 'node:fs/promises'
import { dirname, basename, join } from 'node:path'

export async function writeAtomic(path: string, content: string): Promise<void> {
  const temp = join(dirname(path), `.${basename(path)}.netiquette-${process.pid}-${Date.now()}.tmp`)
  try {
    await writeFile(temp, content, 'utf8')
    try {
      await chmod(temp, (await stat(path)).mode)
    } catch {
      // The target may not exist yet (-o): keep the default mode.
    }
    await rename(temp, path)
  } catch (error) {
    await unlink(temp).catch(() => {})
    throw error
  }
}
