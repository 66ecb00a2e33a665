import { describe, expect, it } from 'vitest';
import { monthIndex, parseGmailDate } from './date';

const at = (y: number, mo: number, d: number, h = 0, mi = 0) => new Date(y, mo, d, h, mi).getTime();

describe('parseGmailDate', () => {
  it.each([
    ['20 Aug 2025, 13:19', at(2025, 7, 20, 13, 19)],
    ['Wed, 20 Aug 2025, 13:19', at(2025, 7, 20, 13, 19)],
    ['8 Sept 2025, 09:05', at(2025, 8, 8, 9, 5)],
    ['Aug 20, 2025, 1:19 PM', at(2025, 7, 20, 13, 19)],
    ['Wed, Aug 20, 2025, 12:04 AM', at(2025, 7, 20, 0, 4)],
    ['Aug 20, 2025, 12:30 PM', at(2025, 7, 20, 12, 30)],
    ['3 oct 2025, 17:30', at(2025, 9, 3, 17, 30)],
    ['vie, 3 oct 2025, 9:14', at(2025, 9, 3, 9, 14)],
    ['3 oct 2025, 5:30 p. m.', at(2025, 9, 3, 17, 30)],
    ['20 août 2025, 13:19', at(2025, 7, 20, 13, 19)],
    ['2 juin 2025, 08:00', at(2025, 5, 2, 8, 0)],
    ['2 juil. 2025, 08:00', at(2025, 6, 2, 8, 0)],
    ['20. Aug. 2025, 13:19', at(2025, 7, 20, 13, 19)],
    ['3. Dez. 2025, 07:45', at(2025, 11, 3, 7, 45)],
    ['20 de ago. de 2025 13:19', at(2025, 7, 20, 13, 19)],
    ['2025年8月20日 13:19', at(2025, 7, 20, 13, 19)],
    ['20 Aug 2025', at(2025, 7, 20)],
  ])('%s', (title, expected) => {
    expect(parseGmailDate(title)).toBe(expected);
  });

  it.each([[''], [null], ['13:19 (2 days ago)'], ['yesterday'], ['20 Foo 2025, 13:19'], ['32 Aug 2025, 10:00']])(
    'gives up on %s',
    (title) => {
      expect(parseGmailDate(title)).toBeUndefined();
    },
  );
});

describe('monthIndex', () => {
  it('tells juin from juillet and ignores case and accents', () => {
    expect([monthIndex('juin'), monthIndex('Juil'), monthIndex('FÉVR'), monthIndex('März'), monthIndex('dic')]).toEqual([5, 6, 1, 2, 11]);
  });
});
