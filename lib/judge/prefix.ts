// Whether one text starts with another. `String.prototype.startsWith` compares unit by unit in
// this engine and costs microseconds on a long draft; equality of a slice compares natively.

/** `text.startsWith(prefix)`, fast on long texts. */
export function hasPrefix(text: string, prefix: string): boolean {
  return text.length >= prefix.length && (prefix.length === text.length ? text === prefix : text.slice(0, prefix.length) === prefix);
}

/** `text.startsWith(part, at)`, fast on long parts. */
export function hasAt(text: string, part: string, at: number): boolean {
  return text.length - at >= part.length && text.slice(at, at + part.length) === part;
}
