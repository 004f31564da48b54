/**
 * Text from files (names, template ids, flagged words) shown on a terminal or in a CI log:
 * control characters (C0, DEL, C1: ESC, BEL, CSI …) and bidirectional overrides are shown as
 * `\x1b` / `\u202e`, so a file name cannot move the cursor, retitle the terminal or reorder what
 * is printed. Line breaks and tabs are kept only where `keepLayout` asks (a message on its own).
 */
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g
const CONTROL_EXCEPT_LAYOUT = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g

function visible(c: string): string {
  const code = c.charCodeAt(0)
  return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16)}`
}

export function printable(s: string, keepLayout = false): string {
  return s.replace(keepLayout ? CONTROL_EXCEPT_LAYOUT : CONTROL, visible)
}
