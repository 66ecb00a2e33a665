// The draft judge keeps state between keystrokes; these properties prove it never changes the answer.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeMessage, createComposerJudge, createDraftJudge, type JudgeOptions } from '.';
import { foldEdited, type FoldState } from './fold-edit';
import { fold } from './fold';

const RUNS = Number(process.env.FUZZ_RUNS ?? 200);

/** Pieces of drafts in all seven languages, with the judge's triggers, CJK, emoji and odd units. */
const pieces = fc.constantFrom(
  'Got it, thanks Maria!', 'thanks', 'ok', 'Can you send me the deck?', 'please', 'Merge the branch', ' once CI passes.', 'let Sam go',
  'performance review', 'you dropped the ball', 'layoffs', 'I was wondering if', 'Why always on Fridays? 🙃', 'ASAP', 'today',
  '收到', '谢谢', '把报告发我', '一下吧', '這週五前可以把報告給我嗎', '裁員', '了解です', 'いただけると助かります', 'ないでください', 'さん',
  'Entendido, gracias', 'Mata el proceso', 'Revisé los logs', '¿Tienes un momento?', 'Merci d’avance de', "j'en ai marre", 'réunion',
  'Danke dir, schönes Wochenende!', 'Mir reicht’s', 'Kündigung', 'Beleza, valeu!', 'Faz o merge', 'ajudou imenso', 'despedida',
  ' ', '  ', '\n', ',', '.', '?', '!', '…', '👍', '👍🏽', '🙏', '🏳️‍🌈', ':pray:', 'm(_ _)m', 'ΣΑΣ', 'İstanbul', 'ß', 'ＯＫ', '？',
  '\u0301', '\u200d', '\ufe0f', '\ud83d', '\ude00', 'שלום', '\u202e', 'a', 'e', 'n', 't', 's',
  // Pieces of the frames added later: how-are-you openers, questions taken back, full names, 💀 and 😭, ellipses.
  'Oi Ana, tudo bem?', '¿qué tal?', 'nvm', '算了', 'Hi Priya Sharma,', '\nJ. Smith', 'Dra.', '💀', '😭', 'lmao', '...', '資料', 'ありがとう',
);
const drafts = fc.array(pieces, { maxLength: 30 }).map((p) => p.join(''));

/** One edit of a draft: typing at the end, deleting at the end, pasting, editing in the middle, or a new text. */
const edit = fc.oneof(
  fc.record({ type: fc.constant('type' as const), text: pieces }),
  fc.record({ type: fc.constant('type-chars' as const), text: pieces }),
  fc.record({ type: fc.constant('delete' as const), count: fc.integer({ min: 1, max: 12 }) }),
  fc.record({ type: fc.constant('paste' as const), text: drafts }),
  fc.record({ type: fc.constant('middle' as const), at: fc.nat(), remove: fc.integer({ min: 0, max: 6 }), text: pieces }),
  fc.record({ type: fc.constant('replace' as const), text: drafts }),
);

type Edit = typeof edit extends fc.Arbitrary<infer E> ? E : never;

/** Every text the draft holds after each edit (typing a piece goes character by character). */
function texts(start: string, edits: Edit[]): string[] {
  const out: string[] = [start];
  let t = start;
  for (const e of edits) {
    if (e.type === 'type-chars') {
      for (const ch of e.text) out.push((t += ch));
      continue;
    }
    if (e.type === 'type') t += e.text;
    else if (e.type === 'delete') t = t.slice(0, Math.max(0, t.length - e.count));
    else if (e.type === 'paste') t += e.text;
    else if (e.type === 'middle') {
      const at = t.length === 0 ? 0 : e.at % (t.length + 1);
      t = t.slice(0, at) + e.text + t.slice(at + e.remove);
    } else t = e.text;
    out.push(t);
  }
  return out;
}

const optionsArb = fc.constantFrom<JudgeOptions | undefined>(
  undefined,
  { locale: 'en' },
  { locale: 'ja' },
  { locale: 'es-MX' },
  { locale: 'zh-TW' },
  { locale: 'de', extraAcknowledgements: ['passt scho'], mutedSensitiveTerms: ['layoff*'] },
  { extraSensitiveTerms: [{ term: 'Project Falcon', topic: 'reorg' }] },
);

