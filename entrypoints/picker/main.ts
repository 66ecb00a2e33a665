import { Picker } from 'emoji-mart';
import data from '@emoji-mart/data';

/**
 * The emoji picker Tact shows inside sites and its own pages. emoji-mart's data is bundled here
 * (never fetched) and loads only when someone opens the picker.
 */
let port: MessagePort | null = null;
/**
 * What was picked before the port arrived: the port is posted once the frame has loaded, and
 * emoji-mart can render (and be clicked) before that message is delivered. Held, not dropped.
 */
let held: { emoji?: string; close?: boolean } | null = null;

const send = (message: { emoji?: string; close?: boolean }) => {
  if (port) port.postMessage(message);
  // The first answer counts: a pick then a stray outside click still reacts.
  else held ??= message;
};

window.addEventListener('message', (event) => {
  if (event.data?.tact !== 'picker-port' || !event.ports[0] || port) return;
  port = event.ports[0];
  if (held) port.postMessage(held);
  held = null;
});

const picker = new Picker({
  data,
  autoFocus: true,
  previewPosition: 'none',
  skinTonePosition: 'search',
  theme: 'auto',
  onEmojiSelect: (emoji: { native: string }) => {
    // Only over the private port: the host page never learns what was picked.
    send({ emoji: emoji.native });
  },
  onClickOutside: () => send({ close: true }),
});
document.getElementById('picker')!.append(picker as unknown as Node);
window.addEventListener('keydown', (event) => {
  if (event.key === 'Escape') send({ close: true });
});
