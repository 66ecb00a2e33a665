import { describe, expect, it } from 'vitest';
import { conversationIdFromPath, isDirectMessage, parseAccountLabel, parseTimestamp, permalinkOf } from './ids';

describe('conversationIdFromPath', () => {
  it.each([
    ['/u/0/app/chat/AAQA9J3tZPg', 'AAQA9J3tZPg'],
    ['/app/chat/dRhS3QAAAAE', 'dRhS3QAAAAE'],
    ['/u/1/app/chat/AAQA9J3tZPg/thread/kT3bq2xY1aA', 'AAQA9J3tZPg'],
    ['/room/AAQA9J3tZPg/kT3bq2xY1aA/kT3bq2xY1aA', 'AAQA9J3tZPg'],
  ])('%s → %s', (path, id) => expect(conversationIdFromPath(path)).toBe(id));

  it.each([['/u/0/app/home'], ['/'], ['/app/chat/']])('none in %s', (path) => expect(conversationIdFromPath(path)).toBeUndefined());
});

describe('isDirectMessage', () => {
  it('tells a DM from a space', () => {
    expect(isDirectMessage('dm/dRhS3QAAAAE')).toBe(true);
    expect(isDirectMessage('space/AAQA9J3tZPg')).toBe(false);
    expect(isDirectMessage('AAQA9J3tZPg')).toBe(false);
  });
});

describe('permalinkOf', () => {
  it('links a space message and a DM message', () => {
    expect(permalinkOf('space/AAQA9J3tZPg', 'kT3bq2xY1aA', 'XWmXUK7JLGI')).toBe('https://chat.google.com/room/AAQA9J3tZPg/kT3bq2xY1aA/XWmXUK7JLGI');
    expect(permalinkOf('dm/dRhS3QAAAAE', 'q1', 'm1')).toBe('https://chat.google.com/dm/dRhS3QAAAAE/q1/m1');
  });
  it('gives none without a topic or a known kind of conversation', () => {
    expect(permalinkOf('space/AAQA9J3tZPg', undefined, 'm1')).toBeUndefined();
    expect(permalinkOf('AAQA9J3tZPg', 't', 'm1')).toBeUndefined();
  });
});

describe('parseAccountLabel', () => {
  it.each([
    ['Google Account: Maria Lopez\n(maria.lopez@acme.com)', { name: 'Maria Lopez', email: 'maria.lopez@acme.com' }],
    ['Google-Konto: Lena Vogel  \n(lena.vogel@acme.de)', { name: 'Lena Vogel', email: 'lena.vogel@acme.de' }],
    ['Google Account: Me Example (me@example.com)', { name: 'Me Example', email: 'me@example.com' }],
    ['Compte Google : Zoé Martin (zoe@exemple.fr)', { name: 'Zoé Martin', email: 'zoe@exemple.fr' }],
  ])('%j', (label, expected) => expect(parseAccountLabel(label)).toEqual(expected));

  it('is empty for no label', () => expect(parseAccountLabel(null)).toEqual({}));
});

describe('parseTimestamp', () => {
  it('reads epoch ms', () => expect(parseTimestamp('1758793989726')).toBe(1758793989726));
  it.each([[null], [''], ['18:53'], ['1758793989']])('rejects %j', (v) => expect(parseTimestamp(v)).toBeUndefined());
});