describe('createDraftJudge', () => {
  it('keeps the reply scan in step when an acknowledgement skipped it (a counterexample fast-check found)', () => {
    const draft = createDraftJudge();
    let text = 'Beleza, valeu!';
    for (const t of ['ajudou imenso一下吧', text]) expect(draft.judge(t)).toEqual(analyzeMessage(t));
    for (const ch of 'ないでください') {
      text += ch;
      expect(draft.judge(text)).toEqual(analyzeMessage(text));
    }
  });

  it('always says what analyzeMessage says, through appends, deletions, pastes and edits', () => {
    fc.assert(
      fc.property(drafts, fc.array(edit, { maxLength: 12 }), optionsArb, (start, edits, options) => {
        const draft = createDraftJudge(options);
        for (const t of texts(start, edits)) expect(draft.judge(t)).toEqual(analyzeMessage(t, options));
      }),
      { numRuns: RUNS },
    );
  });

  it('is unaffected by other judgements in between (its state is its own)', () => {
    fc.assert(
      fc.property(drafts, drafts, (a, b) => {
        const one = createDraftJudge();
        const two = createDraftJudge();
        for (let i = 0; i <= Math.max(a.length, b.length); i += 3) {
          const ta = a.slice(0, i);
          const tb = b.slice(0, i);
          expect(one.judge(ta)).toEqual(analyzeMessage(ta));
          expect(two.judge(tb)).toEqual(analyzeMessage(tb));
        }
      }),
      { numRuns: Math.max(20, Math.round(RUNS / 4)) },
    );
  });

  it('types every prefix of a draft exactly as a cold judgement would', () => {
    fc.assert(
      fc.property(drafts, (text) => {
        const draft = createDraftJudge({ locale: 'en' });
        for (let i = 0; i <= text.length; i++) expect(draft.judge(text.slice(0, i))).toEqual(analyzeMessage(text.slice(0, i), { locale: 'en' }));
      }),
      { numRuns: Math.max(20, Math.round(RUNS / 4)) },
    );
  });

  it('judges huge and non-string input like analyzeMessage', () => {
    const draft = createDraftJudge();
    for (const t of ['', 'a'.repeat(250_000), `${'a'.repeat(199_999)}😀 thanks`, 'thanks', undefined as unknown as string, 'ok']) {
      expect(draft.judge(t)).toEqual(analyzeMessage(t));
    }
  });
});

describe('createComposerJudge', () => {
  it("says what analyzeMessage says of a draft's acknowledgement, sensitive topics and language, and never judges replies", () => {
    fc.assert(
      fc.property(drafts, fc.array(edit, { maxLength: 12 }), optionsArb, (start, edits, options) => {
        const composer = createComposerJudge(options);
        for (const t of texts(start, edits)) {
          const cold = analyzeMessage(t, options);
          expect(composer.judge(t)).toEqual({ ...cold, needsReply: null, urgent: null });
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('leaves out a reply request that analyzeMessage finds', () => {
    const text = 'Can you send me the report by Friday?';
    expect(analyzeMessage(text).needsReply).not.toBeNull();
    expect(createComposerJudge().judge(text).needsReply).toBeNull();
  });
});

describe('foldEdited', () => {
  it('folds an edited text exactly as folding it whole (final sigma, İ, surrogates, CJK)', () => {
    const units = fc.constantFrom('a', 'A', 'É', 'é', 'Σ', 'σ', 'ς', 'İ', 'ß', '\ud83d', '\ude00', '😀', '收', '這', 'ア', ' ', "'", '’', 'Ｏ');
    const text = fc.array(units, { maxLength: 20 }).map((u) => u.join(''));
    fc.assert(
      fc.property(fc.array(text, { minLength: 1, maxLength: 8 }), (versions) => {
        let state: FoldState | null = null;
        for (const v of versions) {
          for (let i = 0; i <= v.length; i++) {
            state = foldEdited(state, v.slice(0, i));
            expect(state.folded).toEqual(fold(v.slice(0, i)));
          }
        }
      }),
      { numRuns: RUNS },
    );
  });
});
