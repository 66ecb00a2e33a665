import { describe, expect, it } from 'vitest';
import { emailFromTitle, legacyHex, parseAccountLabel, stripHash, threadPermalink } from './ids';

describe('ids', () => {
  it('strips the leading # Gmail puts on ids', () => {
    expect(stripHash('#msg-f:1840959905192440233')).toBe('msg-f:1840959905192440233');
    expect(stripHash('thread-f:1')).toBe('thread-f:1');
    expect(stripHash(null)).toBe('');
  });

  it('turns server ids into legacy hex ids, and only those', () => {
    expect(legacyHex('#msg-f:1840959905192440233')).toBe('198c6747aabb71a9');
    expect(legacyHex('thread-f:1840959905192440233')).toBe('198c6747aabb71a9');
    expect(legacyHex('#msg-a:r-7673660351152959857')).toBeUndefined();
    expect(legacyHex('thread-f:')).toBeUndefined();
  });

  it('links a thread within the same account', () => {
    const page = 'https://mail.google.com/mail/u/1/#inbox/FMfcgzQbfxdw';
    expect(threadPermalink(page, 'thread-f:1840959905192440233')).toBe('https://mail.google.com/mail/u/1/#all/198c6747aabb71a9');
    expect(threadPermalink(page, 'thread-a:r-1', 'abc123')).toBe('https://mail.google.com/mail/u/1/#all/abc123');
    expect(threadPermalink(page, 'thread-a:r-1')).toBeUndefined();
    expect(threadPermalink('not a url', 'thread-f:1')).toBeUndefined();
  });
});

describe('parseAccountLabel', () => {
  it.each([
    ['Google Account: Maria Lopez  \n(me@example.com)', { id: 'me@example.com', email: 'me@example.com', name: 'Maria Lopez' }],
    ['Cuenta de Google: María López  \n(Me@Example.com)', { id: 'me@example.com', email: 'me@example.com', name: 'María López' }],
    ['Google 계정: 김민준 (minjun@example.kr)', { id: 'minjun@example.kr', email: 'minjun@example.kr', name: '김민준' }],
    ['Google Account: (me@example.com)', { id: 'me@example.com', email: 'me@example.com' }],
  ])('%s', (label, person) => {
    expect(parseAccountLabel(label)).toEqual(person);
  });

  it('needs an email', () => {
    expect(parseAccountLabel('Google Account: Maria Lopez')).toBeNull();
    expect(parseAccountLabel(undefined)).toBeNull();
  });
});

describe('emailFromTitle', () => {
  it.each([
    ['Inbox (3) - me@example.com - Gmail', 'me@example.com'],
    ['Re: Q3 plan - budget - me@example.com - Gmail', 'me@example.com'],
    ['Recibidos - Maria@Example.com - Gmail', 'maria@example.com'],
    ['Gmail', undefined],
    ['Re: a - b - Gmail', undefined],
  ])('%s', (title, email) => {
    expect(emailFromTitle(title)).toBe(email);
  });
});
