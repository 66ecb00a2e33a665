import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { startHarness, type Harness } from '../../support/harness';
import { injectAdapter } from '../../support/adapter-bundle';
import type { IncomingMessage, MessageRef, SiteAdapter } from '../../../lib/sites/types';

/**
 * What a replica page exposes to tests as `window.__replica`, read from the site's own model
 * (Quill's getText, Slate's Editor.string, CKEditor's getData), never from Tact.
 */
export interface ReplicaApi {
  /** The draft of the composer at this index, from the editor's model. */
  draftText(composer?: number): string;
  /** Emoji the current user has reacted with on a message (by the adapter's messageId). */
  reactionsOf(messageId: string): string[];
  /** Texts the user has sent on this page, in order. */
  sentMessages(): string[];
  /** A new message arrives in the open conversation from this user id (the user's own id posts as them); returns its id. */
  receive?(text: string, from: string): string;
}

declare global {
  interface Window {
    __tactAdapter: SiteAdapter;
    __replica: ReplicaApi;
  }
}

type MessageSummary = Pick<IncomingMessage, 'messageId' | 'conversationId' | 'fromSelf' | 'addressedToUser'> & {
  author?: string;
  text: string;
};

export interface AdapterSuiteSpec {
  site: string;
  view: string;
  /** Expected match count for each selector name in the adapter's health table. */
  selectorCounts: Record<string, number>;
  /** Which composer (index into findComposers) to type in, and how a person focuses it. */
  composer?: number;
  /** Keys that send here. */
  send: 'enter' | 'mod-enter' | 'button';
  /** With send: 'button', the CSS of the send button a person clicks. */
  sendButton?: string;
  /** The message the draft answers. */
  replyTarget: Pick<MessageRef, 'messageId' | 'conversationId'> & { author?: string };
  /** Messages in view, oldest first (text may be a prefix). */
  messages: MessageSummary[];
  /** Whether the site can react to replyTarget through its UI. */
  canReact: boolean;
  /** Selectors whose removal must degrade health without breaking the page. */
  breakSelectors: string[];
}

