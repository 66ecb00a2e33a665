import { browser } from 'wxt/browser';

/**
 * Opens the full emoji picker (emoji-mart with its bundled data) in an extension-page iframe inside
 * Tact's shadow root, so neither the picker nor its data ever enter the content script, and the host
 * page cannot read it. The chosen emoji comes back over a private MessageChannel.
 */
export function openEmojiPicker(
  layer: HTMLElement,
  anchor: DOMRect,
  signal: AbortSignal,
): Promise<string | null> {
  return new Promise((resolve) => {
    const frame = document.createElement('iframe');
    frame.className = 'tact-picker';
    frame.dataset.tact = 'emoji-picker';
    frame.title = 'Emoji';
    const url = browser.runtime.getURL('/picker.html');
    frame.src = url;
    const top = anchor.top > 460 ? anchor.top - 443 : Math.min(anchor.bottom + 8, innerHeight - 443);
    frame.style.top = `${Math.max(8, top)}px`;
    frame.style.left = `${Math.max(8, Math.min(anchor.right - 352, innerWidth - 360))}px`;
    const channel = new MessageChannel();
    const close = (value: string | null) => {
      channel.port1.close();
      frame.remove();
      document.removeEventListener('pointerdown', outside, true);
      // The page's lifetime signal would otherwise keep this closure (and the removed frame) per opening.
      signal.removeEventListener('abort', abort);
      resolve(value);
    };
    const abort = () => close(null);
    const outside = (event: Event) => {
      if (!event.composedPath().includes(frame)) close(null);
    };
    channel.port1.onmessage = (event: MessageEvent<{ emoji?: string; close?: boolean }>) => {
      if (typeof event.data?.emoji === 'string') close(event.data.emoji);
      else if (event.data?.close) close(null);
    };
    frame.addEventListener('load', () => {
      frame.contentWindow?.postMessage({ tact: 'picker-port' }, new URL(url).origin, [channel.port2]);
    });
    signal.addEventListener('abort', abort, { once: true });
    document.addEventListener('pointerdown', outside, true);
    layer.append(frame);
  });
}
