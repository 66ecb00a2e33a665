import { describe, expect, it } from 'vitest';
import { defineAdapter, type AdapterParts } from './define-adapter';
import { SITE_METAS } from './meta';
import type { SiteId } from './types';

const metaOf = (id: SiteId) => SITE_METAS.find((site) => site.id === id)!;

/** A query root with no DOM behind it: every selector matches `count` elements. */
const rootWith = (count: number) => ({ querySelectorAll: () => Array.from({ length: count }) }) as unknown as Document;

const broken = () => {
  throw new Error('not the page the adapter knows');
};

function parts(overrides: Partial<AdapterParts> = {}): AdapterParts {
  return {
    selectors: { main: { css: ['main'], required: true }, avatar: { css: ['img.avatar'] } },
    observeRoot: () => null,
    findComposers: () => [],
    listMessages: () => [],
    currentUser: () => ({ name: 'Maria' }),
    react: async () => ({ ok: false, reason: 'no-target' }),
    ...overrides,
  };
}

describe('defineAdapter', () => {
  it('takes its identity, matches and routes from the site meta', () => {
    const adapter = defineAdapter(metaOf('discord'), parts());
    const meta = SITE_METAS.find((site) => site.id === 'discord')!;
    expect({ id: adapter.id, name: adapter.name, kind: adapter.kind, matches: adapter.matches }).toEqual({
      id: 'discord',
      name: meta.name,
      kind: meta.kind,
      matches: meta.matches,
    });
    expect(adapter.servesRoute(new URL('https://discord.com/channels/1/2'))).toBe(true);
    expect(adapter.servesRoute(new URL('https://discord.com/download'))).toBe(false);
  });

  it('offers a fixed reaction set only when the site has one', () => {
    expect('reactions' in defineAdapter(metaOf('slack'), parts())).toBe(false);
    expect(defineAdapter(metaOf('outlook'), parts({ reactions: ['👍', '❤️'] })).reactions).toEqual(['👍', '❤️']);
  });

  it('passes the site parts through', async () => {
    const adapter = defineAdapter(metaOf('slack'), parts());
    expect(adapter.currentUser(rootWith(0))).toEqual({ name: 'Maria' });
    await expect(adapter.react({ site: 'slack', conversationId: 'C1', messageId: '1.2' }, '👍')).resolves.toEqual({ ok: false, reason: 'no-target' });
  });

  it('measures health from the selector table', () => {
    const adapter = defineAdapter(metaOf('gmail'), parts());
    expect(adapter.health(rootWith(2))).toEqual({ site: 'gmail', matches: { main: 2, avatar: 2 }, missing: [], ok: true });
    expect(adapter.health(rootWith(0))).toEqual({ site: 'gmail', matches: { main: 0, avatar: 0 }, missing: ['main'], ok: false });
  });

  it('never throws into the page', async () => {
    const adapter = defineAdapter(metaOf('teams'), parts({ observeRoot: broken, findComposers: broken, listMessages: broken, currentUser: broken, react: broken }));
    const doc = rootWith(0);
    expect(adapter.observeRoot(doc)).toBeNull();
    expect(adapter.findComposers(doc)).toEqual([]);
    expect(adapter.listMessages(doc)).toEqual([]);
    expect(adapter.currentUser(doc)).toBeNull();
    await expect(adapter.react({ site: 'teams', conversationId: 'c', messageId: 'm' }, '👍')).resolves.toEqual({ ok: false, reason: 'no-reaction-ui' });
    expect(adapter.health({ querySelectorAll: broken } as unknown as Document)).toEqual({ site: 'teams', matches: { main: 0, avatar: 0 }, missing: ['main'], ok: false });
  });
});
