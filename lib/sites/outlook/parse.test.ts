import { describe, expect, it } from 'vitest';
import { conversationIdFromUrl, hasReplyPrefix, parseOutlookDate, parsePersonLabel, readDeepLink, stripReplyPrefix } from './parse';

const local = (y: number, m: number, d: number, h = 0, min = 0) => new Date(y, m - 1, d, h, min).getTime();

describe('parseOutlookDate', () => {
  it.each([
    ['Tue 3/3/2026 4:02 PM', 'en-US', local(2026, 3, 3, 16, 2)],
    ['Mon 3/2/2026 9:14 AM', 'en-US', local(2026, 3, 2, 9, 14)],
    ['Tue 3/3/2026 12:05 AM', 'en-US', local(2026, 3, 3, 0, 5)],
    ['Di 03.03.2026 09:05', 'de-DE', local(2026, 3, 3, 9, 5)],
    ['Mo 02.03.2026 15:40', 'de', local(2026, 3, 2, 15, 40)],
    ['03/04/2026 16:02', 'en-GB', local(2026, 4, 3, 16, 2)],
    ['2026-03-04 08:30', 'sv-SE', local(2026, 3, 4, 8, 30)],
    // A day above 12 settles the order whatever the locale says.
    ['25/03/2026 10:00', 'en-US', local(2026, 3, 25, 10, 0)],
    ['\u200fג 06/10/2026 01:16', 'he-IL', local(2026, 10, 6, 1, 16)],
  ])('reads %j (%s)', (text, locale, expected) => {
    expect(parseOutlookDate(text, locale)).toBe(expected);
  });

  it('does not take German "am" (on) for a.m.', () => {
    expect(parseOutlookDate('03.03.2026 12:30 am Dienstag', 'de-DE')).toBe(local(2026, 3, 3, 12, 30));
  });

  it.each(['Yesterday 4:02 PM', '4:02 PM', '', '31.02.2026 10:00', '13/13/2026 10:00'])('gives up on %j', (text) => {
    expect(parseOutlookDate(text, 'en-US')).toBeUndefined();
  });
});

describe('parsePersonLabel', () => {
  it.each([
    ['From: Alice Ng <alice.ng@contoso.com>', { name: 'Alice Ng', email: 'alice.ng@contoso.com' }],
    ['Von: Jonas Weber <J.Weber@messebau-nord.de>', { name: 'Jonas Weber', email: 'j.weber@messebau-nord.de' }],
    ['Sam Rivera <sam.rivera@contoso.com>', { name: 'Sam Rivera', email: 'sam.rivera@contoso.com' }],
    ['sam.rivera@contoso.com', { email: 'sam.rivera@contoso.com' }],
    ['<noreply@email.teams.microsoft.com>', { email: 'noreply@email.teams.microsoft.com' }],
    ['Priya Patel', { name: 'Priya Patel' }],
    ['', {}],
  ])('reads %j', (label, expected) => {
    expect(parsePersonLabel(label)).toEqual(expected);
  });
});

describe('reply prefixes', () => {
  it.each([
    ['RE: Q3 launch event', 'Q3 launch event'],
    ['AW: Angebot Messestand Q2', 'Angebot Messestand Q2'],
    ['Re: AW: Fwd:  Angebot', 'Angebot'],
    ['SV: Möte', 'Möte'],
    ['RE[2]: Budget', 'Budget'],
  ])('strips %j', (subject, expected) => {
    expect(hasReplyPrefix(subject)).toBe(true);
    expect(stripReplyPrefix(subject)).toBe(expected);
  });

  it.each(['Review: Q3 plan', 'Angebot Messestand Q2', 'Reading list', 'AWS bill'])('leaves %j alone', (subject) => {
    expect(hasReplyPrefix(subject)).toBe(false);
    expect(stripReplyPrefix(subject)).toBe(subject);
  });
});

describe('conversationIdFromUrl', () => {
  it('takes a conversation id out of the address', () => {
    expect(conversationIdFromUrl('https://outlook.office.com/mail/inbox/id/AAQkADAwATM0MDAAMS1hY2E%3D')).toBe('AAQkADAwATM0MDAAMS1hY2E=');
    expect(conversationIdFromUrl('https://outlook.live.com/mail/0/inbox/id/AQQkADAwATExADE2NS1iNjQ2LTQ%3D')).toBe('AQQkADAwATExADE2NS1iNjQ2LTQ=');
  });

  it('ignores message ids and other routes', () => {
    expect(conversationIdFromUrl('https://outlook.office.com/mail/inbox/id/AAMkADAwATM0MDAAMS1hY2EARgAAA0DcDv0nVFRJqvxzTQ1KNvcHALx1AAM%3D')).toBeUndefined();
    expect(conversationIdFromUrl('https://outlook.live.com/mail/0/deeplink/compose')).toBeUndefined();
    expect(conversationIdFromUrl('https://outlook.office.com/mail/inbox/id/%E0%A4%A')).toBeUndefined();
  });
});

describe('readDeepLink', () => {
  it('encodes the item id', () => {
    expect(readDeepLink('https://outlook.office.com', 'AAMk+ab/c=')).toBe('https://outlook.office.com/mail/deeplink/read/AAMk%2Bab%2Fc%3D');
  });
});
