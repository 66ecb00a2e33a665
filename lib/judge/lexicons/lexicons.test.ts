import { describe, expect, it } from 'vitest';
import { phraseKeys } from '../ack-trie';
import { foldTerm } from '../fold';
import { expandTerm, parseTerm } from '../terms';
import { ACK_KINDS, LANGUAGES, REPLY_KINDS, SENSITIVE_TOPICS } from '../types';
import { ALL_LEXICONS as LEXICONS, LEXICON_BY_LANGUAGE } from './all';
import { EMOJI_KINDS, NEGATIVE_EMOJI, REACTIONS, SHORTCODES } from './reactions';
import type { Lexicon } from './types';

const SORTED_KEYS = ['ackFillers', 'ackBlockers', 'notNames', 'honorifics', 'neutral', 'personCues', 'imperativeObjects', 'addressCues', 'techCues', 'stopwords'] as const;
const EMOJI = /^\p{RGI_Emoji}$/v;
const PRIORITY = ['congratulations', 'thanks', 'praise', 'laughter', 'approval', 'confirmation', 'on-it', 'agreement', 'acknowledgement'];

function allTerms(lex: Lexicon): string[] {
  return [
    ...ACK_KINDS.flatMap((k) => lex.ack[k]),
    ...SORTED_KEYS.flatMap((k) => lex[k]),
    ...lex.sensitive.map((e) => e.term),
    ...lex.reply.map((e) => e.term),
    ...lex.urgency.map((e) => e.term),
  ];
}

function duplicates(list: readonly string[]): string[] {
  const seen = new Set<string>();
  const dup: string[] = [];
  for (const x of list) {
    if (seen.has(x)) dup.push(x);
    seen.add(x);
  }
  return dup;
}

describe.each(LANGUAGES.map((l) => [l, LEXICON_BY_LANGUAGE[l]] as const))('lexicon %s', (language, lex) => {
  it('declares its own language and is registered once', () => {
    expect(lex.language).toBe(language);
    expect(LEXICONS.filter((l) => l === lex)).toHaveLength(1);
  });

  it('has phrases for every acknowledgement kind', () => {
    for (const kind of ACK_KINDS) expect(lex.ack[kind].length, kind).toBeGreaterThan(0);
  });

  it.each(SORTED_KEYS)('keeps %s sorted and free of duplicates', (key) => {
    const list = lex[key];
    expect(duplicates(list)).toEqual([]);
    expect([...list]).toEqual([...list].sort());
  });

  it('has no duplicate terms within a list once expanded', () => {
    for (const kind of ACK_KINDS) expect(duplicates(lex.ack[kind].flatMap(expandTerm)), kind).toEqual([]);
    expect(duplicates(lex.sensitive.flatMap((e) => expandTerm(e.term).map((t) => `${e.topic}:${t}`)))).toEqual([]);
    expect(duplicates(lex.reply.flatMap((e) => expandTerm(e.term).map((t) => `${e.kind}:${t}`)))).toEqual([]);
    expect(duplicates(lex.urgency.flatMap((e) => expandTerm(e.term)))).toEqual([]);
  });

  it('uses only known topics, reply kinds and strengths', () => {
    for (const e of lex.sensitive) {
      expect(SENSITIVE_TOPICS).toContain(e.topic);
      expect([undefined, 'always', 'no-tech', 'person', 'aimed', 'subject', 'verdict', 'pair', 'blame']).toContain(e.when);
    }
    for (const e of lex.reply) expect([...REPLY_KINDS, 'fyi', 'rhetorical', 'discretion', 'no-reply', 'retract', 'greeting', 'or', 'imperative']).toContain(e.kind);
    for (const e of lex.urgency) expect(['strong', 'weak', 'not']).toContain(e.strength);
  });

  it('writes terms in the documented syntax (no nesting, no empty terms, wildcard not first)', () => {
    for (const term of allTerms(lex)) {
      let depth = 0;
      for (const ch of term) {
        if (ch === '{') depth++;
        if (ch === '}') depth--;
        expect(depth, term).toBeGreaterThanOrEqual(0);
        expect(depth, term).toBeLessThanOrEqual(1);
      }
      expect(depth, term).toBe(0);
      for (const t of expandTerm(term)) {
        expect(t.trim().length, term).toBeGreaterThan(0);
        expect(parseTerm(t).key.startsWith('_'), term).toBe(false);
      }
    }
  });

  it('writes every acknowledgement phrase so the tokenizer reads it', () => {
    for (const kind of ACK_KINDS) for (const t of lex.ack[kind].flatMap(expandTerm)) expect(phraseKeys(t), `${kind}: ${t}`).not.toBeNull();
    for (const t of [...lex.ackFillers, ...lex.honorifics, ...lex.ackBlockers]) expect(phraseKeys(t), t).not.toBeNull();
  });

  it('covers every topic and every reply kind, and can say no to urgency and replies', () => {
    expect(new Set(lex.sensitive.map((e) => e.topic))).toEqual(new Set(SENSITIVE_TOPICS));
    for (const kind of REPLY_KINDS) expect(lex.reply.some((e) => e.kind === kind), kind).toBe(true);
    expect(lex.reply.some((e) => e.kind === 'fyi')).toBe(true);
    expect(lex.reply.some((e) => e.kind === 'no-reply')).toBe(true);
    for (const s of ['strong', 'weak', 'not'] as const) expect(lex.urgency.some((e) => e.strength === s), s).toBe(true);
  });

  it('writes its CJK frames (Chinese and Japanese) as plain, non-empty fragments', () => {
    const frames = lex.cjkFrames;
    expect(frames !== undefined, 'has CJK frames').toBe(language === 'zh' || language === 'ja');
    for (const list of Object.values(frames ?? {})) {
      // Fragments are joined into one pattern: a metacharacter would change what it matches.
      for (const f of list) expect(f, f).toMatch(/^[^\\^$.|?*+()[\]{}]+$/);
      expect(duplicates(list)).toEqual([]);
    }
    if (frames) for (const key of ['hedges', 'mishaps', 'congratulate', 'asks'] as const) expect(frames[key].length, key).toBeGreaterThan(0);
  });

  it('has a call suggestion and a link label', () => {
    expect(lex.callSuggestion.length).toBeGreaterThan(20);
    expect(lex.linkLabel.length).toBeGreaterThan(0);
  });
});

