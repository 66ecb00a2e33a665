import { describe, expect, it } from 'vitest';
import { analyzeMessage } from '.';
import { MAX_TAIL_WORDS, TAILS_OF } from './ack-tails';
import { installLexicons } from './lexicons';
import { ALL_LEXICONS, LEXICON_BY_LANGUAGE } from './lexicons/all';
import type { AckKind } from './types';

const kindOf = (text: string): AckKind | null => analyzeMessage(text).acknowledgement?.kind ?? null;

/**
 * One table per frame, each positive beside the look-alikes that must stay negative: a frame adds
 * a slot, never a way for a question, condition, contrast, new commitment or sarcasm to pass.
 */
const frames: Record<string, [text: string, kind: AckKind | null][]> = {
  'thanks or congratulations with a short reason': [
    ['Thanks for jumping in on the incident', 'thanks'],
    ['thanks for sorting the invoices yesterday', 'thanks'],
    ['Thanks for the notes, but the numbers are wrong', null],
    ['Thanks for sorting it, if it breaks again ping me', null],
    ['thanks for breaking staging', null],
    ['Thanks for joining', null],
    ['Congrats on shipping the mobile app!', 'congratulations'],
    ['Congrats on the launch, so deserved', 'congratulations'],
    ['Congrats on the launch, now fix the crash', null],
    ['Gracias por la paciencia con la migración', 'thanks'],
    ['Gracias por la revisión, pero falta un test', null],
    ['Obrigada pela força com o deploy', 'thanks'],
    ['Obrigada pela ajuda mas não resolveu', null],
    ['Merci pour ta relecture attentive', 'thanks'],
    ['Merci pour la démo, sauf que la vidéo coupe', null],
    ['Vielen Dank für die schnelle Antwort', 'thanks'],
    ['Danke für die Antwort, aber das passt nicht', null],
    ['Felicidades por la certificación, te lo mereces', 'congratulations'],
    // A mishap as the thing thanked for is sarcasm; as what was handled, it is the reason.
    ['Thanks for the outage', null],
    ['Thanks for handling the outage', 'thanks'],
    ['Merci pour le retard', null],
    ['Obrigado por avisar em cima da hora', null],
    // A phrase's `_` never reaches past a comma into a new clause.
    ['Thanks for the update, I disagree with point 2', null],
    ['Parabéns pela palestra, você merece', 'congratulations'],
  ],
  'agreement with a person': [
    ['+1 to what Priya wrote', 'agreement'],
    ['Agree with Omar', 'agreement'],
    ['agree with Omar except for the deadline', null],
    ['Same with the login page', null],
    ['De acuerdo con Lucía', 'acknowledgement'],
    ['De acuerdo con Lucía, pero no en el plazo', null],
    ['Concordo com o Pedro', 'agreement'],
    ['Concordo com o Pedro, exceto no prazo', null],
    ["Totalement d'accord avec Claire", 'agreement'],
    ["D'accord avec Claire sauf pour le budget", null],
    ['Stimme Jonas voll zu', 'agreement'],
    ['同意楼上', 'agreement'],
    ['同意楼上吗', null],
  ],
  'on it, with a time or a side': [
    ['looking into it now', 'on-it'],
    ['on it right away', 'on-it'],
    ['on it once legal signs off', null],
    ['looking into it tomorrow', null],
    ['Lo miro ahora mismo', 'on-it'],
    ['Lo miro el lunes', null],
    ['Je regarde tout de suite', 'on-it'],
    ['Bin gleich dran', 'on-it'],
    ['Done on my side', 'confirmation'],
    ['Done on my side, can you check yours', null],
    ["C'est fait de mon côté", 'confirmation'],
    ['Feito da minha parte', 'acknowledgement'],
  ],
  'praise of a thing, adjective first': [
    ['Great writeup', 'praise'],
    ['Great writeup but section 2 is outdated', null],
    ['Nice, you deleted prod', null],
    ['Belle présentation hier', 'praise'],
    ['Tolle Präsentation heute', 'praise'],
    ['Buena presentación', 'praise'],
    ['nice try', null],
  ],
  'exclamation of praise': [
    ['What a lovely writeup', 'praise'],
    ['What a mess', null],
    ['Qué buena demo', 'praise'],
    ['Qué mala suerte', null],
    ['Que entrega incrível', 'praise'],
    ['Que entrega atrasada', null],
    ['Quelle belle migration', 'praise'],
    ['Was für eine starke Demo', 'praise'],
    ['What a great talk but the slides were unreadable', null],
  ],
  'Japanese casual spellings': [
    ['りょーかいです', 'acknowledgement'],
    ['了解っす', 'acknowledgement'],
    ['ありがとぉ', 'thanks'],
    ['了解っすか', null],
  ],
  'Chinese and Japanese frames': [
    ['这边已经弄好了', 'confirmation'],
    ['这边已经弄好了吗', null],
    ['这个讲得很好', 'praise'],
    ['新功能上线，恭喜', 'congratulations'],
    ['恭喜你转正', 'congratulations'],
    ['恭喜你转正了吗', null],
    ['欢迎投简历', null],
    ['ご結婚おめでとうございます', 'congratulations'],
    ['这次又失败了，恭喜', null],
    ['移行作業、おめでとうございます', 'congratulations'],
    ['とても分かりやすい説明でした', 'praise'],
    ['山本さん\n\nご丁寧にありがとうございます。\n\n高橋', 'thanks'],
    ['ありがとうございます\n\n不要です', null],
  ],
};

