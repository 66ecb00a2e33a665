import { describe, expect, it } from 'vitest';
import { lastFromOthers, toRef } from './messages';
import type { MessageRef } from './types';

describe('toRef', () => {
  it('keeps the reference and drops text, element and empty fields', () => {
    const message = {
      site: 'slack',
      conversationId: 'C1',
      messageId: '17.1',
      author: undefined,
      sentAt: 0,
      permalink: '',
      text: 'hello',
      fromSelf: false,
    } as MessageRef & { text: string; fromSelf: boolean };
    const ref = toRef(message);
    expect(ref).toStrictEqual({ site: 'slack', conversationId: 'C1', messageId: '17.1', sentAt: 0 });
    expect(Object.keys(ref)).not.toContain('author');
  });

  it('keeps author, time and permalink when present', () => {
    const ref: MessageRef = { site: 'gmail', conversationId: 't', messageId: 'm', author: { name: 'Maria' }, sentAt: 5, permalink: 'https://x/#m' };
    expect(toRef(ref)).toStrictEqual(ref);
    expect(toRef(ref)).not.toBe(ref);
  });
});

describe('lastFromOthers', () => {
  it('finds the latest message someone else wrote', () => {
    const list = [
      { id: 1, fromSelf: false },
      { id: 2, fromSelf: false },
      { id: 3, fromSelf: true },
    ];
    expect(lastFromOthers(list)?.id).toBe(2);
  });

  it('is undefined when every message is the user’s, or there are none', () => {
    expect(lastFromOthers([{ fromSelf: true }])).toBeUndefined();
    expect(lastFromOthers([])).toBeUndefined();
  });
});
