import { cleanText, isVisible, queryAllFirst, queryFirst } from '../dom';
import type { Person } from '../types';
import { personFromAvatarUrl, threadIdIn } from './parse';
import { SELECTORS, THREAD_ID_ATTRIBUTES, ME_AVATAR_IMAGE } from './selectors';

/**
 * The signed-in user from the me-control avatar: Teams loads it from
 * `/users/8:orgid:<id>/profilepicturev2?displayname=<name>`, and the Fluent avatar is labelled with the name.
 * Nothing is read from storage, tokens or cookies.
 */
export function currentUserOf(doc: Document): Person | null {
  const trigger = queryFirst(doc, SELECTORS.meControl.css);
  if (!trigger) return null;
  const img = trigger.querySelector('img[src]');
  const person: Person = { ...personFromAvatarUrl(img?.getAttribute('src')) };
  if (!person.name) {
    const label = trigger.querySelector(ME_AVATAR_IMAGE)?.getAttribute('aria-label')?.trim();
    if (label) person.name = label;
  }
  return person.id || person.name ? person : null;
}

/**
 * The open conversation's thread id (`19:…@unq.gbl.spaces`, `@thread.v2`, `@thread.tacv2`), read from
 * the selected tree item, then the URL (deep links); else the visible title, so that a conversation
 * is still told apart from another when Teams hides its id.
 */
export function conversationOf(doc: Document): string {
  for (const item of queryAllFirst(doc, SELECTORS.selectedConversation.css)) {
    for (const attr of THREAD_ID_ATTRIBUTES) {
      const id = threadIdIn(item.getAttribute(attr));
      if (id) return id;
    }
  }
  const fromUrl = threadIdIn(doc.location?.href);
  if (fromUrl) return fromUrl;
  const titles = [...queryAllFirst(doc, SELECTORS.channelTitle.css), ...queryAllFirst(doc, SELECTORS.chatTitle.css)];
  const title = titles.find((el) => isVisible(el));
  return title ? `title:${cleanText(title)}` : 'unknown';
}
