// The judge as the content script uses it: no vocabulary bundled, lexicons installed as data.
import { describe, expect, it } from 'vitest';
import { analyzeMessage, callSuggestion, createDraftJudge, installLexicons } from './engine';
import { ALL_LEXICONS, LEXICON_BY_LANGUAGE } from './lexicons/all';
import { EMOJI_TABLES } from './lexicons/reactions';

describe('judge engine with lexicons installed at run time', () => {
  it('finds nothing (and never throws) before any lexicon is installed', () => {
    const j = analyzeMessage('Got it, thanks! Can you send the layoff list?');
    expect(j.acknowledgement).toBeNull();
    expect(j.sensitive).toEqual([]);
    // A question mark is not vocabulary: it is still read as a question.
    expect(j.needsReply?.kind).toBe('question');
    expect(callSuggestion('en')).toBe('');
  });

  it('judges with lexicons that went through JSON, as messages between contexts carry them', () => {
    installLexicons(JSON.parse(JSON.stringify(ALL_LEXICONS)), JSON.parse(JSON.stringify(EMOJI_TABLES)));
    expect(analyzeMessage('Got it, thanks!').acknowledgement?.kind).toBeTruthy();
    expect(analyzeMessage('Got it, thanks!').acknowledgement!.reactions.length).toBeGreaterThanOrEqual(3);
    // Shortcodes and disagreeing emoji are data too.
    expect(analyzeMessage(':+1:').acknowledgement?.kind).toBe('agreement');
    expect(analyzeMessage('ok :-1:').acknowledgement).toBeNull();
    expect(analyzeMessage('We need to talk about the layoffs next week').sensitive.map((s) => s.topic)).toContain('termination');
    expect(analyzeMessage('承知しました').acknowledgement).not.toBeNull();
    expect(callSuggestion('es')).toBe(LEXICON_BY_LANGUAGE.es.callSuggestion);
  });

  it('offers the reactions of the emoji tables installed with the lexicons, and keeps them when only lexicons change', () => {
    const tables = { ...EMOJI_TABLES, reactions: { ...EMOJI_TABLES.reactions, thanks: ['💐', '🙇', '🤝'] } };
    installLexicons(ALL_LEXICONS, tables);
    expect(analyzeMessage('Thanks a lot!').acknowledgement?.reactions.slice(0, 3)).toEqual(['💐', '🙇', '🤝']);
    installLexicons([LEXICON_BY_LANGUAGE.en]);
    expect(analyzeMessage('Thanks a lot!').acknowledgement?.reactions.slice(0, 3)).toEqual(['💐', '🙇', '🤝']);
    installLexicons(ALL_LEXICONS, EMOJI_TABLES);
    expect(analyzeMessage('Thanks a lot!').acknowledgement?.reactions[0]).toBe('🙏');
  });

  it('drops what it compiled from older lexicons when new ones are installed', () => {
    installLexicons(ALL_LEXICONS);
    expect(analyzeMessage('Entendido, gracias').acknowledgement).not.toBeNull();
    installLexicons([LEXICON_BY_LANGUAGE.en]);
    expect(analyzeMessage('Entendido, gracias').acknowledgement).toBeNull();
    expect(analyzeMessage('Thanks!').acknowledgement).not.toBeNull();
  });

  it('gives a draft judge made before an install the new vocabulary on its next keystroke', () => {
    installLexicons([LEXICON_BY_LANGUAGE.en]);
    const draft = createDraftJudge();
    expect(draft.judge('Entendido, gracias').acknowledgement).toBeNull();
    installLexicons(ALL_LEXICONS);
    expect(draft.judge('Entendido, gracias').acknowledgement?.kind).toBe('thanks');
    expect(draft.judge('Entendido, gracias!')).toEqual(analyzeMessage('Entendido, gracias!'));
  });
});
