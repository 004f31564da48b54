/**
 * How far up config discovery looks. A config file can be JavaScript, which is executed, so the
 * search must not wander into folders the project does not own (a shared /tmp, a parent checkout,
 * `/` on a CI runner). It stops at the project root: the nearest folder, from the linted file
 * upward, holding `.git` or `package.json`. Without one, it stops at the current folder when
 * the file lies inside it, else it looks in the file's own folder only. Never above the home folder.
 */
import { existsSync, statSync } from 'node:fs'
import { homedir } from 'node:os'
import { dirname, join, relative, isAbsolute, resolve } from 'node:path'

const MARKERS = ['.git', 'package.json']

const inside = (folder: string, parent: string): boolean => {
  const rel = relative(parent, folder)
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel))
}

/** The folder where the config search from `from` (a folder, or a file: `templates replies.jsonl`) stops. */
export function searchRoot(from: string, cwd = process.cwd()): string {
  const start = statSync(from, { throwIfNoEntry: false })?.isFile() ? dirname(resolve(from)) : resolve(from)
  const home = homedir()
  for (let dir = start; ; dir = dirname(dir)) {
    if (MARKERS.some((m) => existsSync(join(dir, m)))) return dir
    if (dir === home || dirname(dir) === dir) break
  }
  const base = resolve(cwd)
  return inside(start, base) && (!inside(home, base) || base === home) ? base : start
}
