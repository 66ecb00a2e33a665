/**
 * Attributes of a described element. A function is the element's click handler (used when the element
 * is built, never by `setAttributes`); `undefined` leaves the attribute out.
 */
export type Attrs = Record<string, string | (() => void) | undefined>;

/**
 * An element described as data: what the overlay draws, pure and comparable (`JSON.stringify` keeps
 * the tag, attributes and text, and drops the handlers), so a card is rebuilt only when what it shows
 * changes. Strings among the children become text nodes: page text never goes through HTML parsing.
 */
export interface Spec {
  tag: string;
  attrs: Attrs;
  children: (Spec | string)[];
}

/** Describes an element: `h('p', { class: 'tact-title' }, 'Hello')`. */
export function h(tag: string, attrs: Attrs = {}, ...children: (Spec | string)[]): Spec {
  return { tag, attrs, children };
}

/** Makes the elements a spec describes, in `doc`. */
export function build(doc: Document, spec: Spec): HTMLElement {
  const el = doc.createElement(spec.tag);
  setAttributes(el, spec.attrs);
  for (const value of Object.values(spec.attrs)) if (typeof value === 'function') el.addEventListener('click', value);
  el.append(...buildChildren(doc, spec));
  return el;
}

/** Makes the nodes of a spec's children, for an element that is kept while what it holds changes. */
export function buildChildren(doc: Document, spec: Spec): Node[] {
  return spec.children.map((child) => (typeof child === 'string' ? doc.createTextNode(child) : build(doc, child)));
}

/**
 * Gives `el` exactly these attributes: others go, except `style`, which positioning owns. Lets a
 * kept element (a card that stays while its hint changes) take a new description.
 */
export function setAttributes(el: Element, attrs: Attrs): void {
  for (const name of el.getAttributeNames()) if (name !== 'style' && typeof attrs[name] !== 'string') el.removeAttribute(name);
  for (const [name, value] of Object.entries(attrs)) if (typeof value === 'string') el.setAttribute(name, value);
}

/**
 * Puts `nodes` first in `parent`, in order, and removes those of `previous` no longer among them;
 * anything else in `parent` (the emoji picker) stays after them. A node already in its place is not
 * touched: moving an element drops the keyboard focus inside it.
 */
export function placeChildren(parent: Element, nodes: readonly Element[], previous: readonly Element[]): void {
  for (const old of previous) if (!nodes.includes(old)) old.remove();
  nodes.forEach((node, i) => {
    const at = parent.children[i];
    if (at !== node) parent.insertBefore(node, at ?? null);
  });
}
