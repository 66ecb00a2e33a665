/** Which keys send a message on a site. */
export type SendKeys = 'enter' | 'mod-enter';

export interface SendWatch {
  composer: HTMLElement;
  keys: SendKeys;
  /** The send button for this composer, looked up at click time (sites re-render it). */
  sendButton: () => Element | null;
  read: () => string;
  onSend: (text: string) => void;
  signal: AbortSignal;
}

/**
 * Calls `onSend` with the draft just before the site sends it: a click on its send button, Enter
 * (without Shift, and not while an IME is composing) or Ctrl/Cmd+Enter. Listens in the capture phase
 * on the window so the text is read before the site clears the editor.
 */
export function watchSend({ composer, keys, sendButton, read, onSend, signal }: SendWatch): void {
  const fire = () => {
    const text = read();
    if (text.trim() !== '') onSend(text);
  };
  const view = composer.ownerDocument.defaultView ?? window;
  view.addEventListener(
    'keydown',
    (event: KeyboardEvent) => {
      if (event.key !== 'Enter' || event.isComposing || event.keyCode === 229) return;
      if (!composer.contains(event.target as Node)) return;
      const mod = event.ctrlKey || event.metaKey;
      if ((keys === 'enter' && !event.shiftKey && !event.altKey) || mod) fire();
    },
    { capture: true, signal },
  );
  view.addEventListener(
    'click',
    (event: MouseEvent) => {
      const button = sendButton();
      if (button && event.composedPath().includes(button)) fire();
    },
    { capture: true, signal },
  );
}
