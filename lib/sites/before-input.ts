/**
 * Writing into editors that build their model only from `beforeinput` (Slate in Discord, CKEditor 5 in
 * Teams). Gmail, Outlook and Quill take the browser's editing commands: see replaceEditorText.
 */
import { readEditorText } from './editor';

/** What `replaceByBeforeInput` saw. */
export type BeforeInputOutcome =
  /** The draft reads as the new text. */
  | 'replaced'
  /** The editor took the input, but its DOM has not caught up yet (React may commit Slate's render a task later). */
  | 'pending'
  /** No listener took the input: not such an editor after all. */
  | 'ignored';

export interface BeforeInputOptions {
  /**
   * 'paste': the text replaces the draft as one `insertFromPaste` over it (Slate makes each line a block);
   * '' is a `deleteByCut`. 'type': the draft is deleted (`deleteContentBackward`), then one line is typed
   * (`insertText`) and several are pasted (CKEditor 5 makes soft breaks: a paragraph break would be Enter,
   * which sends in Teams).
   */
  insert: 'paste' | 'type';
  /** Reads the draft back; readEditorText by default. */
  read?: (editable: HTMLElement) => string;
}

/**
 * Replaces the draft of an editor that builds its model only from `beforeinput` (Slate, CKEditor 5).
 * Chromium's execCommand fires no `beforeinput`, so such an editor reverts execCommand's edits on its
 * next render; a `beforeinput` whose target range spans the draft is handled at once, like typing over
 * a selection.
 */
export function replaceByBeforeInput(editable: HTMLElement, text: string, { insert, read = readEditorText }: BeforeInputOptions): BeforeInputOutcome {
  const doc = editable.ownerDocument;
  const view = doc.defaultView;
  if (!view) return 'ignored';
  editable.focus({ preventScroll: true });
  const everything = () => {
    const range = doc.createRange();
    range.selectNodeContents(editable);
    return range;
  };
  const fire = (event: Event) => !editable.dispatchEvent(event);
  const input = (inputType: string, init: InputEventInit = {}) =>
    fire(new view.InputEvent('beforeinput', { ...init, inputType, targetRanges: [new view.StaticRange(everything())], bubbles: true, cancelable: true, composed: true }));
  const pasted = () => {
    const data = new view.DataTransfer();
    data.setData('text/plain', text);
    return data;
  };
  let taken = false;
  if (insert === 'paste') {
    // Slate reads the DOM selection as well as the target range.
    doc.getSelection()?.removeAllRanges();
    doc.getSelection()?.addRange(everything());
    taken = text === '' ? input('deleteByCut') : input('insertFromPaste', { dataTransfer: pasted() });
  } else {
    if (read(editable) !== '') taken = input('deleteContentBackward');
    if (text !== '' && !text.includes('\n')) taken = input('insertText', { data: text });
    else if (text !== '') taken = fire(new view.ClipboardEvent('paste', { clipboardData: pasted(), bubbles: true, cancelable: true, composed: true }));
  }
  if (read(editable) === text) return 'replaced';
  return taken ? 'pending' : 'ignored';
}
