/**
 * Writing into a Slate editor. Chrome's execCommand edits the DOM without firing `beforeinput`, and
 * Slate builds its model only from `beforeinput`, so an execCommand edit leaves the model behind (Slate
 * then re-renders the old text). Slate does handle a `beforeinput` that names its target range, which
 * is what this sends: `insertFromPaste` (lines become blocks) or `deleteByCut` over the whole draft.
 * The model changes at once; the DOM follows when React commits Slate's re-render, which a React 18+ root
 * may do a task later: a readText() in the same task can still see the old words.
 */
import { readEditorText, replaceEditorText } from '../editor';

export function replaceSlateText(editor: HTMLElement, text: string): boolean {
  const doc = editor.ownerDocument;
  const view = doc.defaultView;
  if (!view) return false;
  editor.focus({ preventScroll: true });
  const range = doc.createRange();
  range.selectNodeContents(editor);
  const selection = doc.getSelection();
  selection?.removeAllRanges();
  selection?.addRange(range);
  const target = new view.StaticRange({
    startContainer: range.startContainer,
    startOffset: range.startOffset,
    endContainer: range.endContainer,
    endOffset: range.endOffset,
  });
  const init: InputEventInit = { bubbles: true, cancelable: true, composed: true, targetRanges: [target] };
  if (text === '') {
    init.inputType = 'deleteByCut';
  } else {
    const data = new view.DataTransfer();
    data.setData('text/plain', text);
    init.inputType = 'insertFromPaste';
    init.dataTransfer = data;
  }
  const event = new view.InputEvent('beforeinput', init);
  editor.dispatchEvent(event);
  // Not a Slate editor after all (or a build that ignores synthetic input): use the generic path.
  if (!event.defaultPrevented) return replaceEditorText(editor, text);
  return readEditorText(editor) === text;
}
