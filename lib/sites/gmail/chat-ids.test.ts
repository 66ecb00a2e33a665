import { describe, expect, it } from 'vitest';
import { chatGroupFromUrl, gmailChatLink, isChatHash } from './chat-ids';

describe('isChatHash', () => {
  it.each([
    ['https://mail.google.com/mail/u/0/#chat/space/AAQA9J3tZPg', true],
    ['https://mail.google.com/mail/u/0/#chat/home', true],
    ['https://mail.google.com/mail/u/0/#chat', true],
    ['https://mail.google.com/mail/u/0/#inbox/FMfcgzQbfxdwQJvnhLKjSSzXzRkZPTCk', false],
    ['https://mail.google.com/mail/u/0/#search/chat/space', false],
    ['https://mail.google.com/mail/u/0/#chats', false],
    ['https://mail.google.com/mail/u/0/', false],
  ])('%s → %s', (url, expected) => expect(isChatHash(url)).toBe(expected));
});

describe('chatGroupFromUrl', () => {
  it.each([
    ['https://mail.google.com/mail/u/0/#chat/space/AAQA9J3tZPg', 'space/AAQA9J3tZPg'],
    ['https://mail.google.com/mail/u/2/#chat/dm/dRhS3QAAAAE', 'dm/dRhS3QAAAAE'],
    ['https://mail.google.com/mail/u/0/#chat/space/AAQA9J3tZPg/kT3bq2xY1aA', 'space/AAQA9J3tZPg'],
  ])('%s → %s', (url, expected) => expect(chatGroupFromUrl(url)).toBe(expected));

  it.each([
    ['https://mail.google.com/mail/u/0/#chat/home'],
    ['https://mail.google.com/mail/u/0/#inbox/space/AAQA9J3tZPg'],
    ['https://mail.google.com/mail/u/0/?view=chat/space/AAQA9J3tZPg'],
  ])('none in %s', (url) => expect(chatGroupFromUrl(url)).toBeUndefined());
});

describe('gmailChatLink', () => {
  it('keeps the account of the page', () => {
    expect(gmailChatLink('https://mail.google.com/mail/u/2/#chat/home', 'space/AAQA9J3tZPg')).toBe('https://mail.google.com/mail/u/2/#chat/space/AAQA9J3tZPg');
    expect(gmailChatLink('https://mail.google.com/mail/?ui=2#inbox', 'dm/dRhS3QAAAAE')).toBe('https://mail.google.com/mail/#chat/dm/dRhS3QAAAAE');
  });
  it('gives none for an id that is not a space or a DM', () => {
    expect(gmailChatLink('https://mail.google.com/mail/u/0/', 'AAQA9J3tZPg')).toBeUndefined();
    expect(gmailChatLink('https://mail.google.com/mail/u/0/', '')).toBeUndefined();
  });
});
