// Text read from a site's page is untrusted: these functions make it safe to store and to show as plain text.

/** Longest author name kept: enough for any real name, short enough for one line of a row or a notification. */
export const NAME_MAX = 80;
/** Longest author id kept; a longer one is not a real id and is dropped rather than cut (a cut id would be wrong). */
export const ID_MAX = 256;

/**
 * Bidi embedding, override and isolate controls (LRE RLE PDF LRO RLO, LRI RLI FSI PDI): page text could
 * use them to reorder what Tact shows around it ("Eve\u202Egnp.exe"). Tact isolates page text where it
 * shows it (dir="auto", or FSI…PDI in plain text), so it never needs the page's own.
 */
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g;
/**
 * Invisible characters with no place in a name or a snippet: zero-width space, word joiner and the
 * invisible operators, BOM, Mongolian vowel separator, soft hyphen. ZWJ and ZWNJ stay: emoji sequences
 * and scripts such as Persian and the Indic ones need them.
 */
const INVISIBLE = /[\u200B\u2060-\u2064\uFEFF\u180E\u00AD]/g;
/** C0 and C1 control characters (whitespace among them is turned into spaces first). */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001F\u007F-\u009F]/;
const CONTROLS = new RegExp(CONTROL.source, 'g');

/** User-perceived characters where the browser can tell them (Intl.Segmenter: Firefox 125+), code points otherwise. */
function characters(text: string): Iterable<string> {
  if (typeof Intl.Segmenter !== 'function') return Array.from(text);
  segmenter ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' });
  return Array.from(segmenter.segment(text), (s) => s.segment);
}
let segmenter: Intl.Segmenter | undefined;

/**
 * Page text made safe to store and show: whitespace collapsed, control, bidi-override and invisible
 * characters removed, and cut to at most `max` characters with '…', never inside a character or an
 * emoji sequence. Undefined when nothing readable is left (or the value is not a string).
 */
export function cleanPageText(text: unknown, max: number): string | undefined {
  if (typeof text !== 'string') return undefined;
  // The whole text is cleaned (a few regex passes, fast even for 100 KB): padding a name with invisible
  // characters must not push the name itself out of what is kept.
  // Invisible characters go first: JavaScript's \s counts the BOM as a space, and 'Zero\uFEFFwidth' is one word.
  const flat = text.replace(INVISIBLE, '').replace(BIDI_CONTROLS, '').replace(/\s+/g, ' ').replace(CONTROLS, '').replace(/ {2,}/g, ' ').trim();
  if (!flat) return undefined;
  if (flat.length <= max) return flat;
  let out = '';
  for (const segment of characters(flat)) {
    if (out.length + segment.length > max - 1) break;
    out += segment;
  }
  return `${out.trimEnd()}…`;
}

/** An id from the page: kept as it is when it looks like an id, dropped otherwise. */
export function cleanId(id: unknown): string | undefined {
  return typeof id === 'string' && id.length > 0 && id.length <= ID_MAX && !/\s/.test(id) && !CONTROL.test(id) ? id : undefined;
}
