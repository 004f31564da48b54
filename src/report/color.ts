/**
 * Whether stylish output is colored. The conventions every terminal tool follows, in Node's own
 * order of precedence (tty.WriteStream#getColorDepth), which only exists on terminal streams
 * and so can't answer for a pipe:
 * - `--no-color`, or a report written to a file with `-o`: never;
 * - FORCE_COLOR: colored (even into a pipe, for CI logs), unless it is `0` or `false`;
 * - NO_COLOR (https://no-color.org, any non-empty value), NODE_DISABLE_COLORS or TERM=dumb: plain;
 * - otherwise colored on a terminal only.
 */
export interface ColorChoice {
  /** `--no-color` gives false; commander leaves it true or undefined otherwise. */
  flag?: boolean
  /** Whether standard output is a terminal. */
  isTTY: boolean
  /** Whether the report goes to a file (`-o`). */
  toFile: boolean
  env: Readonly<Record<string, string | undefined>>
}

export function useColor({ flag, isTTY, toFile, env }: ColorChoice): boolean {
  if (flag === false || toFile) return false
  const force = env.FORCE_COLOR
  if (force !== undefined) return force !== '0' && force !== 'false'
  if ((env.NO_COLOR !== undefined && env.NO_COLOR !== '') || env.NODE_DISABLE_COLORS !== undefined || env.TERM === 'dumb') return false
  return isTTY
}
