import { describe, expect, it } from 'vitest';
import { defaultSettings } from '../settings/defaults';
import type { PendingSighting } from '../messaging';
import { freshDb, T0 } from '../store/testing';
import { NAME_MAX } from './page-text';
import { recordSighting } from './pending';

const sighting = (over: Partial<PendingSighting> = {}): PendingSighting => ({
  site: 'slack',
  conversationId: 'D0EVIL',
  messageId: '1788456707.662733',
  permalink: 'https://acme.slack.com/archives/D0EVIL/p1788456707662733',
  author: { id: 'U0EVIL', name: 'Mallory' },
  text: 'Can you review the contract before Friday?',
  kind: 'request',
  urgent: false,
  receivedAt: T0,
  ...over,
});

describe('recordSighting: page text enters the store clean', () => {
  it('records an ordinary sighting as it is', async () => {
    const db = freshDb();
    expect(await recordSighting(db, sighting(), defaultSettings(), T0)).toBe('added');
    const [item] = await db.pending.toArray();
    expect(item).toMatchObject({ author: { id: 'U0EVIL', name: 'Mallory' }, snippet: 'Can you review the contract before Friday?', permalink: sighting().permalink });
  });

  it('keeps a hostile sighting, with markup as text, bidi overrides and zero-width characters out, long text cut', async () => {
    const db = freshDb();
    const hostile = sighting({
      author: { id: 'U0EVIL', name: `<img src=x onerror="alert(1)">\u202EMal\u200Blory${'X'.repeat(100_000)}` },
      text: `<script>alert(2)</script>\u202E Can you\u2060 review ${'this '.repeat(300)}?`,
    });
    expect(await recordSighting(db, hostile, defaultSettings(), T0)).toBe('added');
    const [item] = await db.pending.toArray();
    expect(item!.author.name!.startsWith('<img src=x onerror="alert(1)">Mallory')).toBe(true);
    expect(item!.author.name).toHaveLength(NAME_MAX);
    expect(item!.author.name!.endsWith('…')).toBe(true);
    expect(item!.snippet!.startsWith('<script>alert(2)</script> Can you review this')).toBe(true);
    expect(item!.snippet!.endsWith('…')).toBe(true);
    expect(`${item!.author.name}${item!.snippet}`).not.toMatch(/[\u202A-\u202E\u2066-\u2069\u200B\u2060]/);
  });

  it('drops a link that is not a web link and an id that is not an id, instead of losing the item', async () => {
    const db = freshDb();
    const outcome = await recordSighting(db, sighting({ permalink: 'javascript:alert(document.domain)', author: { id: 'U 0'.repeat(200), name: 'Eve' } }), defaultSettings(), T0);
    expect(outcome).toBe('added');
    const [item] = await db.pending.toArray();
    expect(item!.permalink).toBeUndefined();
    expect(item!.author).toEqual({ name: 'Eve' });
  });

  it('stores no snippet when snippets are off, and nothing when reply tracking is off', async () => {
    const db = freshDb();
    const settings = { ...defaultSettings(), storeSnippets: false };
    expect(await recordSighting(db, sighting(), settings, T0)).toBe('added');
    expect((await db.pending.toArray())[0]!.snippet).toBeUndefined();
    const off = defaultSettings();
    off.hints.replyTracking = false;
    expect(await recordSighting(db, sighting({ messageId: 'other' }), off, T0)).toBe('ignored');
    expect(await db.pending.count()).toBe(1);
  });
});