/** The one contract every adapter meets, run against each replica with its real editor. */
export function runAdapterSuite(spec: AdapterSuiteSpec): void {
  describe(`${spec.site}/${spec.view}: adapter contract`, () => {
    let h: Harness;
    let page: Page;
    const idx = spec.composer ?? 0;

    beforeAll(async () => {
      h = await startHarness();
      page = await h.openReplica(spec.site, spec.view);
      await page.waitForFunction(() => typeof window.__replica === 'object');
      await injectAdapter(page, spec.site);
    });
    afterAll(async () => {
      await h?.close();
    });

    it('reports healthy with the expected selector counts', async () => {
      const health = await page.evaluate(() => window.__tactAdapter.health(document));
      expect(health.missing).toEqual([]);
      expect(health.ok).toBe(true);
      expect(health.matches).toEqual(spec.selectorCounts);
    });

    it('reads what a person types into the real editor', async () => {
      const count = await page.evaluate(() => window.__tactAdapter.findComposers(document).length);
      expect(count).toBeGreaterThan(idx);
      await focusComposer(page, idx);
      await page.keyboard.type('Got it, thanks!');
      await page.keyboard.down('Shift');
      await page.keyboard.press('Enter');
      await page.keyboard.up('Shift');
      await page.keyboard.type('Maria');
      const read = await page.evaluate((i) => window.__tactAdapter.findComposers(document)[i]!.readText(), idx);
      expect(read).toBe('Got it, thanks!\nMaria');
      expect(await page.evaluate((i) => window.__replica.draftText(i), idx)).toBe('Got it, thanks!\nMaria');
    });

    it('replaces and clears the draft through the editor model', async () => {
      await page.evaluate((i) => window.__tactAdapter.findComposers(document)[i]!.replaceText('👍'), idx);
      expect(await page.evaluate((i) => window.__replica.draftText(i), idx)).toBe('👍');
      expect(await page.evaluate((i) => window.__tactAdapter.findComposers(document)[i]!.readText(), idx)).toBe('👍');
      await page.evaluate((i) => window.__tactAdapter.findComposers(document)[i]!.replaceText(''), idx);
      expect(await page.evaluate((i) => window.__replica.draftText(i), idx)).toBe('');
      expect(await page.evaluate((i) => window.__tactAdapter.findComposers(document)[i]!.readText(), idx)).toBe('');
    });

    it('finds the message the draft answers', async () => {
      const target = await page.evaluate((i) => {
        const t = window.__tactAdapter.findComposers(document)[i]!.replyTarget();
        return t && { messageId: t.messageId, conversationId: t.conversationId, author: t.author?.name, site: t.site };
      }, idx);
      expect(target).toMatchObject({ ...spec.replyTarget, site: spec.site === 'google-chat' ? 'google-chat' : spec.site });
    });

    it('lists the messages in view with their authors', async () => {
      const messages = await page.evaluate(() =>
        window.__tactAdapter.listMessages(document).map((m) => ({
          messageId: m.messageId,
          conversationId: m.conversationId,
          fromSelf: m.fromSelf,
          addressedToUser: m.addressedToUser,
          author: m.author?.name,
          text: m.text,
        })),
      );
      expect(messages.length).toBe(spec.messages.length);
      spec.messages.forEach((expected, i) => {
        const actual = messages[i]!;
        expect(actual).toMatchObject({ ...expected, text: actual.text });
        expect(actual.text.startsWith(expected.text)).toBe(true);
      });
    });

    it(spec.canReact ? 'reacts through the site UI and undoes it' : 'says it cannot react here', async () => {
      const result = await page.evaluate(async (i) => {
        const adapter = window.__tactAdapter;
        const target = adapter.findComposers(document)[i]!.replyTarget();
        if (!target) return { ok: false, reason: 'no-target' };
        const r = await adapter.react(target, '👍');
        const after = window.__replica.reactionsOf(target.messageId);
        if (!r.ok) return { ok: false, reason: r.reason, after };
        const undone = await r.undo();
        return { ok: true, after, undone, final: window.__replica.reactionsOf(target.messageId) };
      }, idx);
      if (spec.canReact) {
        expect(result).toMatchObject({ ok: true, undone: true });
        expect((result as { after: string[] }).after).toContain('👍');
        expect((result as { final: string[] }).final).not.toContain('👍');
      } else {
        expect(result.ok).toBe(false);
      }
    });

    it('notices a send and the replica posts the message', async () => {
      await page.evaluate(() => {
        (window as unknown as { __sent: string[] }).__sent = [];
        const ctl = new AbortController();
        for (const c of window.__tactAdapter.findComposers(document)) {
          c.onSend((text) => (window as unknown as { __sent: string[] }).__sent.push(text), ctl.signal);
        }
      });
      await focusComposer(page, idx);
      await page.keyboard.type('Sending this one');
      if (spec.send === 'button') {
        await page.click(spec.sendButton!);
      } else if (spec.send === 'mod-enter') {
        await page.keyboard.down('Control');
        await page.keyboard.press('Enter');
        await page.keyboard.up('Control');
      } else {
        await page.keyboard.press('Enter');
      }
      await page.waitForFunction(() => window.__replica.sentMessages().length > 0);
      expect(await page.evaluate(() => window.__replica.sentMessages())).toContain('Sending this one');
      expect(await page.evaluate(() => (window as unknown as { __sent: string[] }).__sent)).toContain('Sending this one');
    });

    it('degrades quietly when its key elements are missing', async () => {
      const broken = await h.openReplica(spec.site, spec.view);
      await broken.waitForFunction(() => typeof window.__replica === 'object');
      await injectAdapter(broken, spec.site);
      const health = await broken.evaluate((selectors) => {
        for (const s of selectors) document.querySelectorAll(s).forEach((el) => el.remove());
        const adapter = window.__tactAdapter;
        const composers = adapter.findComposers(document);
        adapter.listMessages(document);
        composers.forEach((c) => c.replyTarget());
        return adapter.health(document);
      }, spec.breakSelectors);
      expect(health.ok).toBe(false);
      expect(health.missing.length).toBeGreaterThan(0);
      expect(h.pageErrors).toEqual([]);
      await broken.close();
    });

    it('made no outbound request', () => {
      expect(h.outbound).toEqual([]);
    });
  });
}

/** Clicks into a composer the way a person does and puts the caret at its end. */
export async function focusComposer(page: Page, index: number): Promise<void> {
  await page.evaluate((i) => {
    const el = window.__tactAdapter.findComposers(document)[i]!.element;
    el.scrollIntoView({ block: 'center' });
  }, index);
  const box = await page.evaluate((i) => {
    const r = window.__tactAdapter.findComposers(document)[i]!.element.getBoundingClientRect();
    return { x: r.left + r.width / 2, y: r.top + Math.min(r.height / 2, 12) };
  }, index);
  await page.mouse.click(box.x, box.y);
  await page.keyboard.down('Control');
  await page.keyboard.press('End');
  await page.keyboard.up('Control');
}
