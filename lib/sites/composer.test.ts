import { describe, expect, it } from 'vitest';
import { defineComposer, type ComposerSpec } from './composer';

/** The parts that need no DOM; sending is covered by the e2e suites on every site's replica. */
function spec(parts: Partial<ComposerSpec>): ComposerSpec {
  return {
    element: {} as HTMLElement,
    read: () => 'draft',
    replace: () => true,
    replyTarget: () => null,
    keys: 'enter',
    sendButton: () => null,
    ...parts,
  };
}

const broken = () => {
  throw new Error('not the page the adapter knows');
};

describe('defineComposer', () => {
  it('passes reads, writes and the reply target through', () => {
    const written: string[] = [];
    const target = { site: 'slack' as const, conversationId: 'C1', messageId: '1.2' };
    const composer = defineComposer(spec({ replace: (text) => written.push(text), replyTarget: () => target }));
    expect(composer.readText()).toBe('draft');
    composer.replaceText('👍');
    expect(written).toEqual(['👍']);
    expect(composer.replyTarget()).toBe(target);
  });

  it('never throws into the page', () => {
    const composer = defineComposer(spec({ read: broken, replace: broken, replyTarget: broken }));
    expect(composer.readText()).toBe('');
    expect(() => composer.replaceText('x')).not.toThrow();
    expect(composer.replyTarget()).toBeNull();
  });
});
