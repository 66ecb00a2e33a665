import { describe, expect, it } from 'vitest';
import { attempt } from './attempt';

describe('attempt', () => {
  it('returns what the read returns', () => expect(attempt(() => 3, 0)).toBe(3));
  it('returns the fallback when the read throws', () => {
    expect(
      attempt((): number => {
        throw new Error('page changed');
      }, 0),
    ).toBe(0);
  });
});
