/**
 * Writing into Discord's Slate editor: one `insertFromPaste` (lines become blocks) or `deleteByCut` over
 * the whole draft. The model changes at once; the DOM follows when React commits Slate's re-render,
 * which a React 18+ root may do a task later: a readText() in the same task can still see the old words.
 */
import { replaceByBeforeInput } from '../before-input';
import { replaceEditorText } from '../editor';

export function replaceSlateText(editor: HTMLElement, text: string): boolean {
  const outcome = replaceByBeforeInput(editor, text, { insert: 'paste' });
  // Not a Slate editor after all (or a build that ignores synthetic input): use the generic path.
  if (outcome === 'ignored') return replaceEditorText(editor, text);
  return outcome === 'replaced';
}
