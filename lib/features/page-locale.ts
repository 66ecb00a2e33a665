/**
 * The page's language tag, the judge's tie-breaker between languages. One expression for every
 * caller: the words prepared at boot must be the very options object the draft judge asks for.
 */
export function pageLocale(doc: Document = document): string {
  return doc.documentElement?.lang || globalThis.navigator?.language || '';
}