describe('lexicons together', () => {
  it('never hide a more specific kind inside one phrase ("ok thanks" must read as thanks)', () => {
    // A phrase made of two phrases would stop the search composing them, and lose the better kind.
    const kindsOf = new Map<string, Set<string>>();
    for (const lex of LEXICONS) for (const k of ACK_KINDS) for (const t of lex.ack[k].flatMap(expandTerm)) {
      const key = phraseKeys(t)!.join(' ');
      kindsOf.set(key, new Set([...(kindsOf.get(key) ?? []), k]));
    }
    const hidden: string[] = [];
    for (const lex of LEXICONS) for (const k of ACK_KINDS) for (const t of lex.ack[k].flatMap(expandTerm)) {
      const keys = phraseKeys(t)!;
      for (let i = 1; i < keys.length; i++) {
        const parts = [...(kindsOf.get(keys.slice(0, i).join(' ')) ?? []), ...(kindsOf.get(keys.slice(i).join(' ')) ?? [])];
        if (!kindsOf.has(keys.slice(0, i).join(' ')) || !kindsOf.has(keys.slice(i).join(' '))) continue;
        if (parts.some((p) => PRIORITY.indexOf(p) < PRIORITY.indexOf(k))) hidden.push(`${lex.language} ${k}: ${t}`);
      }
    }
    expect(hidden).toEqual([]);
  });

  it('fold every lexicon term to a non-empty key', () => {
    for (const lex of LEXICONS) for (const term of allTerms(lex)) for (const t of expandTerm(term)) expect(foldTerm(t).trim(), t).not.toBe('');
  });
});

describe('reactions and emoji maps', () => {
  it('offer at least three valid, distinct emoji for every kind', () => {
    for (const kind of ACK_KINDS) {
      const list = REACTIONS[kind];
      expect(list.length, kind).toBeGreaterThanOrEqual(3);
      expect(duplicates(list), kind).toEqual([]);
      for (const e of list) expect(EMOJI.test(e), `${kind} ${e}`).toBe(true);
    }
  });

  it('map only valid emoji (base forms, no skin tone or VS16) to known kinds', () => {
    for (const [emoji, kind] of Object.entries(EMOJI_KINDS)) {
      expect(/\p{Extended_Pictographic}/u.test(emoji), emoji).toBe(true);
      expect(/\p{Emoji_Modifier}/u.test(emoji) || emoji.includes('\uFE0F'), emoji).toBe(false);
      expect(ACK_KINDS).toContain(kind);
    }
    for (const [code, emoji] of Object.entries(SHORTCODES)) {
      expect(code).toMatch(/^[a-z0-9_+-]+$/);
      expect(/\p{Extended_Pictographic}/u.test(emoji), code).toBe(true);
    }
  });

  it('keeps the negative emoji sorted, unique, valid and out of the positive map', () => {
    expect(duplicates(NEGATIVE_EMOJI)).toEqual([]);
    expect([...NEGATIVE_EMOJI]).toEqual([...NEGATIVE_EMOJI].sort());
    for (const e of NEGATIVE_EMOJI) {
      expect(/\p{Extended_Pictographic}/u.test(e), e).toBe(true);
      expect(EMOJI_KINDS[e]).toBeUndefined();
    }
  });
});
