import { queryAllFirst, queryFirst } from '../dom';
import type { Person } from '../types';
import { userIdFromAvatarUrl } from './ids';
import { SELECTORS } from './selectors';

/**
 * The signed-in user from the page only: the id from the avatar URL of the user button
 * (`ca.slack-edge.com/<T>-<U>-<hash>-<size>`), the name from the self-DM in the sidebar.
 * Slack's localConfig_v2 also holds the id, next to the session token: Tact never reads it.
 */
export function currentSlackUser(doc: Document): Person | null {
  const button = queryFirst(doc, SELECTORS.userButton.css);
  const id = button ? idFromButton(button) : undefined;
  const name = selfName(doc) ?? nameFromLabel(button?.getAttribute('aria-label'));
  if (!id && !name) return null;
  return { ...(id ? { id } : {}), ...(name ? { name } : {}) };
}

function idFromButton(button: Element): string | undefined {
  const direct = button.getAttribute('data-user-id') ?? button.getAttribute('data-member-id');
  if (direct && /^[UW][A-Z0-9]+$/.test(direct)) return direct;
  for (const img of Array.from(button.querySelectorAll('img'))) {
    const id = userIdFromAvatarUrl(img.getAttribute('src')) ?? userIdFromAvatarUrl(img.getAttribute('srcset'));
    if (id) return id;
  }
  return undefined;
}

/** The self-DM's name without its localized "you" label. */
function selfName(doc: Document): string | undefined {
  const label = queryAllFirst(doc, SELECTORS.selfLabel.css)[0];
  const holder = label?.parentElement;
  if (!holder) return undefined;
  const name = Array.from(holder.childNodes)
    .filter((node) => node !== label)
    .map((node) => node.textContent ?? '')
    .join(' ');
  return name.replace(/\s+/g, ' ').trim() || undefined;
}

/** "User: Maria Lopez" → "Maria Lopez" (the prefix is localized, the name follows a colon). */
function nameFromLabel(label: string | null | undefined): string | undefined {
  const name = label?.split(/[:：]\s*/).slice(1).join(':').trim();
  return name || undefined;
}
