import { Picker } from 'emoji-mart';
import data from '@emoji-mart/data';

/**
 * The emoji picker Tact shows inside sites and its own pages. emoji-mart's data is bundled here
 * (never fetched) and loads only when someone opens the picker.
 */
let port: MessagePort | null = null;

window.addEventListener('message', (event) => {
  if (event.data?.tact === 'picker-port' && event.ports[0]) port = event.ports[0];
});

const picker = new Picker({
  data,
  autoFocus: true,
  previewPosition: 'none',
  skinTonePosition: 'search',
  theme: 'auto',
  onEmojiSelect: (emoji: { native: string }) => {
    // Only over the private port: the host page never learns what was picked.
    port?.postMessage({ emoji: emoji.native });
  },
  onClickOutside: () => port?.postMessage({ close: true }),
});
document.getElementById('picker')!.append(picker as unknown as Node);
window.addEventListener('keydown', (event) => {
  if (event.key === 'Escape') port?.postMessage({ close: true });
});
