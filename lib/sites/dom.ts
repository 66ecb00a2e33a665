/**
 * Small DOM helpers shared by the adapters. Every query tolerates a missing element:
 * an adapter that cannot find something returns null, it never throws into the page.
 */

/** A selector with fallbacks, best (most stable) first. */
export type SelectorList = readonly string[];

export function queryFirst<E extends Element = HTMLElement>(root: ParentNode | null | undefined, selectors: SelectorList): E | null {
  if (!root) return null;
  for (const selector of selectors) {
    const found = safeQuery(root, selector);
    if (found) return found as E;
  }
  return null;
}

/** All matches of the first selector in the list that matches anything. */
export function queryAllFirst<E extends Element = HTMLElement>(root: ParentNode | null | undefined, selectors: SelectorList): E[] {
  if (!root) return [];
  for (const selector of selectors) {
    const found = safeQueryAll(root, selector);
    if (found.length) return found as E[];
  }
  return [];
}

/** The nearest ancestor (or self) matching any of the selectors. */
export function closestOf<E extends Element = HTMLElement>(el: Element | null | undefined, selectors: SelectorList): E | null {
  if (!el) return null;
  for (const selector of selectors) {
    try {
      const found = el.closest(selector);
      if (found) return found as E;
    } catch {
      // An invalid selector in a fallback list is skipped, not thrown.
    }
  }
  return null;
}

export function countMatches(root: ParentNode, selectors: SelectorList): number {
  for (const selector of selectors) {
    const n = safeQueryAll(root, selector).length;
    if (n) return n;
  }
  return 0;
}

function safeQuery(root: ParentNode, selector: string): Element | null {
  try {
    return root.querySelector(selector);
  } catch {
    return null;
  }
}

function safeQueryAll(root: ParentNode, selector: string): Element[] {
  try {
    return Array.from(root.querySelectorAll(selector));
  } catch {
    return [];
  }
}

/** The document a query root belongs to (the root itself when it is one). */
export function docOf(root: ParentNode): Document {
  return (root as Node).nodeType === Node.DOCUMENT_NODE ? (root as Document) : ((root as Node).ownerDocument ?? document);
}

/** Rendered and not hidden (Gmail keeps stale hidden copies of thread headers). */
export function isVisible(el: Element): boolean {
  if (!(el as HTMLElement).isConnected) return false;
  const rects = el.getClientRects();
  if (rects.length === 0) return false;
  const style = getComputedStyle(el);
  return style.visibility !== 'hidden' && style.display !== 'none';
}

/** Resolves with the first truthy value of `probe`, re-checked on DOM changes under root (no polling). */
export function waitFor<T>(
  probe: () => T | null | undefined | false,
  { root = document.documentElement, timeout = 2000, signal }: { root?: Node; timeout?: number; signal?: AbortSignal } = {},
): Promise<T | null> {
  const first = probe();
  if (first) return Promise.resolve(first);
  return new Promise((resolve) => {
    const done = (value: T | null) => {
      observer.disconnect();
      clearTimeout(timer);
      signal?.removeEventListener('abort', abort);
      resolve(value);
    };
    const abort = () => done(null);
    const observer = new MutationObserver(() => {
      const value = probe();
      if (value) done(value);
    });
    observer.observe(root, { childList: true, subtree: true, attributes: true, attributeFilter: ['aria-expanded', 'aria-pressed', 'hidden', 'style', 'class'] });
    const timer = setTimeout(() => done(null), timeout);
    signal?.addEventListener('abort', abort, { once: true });
  });
}

/** Text of an element with whitespace folded; for labels and names, not drafts. */
export function cleanText(el: Element | null | undefined): string {
  return (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** The nearest element above the first that contains all the others (the first's parent when alone). */
export function commonAncestor(elements: readonly Element[]): Element | null {
  const [first, ...rest] = elements;
  let node: Element | null = first?.parentElement ?? null;
  while (node && !rest.every((el) => node!.contains(el))) node = node.parentElement;
  return node;
}
