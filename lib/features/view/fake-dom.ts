/**
 * A few DOM nodes in plain objects, for the view's unit tests: the unit project runs in Node and
 * neither happy-dom nor jsdom is installed. Only what the view calls is here; counts of moves let a
 * test tell a rebuilt or moved element from one left alone. Not part of the content script.
 */
export interface FakeText {
  nodeType: 3;
  data: string;
  parent: FakeElement | null;
}

export interface FakeElement {
  nodeType: 1;
  tagName: string;
  parent: FakeElement | null;
  childNodes: (FakeElement | FakeText)[];
  readonly children: FakeElement[];
  readonly textContent: string;
  style: Record<string, string>;
  /** How many times the element was inserted anywhere (a move drops the focus inside it). */
  inserted: number;
  getAttribute(name: string): string | null;
  setAttribute(name: string, value: string): void;
  removeAttribute(name: string): void;
  getAttributeNames(): string[];
  addEventListener(type: string, listener: () => void): void;
  click(): void;
  append(...nodes: (FakeElement | FakeText)[]): void;
  replaceChildren(...nodes: (FakeElement | FakeText)[]): void;
  insertBefore(node: FakeElement, ref: FakeElement | null): void;
  remove(): void;
  querySelectorAll(tag: string): FakeElement[];
}

function detach(node: FakeElement | FakeText): void {
  if (!node.parent) return;
  const siblings = node.parent.childNodes;
  siblings.splice(siblings.indexOf(node), 1);
  node.parent = null;
}

function adopt(parent: FakeElement, node: FakeElement | FakeText): void {
  detach(node);
  node.parent = parent;
  if (node.nodeType === 1) node.inserted += 1;
}

export function fakeElement(tagName: string): FakeElement {
  const attributes = new Map<string, string>();
  const clicks: (() => void)[] = [];
  const el: FakeElement = {
    nodeType: 1,
    tagName: tagName.toUpperCase(),
    parent: null,
    childNodes: [],
    get children() {
      return el.childNodes.filter((n): n is FakeElement => n.nodeType === 1);
    },
    get textContent() {
      return el.childNodes.map((n) => (n.nodeType === 3 ? n.data : n.textContent)).join('');
    },
    style: {},
    inserted: 0,
    getAttribute: (name) => attributes.get(name) ?? null,
    setAttribute: (name, value) => void attributes.set(name, String(value)),
    removeAttribute: (name) => void attributes.delete(name),
    getAttributeNames: () => [...attributes.keys()],
    addEventListener(type, listener) {
      if (type === 'click') clicks.push(listener);
    },
    click: () => clicks.forEach((listener) => listener()),
    append(...nodes) {
      for (const node of nodes) {
        adopt(el, node);
        el.childNodes.push(node);
      }
    },
    replaceChildren(...nodes) {
      for (const node of [...el.childNodes]) detach(node);
      el.append(...nodes);
    },
    insertBefore(node, ref) {
      adopt(el, node);
      const at = ref ? el.childNodes.indexOf(ref) : -1;
      el.childNodes.splice(at < 0 ? el.childNodes.length : at, 0, node);
    },
    remove: () => detach(el),
    querySelectorAll(tag) {
      return el.children.flatMap((child) => [...(child.tagName === tag.toUpperCase() ? [child] : []), ...child.querySelectorAll(tag)]);
    },
  };
  return el;
}

/** The two factory methods of `document` that the view uses, typed as a Document for the code under test. */
export function fakeDocument(): Document {
  const doc = {
    createElement: fakeElement,
    createTextNode: (data: string): FakeText => ({ nodeType: 3, data, parent: null }),
  };
  return doc as unknown as Document;
}

/** An element with a box, as a composer or an incoming message is to the view; change `rect` to move it. */
export function boxed(rect: Partial<DOMRect>, view = { innerWidth: 1200, innerHeight: 800 }): HTMLElement {
  const box = () => ({ top: 0, right: 0, bottom: 0, left: 0, width: 0, height: 0, ...rect });
  return { getBoundingClientRect: box, ownerDocument: { defaultView: view } } as unknown as HTMLElement;
}

/** A fake element seen as the view sees it. */
export const asElement = (el: FakeElement) => el as unknown as HTMLElement;
/** An element the view returned, seen as the fake it is. */
export const asFake = (el: Element | null) => el as unknown as FakeElement;
