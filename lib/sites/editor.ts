/**
 * Reading and writing drafts in the sites' editors (Gmail's contenteditable, Quill, Slate, CKEditor 5)
 * through their own DOM and input events, so each editor updates its own model. Tact never writes
 * markup into a draft.
 */

const BLOCK = new Set(['P', 'DIV', 'LI', 'BLOCKQUOTE', 'PRE', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'UL', 'OL', 'TABLE', 'TR']);

export interface ReadOptions {
  /** Parts of the editor that are not the user's new words (quoted history, signatures). */
  exclude?: string;
}

/** The draft as plain text: blocks become lines, fillers and zero-width markers are dropped. */
export function readEditorText(editor: Element, options: ReadOptions = {}): string {
  const lines: string[] = [];
  let line = '';
  const flush = () => {
    lines.push(line);
    line = '';
  };
  const walk = (node: Node) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === Node.TEXT_NODE) {
        line += (child.nodeValue ?? '').replace(/[\uFEFF\u200B\u2060]/g, '');
        continue;
      }
      if (child.nodeType !== Node.ELEMENT_NODE) continue;
      const el = child as Element;
      if (options.exclude && el.matches(options.exclude)) continue;
      if (el.hasAttribute('data-slate-zero-width') || el.getAttribute('aria-hidden') === 'true') continue;
      if (el.tagName === 'BR') {
        if (el.hasAttribute('data-cke-filler') || isOnlyFiller(el)) continue;
        flush();
        continue;
      }
      const block = BLOCK.has(el.tagName) || el.getAttribute('data-slate-node') === 'element';
      if (block && line !== '') flush();
      walk(el);
      if (block) flush();
    }
  };
  walk(editor);
  if (line !== '') flush();
  while (lines.length && lines[lines.length - 1]!.trim() === '') lines.pop();
  while (lines.length && lines[0]!.trim() === '') lines.shift();
  return lines.join('\n').replace(/\u00A0/g, ' ');
}

/** A <br> that only keeps an empty block open (Quill's <p><br></p>, Gmail's <div><br></div>). */
function isOnlyFiller(br: Element): boolean {
  const parent = br.parentElement;
  if (!parent) return false;
  return parent.childNodes.length === 1 || (br.nextSibling === null && (parent.textContent ?? '') === '');
}

/**
 * Replaces the whole draft. Selects the editor's contents and uses the browser's editing commands,
 * which fire the trusted `beforeinput`/`input` events Quill, Slate and CKEditor build their models from.
 * Falls back to a synthetic paste, which all of them handle, when the command is refused.
 */
export function replaceEditorText(editor: HTMLElement, text: string, options: ReadOptions = {}): boolean {
  const doc = editor.ownerDocument;
  editor.focus({ preventScroll: true });
  selectContents(editor, options);
  if (text === '') {
    doc.execCommand('delete', false);
    if (readEditorText(editor, options) === '') return true;
    selectContents(editor, options);
    return doc.execCommand('delete', false) && readEditorText(editor, options) === '';
  }
  const inserted = doc.execCommand('insertText', false, text);
  if (inserted && readEditorText(editor, options) === text) return true;
  selectContents(editor, options);
  const data = new DataTransfer();
  data.setData('text/plain', text);
  editor.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  return readEditorText(editor, options) === text;
}

/** Selects the user's part of the editor: everything, or everything before the first excluded part. */
function selectContents(editor: HTMLElement, options: ReadOptions): void {
  const selection = editor.ownerDocument.getSelection();
  if (!selection) return;
  const range = editor.ownerDocument.createRange();
  range.selectNodeContents(editor);
  const excluded = options.exclude ? editor.querySelector(options.exclude) : null;
  if (excluded) {
    // Ending inside the block before the excluded part (Gmail's "<div><br></div>" above "-- ") keeps
    // typed text on that block's line; ending at the boundary would join the signature's first line.
    const block = blockBefore(editor, excluded);
    if (block) range.setEnd(block, block.childNodes.length);
    else range.setEndBefore(excluded);
  }
  selection.removeAllRanges();
  selection.addRange(range);
}

/** The DIV or P that directly precedes `node` (or the ancestor it opens) inside the editor. */
function blockBefore(editor: Element, node: Node): Element | null {
  let at: Node | null = node;
  while (at && at !== editor && !at.previousSibling) at = at.parentNode;
  const before = at && at !== editor ? at.previousSibling : null;
  return before?.nodeType === Node.ELEMENT_NODE && /^(DIV|P)$/.test((before as Element).tagName) ? (before as Element) : null;
}
