import { queryAllFirst, queryFirst } from '../dom';
import type { Person } from '../types';
import { parseAccountLabel } from './ids';
import { SELECTORS } from './selectors';

/**
 * The signed-in user from the page: name and email from Google's account button label, and the
 * numeric Chat id from a message row of theirs (a row whose avatar or chip links that email).
 */
export function currentChatUser(doc: Document): Person | null {
  const account = queryFirst(doc, SELECTORS.account.css);
  const { name, email } = parseAccountLabel(account?.getAttribute('aria-label'));
  if (!email && !name) return null;
  const id = email ? idOf(doc, email) : undefined;
  return { ...(id ? { id } : {}), ...(name ? { name } : {}), ...(email ? { email } : {}) };
}

function idOf(doc: Document, email: string): string | undefined {
  const wanted = email.toLowerCase();
  for (const person of queryAllFirst(doc, SELECTORS.person.css)) {
    if (person.getAttribute('data-hovercard-id')?.toLowerCase() !== wanted) continue;
    const row = person.closest('[data-user-id]');
    const id = row?.getAttribute('data-user-id');
    if (id) return id;
    const member = /^user\/human\/(\d+)$/.exec(person.getAttribute('data-member-id') ?? '')?.[1];
    if (member) return member;
  }
  return undefined;
}
