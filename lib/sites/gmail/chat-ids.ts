/**
 * Google Chat inside Gmail: the address bar says which conversation is open
 * (`/mail/u/0/#chat/space/AAQA9J3tZPg`, `#chat/dm/dRhS3QAAAAE`, `#chat/home`).
 */

/** Whether the hash shows Chat rather than mail. */
export function isChatHash(url: string): boolean {
  return /^#chat(\/|$)/.test(hashOf(url));
}

/** `space/<id>` or `dm/<id>` from a Gmail address showing a Chat conversation. */
export function chatGroupFromUrl(url: string): string | undefined {
  const m = /^#chat\/(space|dm)\/([\w-]+)/.exec(hashOf(url));
  return m ? `${m[1]}/${m[2]}` : undefined;
}

/** The conversation's address in Gmail, on the account the user is on (`/mail/u/2/`). */
export function gmailChatLink(url: string, groupId: string): string | undefined {
  if (!/^(space|dm)\/[\w-]+$/.test(groupId)) return undefined;
  try {
    const { origin, pathname } = new URL(url);
    const account = /^\/mail\/u\/\d+\//.exec(pathname)?.[0] ?? '/mail/';
    return `${origin}${account}#chat/${groupId}`;
  } catch {
    return undefined;
  }
}

function hashOf(url: string): string {
  const i = url.indexOf('#');
  return i < 0 ? '' : url.slice(i);
}
