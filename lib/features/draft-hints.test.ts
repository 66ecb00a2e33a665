import { describe, expect, it } from 'vitest';
import { offered } from './draft-hints';

describe('offered', () => {
  it('keeps the judge ranking where any emoji works', () => {
    expect(offered(['🙏', '❤️', '🙌'], undefined)).toEqual(['🙏', '❤️', '🙌']);
  });

  it('puts the fitting fixed reactions first, then the rest of the set, in the site’s spelling', () => {
    const outlook = ['👍', '❤️', '🎉', '😂', '😮', '😢'];
    expect(offered(['🙏', '❤', '🙌', '👍'], outlook)).toEqual(['❤️', '👍', '🎉', '😂', '😮', '😢']);
    expect(offered(['🎉', '🙌'], outlook)[0]).toBe('🎉');
  });
});