describe.each(Object.entries(frames))('frame: %s', (_name, cases) => {
  it.each(cases)('%j → %s', (text, kind) => {
    expect(kindOf(text)).toBe(kind);
  });
});

describe('frame data', () => {
  it('has tails for every Latin-script language and none for Chinese or Japanese (their frames are phrases)', () => {
    for (const lang of ['en', 'es', 'pt', 'fr', 'de'] as const) expect(LEXICON_BY_LANGUAGE[lang].ackTails, lang).toBeDefined();
    expect(LEXICON_BY_LANGUAGE.zh.ackTails).toBeUndefined();
    expect(LEXICON_BY_LANGUAGE.ja.ackTails).toBeUndefined();
  });

  it('keeps every Latin language stopping on contrast and negation, in objects and in wildcards', () => {
    const contrast = { en: 'but', es: 'pero', pt: 'mas', fr: 'mais', de: 'aber' } as const;
    const negation = { en: 'not', es: 'no', pt: 'não', fr: 'pas', de: 'nicht' } as const;
    for (const lang of ['en', 'es', 'pt', 'fr', 'de'] as const) {
      const tails = LEXICON_BY_LANGUAGE[lang].ackTails!;
      expect(tails.stops, lang).toContain(contrast[lang]);
      expect(tails.stops, lang).toContain(negation[lang]);
      expect(tails.wildcardStops, lang).toContain(contrast[lang]);
      expect(tails.reason.length, lang).toBeGreaterThan(0);
    }
  });

  it('gives tails only to kinds that carry no content of their own', () => {
    expect(Object.keys(TAILS_OF)).not.toContain('laughter');
    expect(MAX_TAIL_WORDS).toBeLessThanOrEqual(5);
  });

  it('bounds a reason: a fifth word of object is content', () => {
    expect(kindOf('thanks for the new onboarding docs')).toBe('thanks');
    expect(kindOf('thanks for the shiny new onboarding docs page')).toBeNull();
  });

  it('reads the tails from the installed lexicons: lexicons without them (an older background) just lack the frames', () => {
    expect(kindOf('Concordo com a Inês')).toBe('agreement');
    installLexicons(ALL_LEXICONS.map(({ ackTails: _tails, ...rest }) => rest));
    try {
      expect(kindOf('Concordo com a Inês')).toBeNull();
      expect(kindOf('Concordo')).toBe('agreement');
    } finally {
      installLexicons(ALL_LEXICONS);
    }
    expect(kindOf('Concordo com a Inês')).toBe('agreement');
  });
});
