// Text read from a file the board received, made safe to print: names, labels and cell values
// in messages come from the file, and a line break or a terminal control character inside one
// could start a fake line ("trust: TRUSTED") or hide part of the output.

/** Line breaks and the spaces around them, as one space. */
const LINE_BREAKS = /\s*[\r\n\u2028\u2029\u0085]+\s*/g
/** Other C0 and C1 controls (escape sequences among them) and bidirectional overrides. */
const CONTROLS =
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g

export function oneLine(text: string): string {
  return text.replace(LINE_BREAKS, ' ').replace(CONTROLS, '\uFFFD')
}

/** The same data with every string in it on one line (plain JSON data only). */
export function oneLineEverywhere<T>(value: T): T {
  return JSON.parse(
    JSON.stringify(value, (_key, v: unknown) => (typeof v === 'string' ? oneLine(v) : v)),
  ) as T
}
