import { describe, expect, it } from 'vitest';
import { analyzeMessage } from '.';
import { emojiTables, installLexicons } from './lexicons';
import { ALL_LEXICONS } from './lexicons/all';
import type { AckKind } from './types';

// Each positive sits beside the look-alikes that must not pass (cf. refined-github's is-low-quality-comment test).
const cases: [text: string, kind: AckKind | null][] = [
  ['Got it, thanks Maria!', 'thanks'],
  ['Got it, thanks Maria! I’ll update the doc.', null],
  ['thanksss', 'thanks'],
  ['thanks?', null],
  ['okkk', 'acknowledgement'],
  ['ok if legal agrees', null],
  ['ok, I’ll send it Friday', null],
  ['Sure', 'agreement'],
  ['Sure, after the migration', null],
  ['sgtm', 'agreement'],
  ['lgtm', 'approval'],
  ['lgtm but fix the typo', null],
  ['+1', 'agreement'],
  ['-1', null],
  ['👍', 'agreement'],
  ['👎', null],
  ['👍🏿', 'agreement'],
  ['thanks 👎', null],
  ['Great!', 'praise'],
  ['Great, another outage.', null],
  ['Oh great.', null],
  ['Great...', null],
  ['Thanks for joining', null],
  ['Thanks for joining, here is the agenda', null],
  ['Congrats Ana! 🎉', 'congratulations'],
  ['Congrats on the promotion, well deserved', 'congratulations'],
  ['haha', 'laughter'],
  ['hahaha that’s the bug', null],
  ['on it', 'on-it'],
  ['On it after lunch', null],
  ['Done ✅', 'confirmation'],
  ['done?', null],
  ['thx @sam.lee', 'thanks'],
  ['thx @sam @jo @al', null],
  ['Thanks Maria and Tom', 'thanks'],
  ['Thanks Friday', null],
  ['Not sure that works', null],
  ['Maria, thanks!', 'thanks'],
  ['Thnaks', 'thanks'],
  ['Thinks', null],
  ['no thanks', null],
  ['Hi!', null],
  ['Hi Maria', null],
  ['ok :)', 'acknowledgement'],
  ['ok :(', null],
  ['ok #123', null],
  ['ok https://example.com', null],
  ['收到，谢谢！', 'thanks'],
  ['收到，但是周五来不及', null],
  ['谢谢王总', 'thanks'],
  ['你好', null],
  ['呵呵', null],
  ['了解です', 'acknowledgement'],
  ['了解です。ただ、金曜日は難しいです。', null],
  ['ありがとうございます、田中さん', 'thanks'],
  ['Entendido, gracias', 'thanks'],
  ['Entendido, pero no llego', null],
  ["D'accord, merci !", 'thanks'],
  ["D'accord, mais pas avant jeudi", null],
  ['Alles klar, danke!', 'thanks'],
  ['Na super.', null],
  ['Beleza, valeu!', 'thanks'],
  ['Beleza, mas só na sexta', null],
  // Praise and thanks for a named piece of work ("_" in a phrase takes one word or two).
  ['Nice work on the release, team', 'praise'],
  ['Great job on the migration!', 'praise'],
  ['Great job on the migration, but the docs are stale', null],
  ['Thanks for the quick review!', 'thanks'],
  ['Thanks for the review, can you also check the tests?', null],
  ['Thanks for joining', null],
  ['Thank you so much for stepping in yesterday, really appreciate it.', 'thanks'],
  ['Thank you so much for stepping in yesterday, I owe you one and will pay it back', null],
  ['Congrats on the new role!', 'congratulations'],
  ['This is super helpful, thanks!', 'thanks'],
  ['This is super helpful for the migration plan we discussed', null],
  ['Gracias por el laburo', 'thanks'],
  ['Gracias por el laburo, pero falta el informe', null],
  ['Merci pour la relecture rapide !', 'thanks'],
  ['Danke für den schnellen Fix!', 'thanks'],
  ['Obrigado pela ajuda, ajudou imenso', 'thanks'],
  ['Muito obrigada, ajudou imenso', 'thanks'],
  ['Ajudou imenso, mas ainda falta a parte dois', null],
  // Sign-offs and wishes around an acknowledgement.
  ['Danke dir, schönes Wochenende!', 'thanks'],
  ['Thanks, have a great weekend!', 'thanks'],
  ['Gracias, buen finde!', 'thanks'],
  ['Merci, bon week-end !', 'thanks'],
  ['Obrigado, bom fim de semana!', 'thanks'],
  ['Thanks, have a great weekend! Can you send the deck Monday?', null],
  ['¡Felicidades al equipo!', 'congratulations'],
  // Regional forms.
  ['Tiguidou !', 'acknowledgement'],
  ['Ça me fait plaisir!', 'acknowledgement'],
  ['Merci vielmals', 'thanks'],
  ['Servus, passt scho', 'acknowledgement'],
  ['Ok, percebido.', 'acknowledgement'],
  ['Já está feito.', 'confirmation'],
  ['Pode deixar, eu vejo isso', 'on-it'],
  ['Pode deixar, eu vejo isso amanhã com o cliente', null],
  ['收到！太感谢了', 'thanks'],
  ['我看了下，没什么问题。', 'approval'],
  ['我看了下，有几个问题要改', null],
  ['リリースお疲れ様でした！', 'thanks'],
  ['対応完了しました', 'confirmation'],
  ['対応完了しました。ただ、テストがまだ失敗しています。', null],
  ['大変参考になりました、ありがとうございます！', 'thanks'],
  // Replies to wishes, good news and quick confirmations.
  ['Thanks, you too!', 'thanks'],
  ['That’s great news!', 'praise'],
  ['That’s great news for the competitors, not us', null],
  ['Just sent it', 'confirmation'],
  ['Just sent it to the wrong person, sorry', null],
  ['好的，我这边看一下', 'on-it'],
  ['好的，我这边看一下，明天给你答复', null],
  ['好的，周一见', 'confirmation'],
  // A commitment with a detail is content, not an acknowledgement.
  ['承知しました、明日対応します', null],
  ['Dale, lo veo mañana', null],
  // Approval "from my side", thanks for a gerund, congratulations on a launch, "I'll handle it": each beside content.
  ['Approved from my side', 'approval'],
  ['Approved from my side, but please fix the typo first', null],
  ['Freigegeben von meiner Seite!', 'approval'],
  ['Freigegeben von meiner Seite, bitte noch den Changelog ergänzen', null],
  ['Aprovado da minha parte 👍', 'approval'],
  ['Aprovado da minha parte, só falta o jurídico revisar', null],
  ['Validé de mon côté', 'approval'],
  ['Validé de mon côté, mais il manque la section 3', null],
  ['Thanks so much for pulling that together!', 'thanks'],
  ['Thanks so much for pulling that together, can you also add Q3?', null],
  ['恭喜版本顺利发布！', 'congratulations'],
  ['恭喜项目顺利上线！下周复盘会谁来主持？', null],
  ['ローンチおめでとうございます！', 'congratulations'],
  ['こちらで対応します', 'on-it'],
  ['こちらで対応しますね！ちなみに期限はいつですか？', null],
  ['LGTM，可以合了', 'approval'],
  ['LGTM，可以合，不过先跑一下测试', null],
  ['Merci vielmal!', 'thanks'],
  // An acknowledgement's frame around a sensitive matter is no acknowledgement: the sensitive hint shows.
  ['恭喜你被解雇', null],
  ['リストラおめでとう', null],
  ['what a great reorg', null],
  ['great layoffs', null],
  // Thanks written onto what it is for, and "received" after what arrived; a topic that asks is thanks in advance.
  ['資料ありがとうございます', 'thanks'],
  ['早速のご対応ありがとうございます🙏', 'thanks'],
  ['お疲れ様です。資料ありがとうございます。', 'thanks'],
  ['资料收到了，谢谢', 'thanks'],
  ['文件已收到', 'acknowledgement'],
  ['資料を送ってください、ありがとう', null],
  ['確認してほしいです、ありがとう', null],
  ['请把资料发我，谢谢', null],
  ['报告发我，谢谢', null],
  ['钱还没收到', null],
  ['合同收到了，但是有问题', null],
  ['障害ありがとう', null],
  // A how-are-you may open a letter of thanks; any other question mark, or one after the thanks, asks.
  ['Oi Ana, tudo bem?\n\nMuito obrigado pela ajuda com a apresentação de ontem.\n\nAbraços,\nLucas', 'thanks'],
  ['Hola Marta, ¿qué tal? Mil gracias por el informe', 'thanks'],
  ['Salut Paul, ça va ? Merci pour le retour !', 'thanks'],
  ['Hi Sam, how are you? Thanks for the update!', 'thanks'],
  ['Oi Ana, tudo bem?', null],
  ['Obrigado, tudo bem?', null],
  ['tudo bem? ok?', null],
  ['¿ok', null],
  ['Got it?', null],
  // A full name is one name, in a greeting or on a signature line.
  ['Hallo Frau Weber,\n\nherzlichen Dank für die schnelle Rückmeldung.\n\nViele Grüße\nMarkus Klein', 'thanks'],
  ['Hi Priya Sharma,\n\nThanks!\n\nBest,\nOliver Smith', 'thanks'],
  // A last line of capitalised words signs only after a sign-off; after content it reports.
  ['Thanks\nBuild Failed', null],
  ['Noted\nStill Broken', null],
  ['Thanks so much!\nJ. Smith', 'thanks'],
  ['Olá Dra. Helena,\n\nMuito obrigado pelo retorno rápido.\n\nAtenciosamente,\nMarcos Vieira', 'thanks'],
  ['Thanks,\nNo Go', null],
  // 💀 and 😭 are negative, except beside laughter (and 😭 beside thanks or praise).
  ['lmaooo 💀', 'laughter'],
  ['💀💀💀 lol', 'laughter'],
  ['ありがとう😭', 'thanks'],
  ['ok 💀', null],
  ['deploy failed 💀', null],
  ['noted 😭', null],
  ['💀', null],
  ['lmao :skull:', 'laughter'],
  ['ok :skull:', null],
  // An ellipsis between two phrases pauses; one that trails off is reluctance.
  ['神対応すぎる…ありがとう😭', 'thanks'],
  ['ok… thanks', 'thanks'],
  ['ok...', null],
  ['sure…', null],
  ['ok...\n', null],
  ['fine...!', null],
  ['…fine', null],
  ['sure...\nMaria', null],
  // A "received" frame's object marked with を is a report ("I've confirmed the bug"), not a topic.
  ['バグを確認しました', null],
  ['資料受け取りました', 'acknowledgement'],
  ['Thanks AGAIN Maria!', 'thanks'],
  [':+1:', 'agreement'],
  ['thanks :constructor:', null],
];

describe('an acknowledgement about a sensitive matter', () => {
  it.each(['恭喜你被解雇', 'リストラおめでとう', 'what a great reorg', 'great layoffs'])('%j is judged sensitive, not an acknowledgement', (text) => {
    const j = analyzeMessage(text);
    expect(j.acknowledgement).toBeNull();
    expect(j.sensitive.length).toBeGreaterThan(0);
  });
});

describe('acknowledgement with lexicons from an older background (no CJK frames)', () => {
  it('keeps the CJK frames off: a refusal on the last line is no signature', () => {
    try {
      installLexicons(ALL_LEXICONS.map(({ cjkFrames: _, ...lex }) => lex), emojiTables());
      for (const text of ['收到\n不行', '了解です\n無理', '谢谢\n没空']) expect(analyzeMessage(text).acknowledgement, text).toBeNull();
      expect(analyzeMessage('收到，谢谢').acknowledgement?.kind).toBe('thanks');
    } finally {
      installLexicons(ALL_LEXICONS, emojiTables());
    }
  });
});

describe('acknowledgement', () => {
  it.each(cases)('%j → %s', (text, kind) => {
    expect(analyzeMessage(text).acknowledgement?.kind ?? null).toBe(kind);
  });

  it('offers at least three reactions, best first, fitting the kind', () => {
    const thanks = analyzeMessage('Thanks!').acknowledgement!;
    expect(thanks.reactions[0]).toBe('🙏');
    expect(thanks.reactions.length).toBeGreaterThanOrEqual(3);
    expect(analyzeMessage('lol').acknowledgement!.reactions[0]).toBe('😂');
    expect(analyzeMessage('Congrats!').acknowledgement!.reactions[0]).toBe('🎉');
    expect(analyzeMessage('on it').acknowledgement!.reactions[0]).toBe('👀');
    expect(analyzeMessage('Done').acknowledgement!.reactions[0]).toBe('✅');
  });

  it('adds the lead reaction of a second kind ("Got it, thanks" offers 👍 after 🙏)', () => {
    const r = analyzeMessage('Got it, thanks').acknowledgement!.reactions;
    expect(r.slice(0, 1)).toEqual(['🙏']);
    expect(r).toContain('👍');
  });

  it('quotes the phrase it matched, without the name or punctuation around it', () => {
    const text = 'Hi Priya, thanks so much!';
    const ack = analyzeMessage(text).acknowledgement!;
    expect(ack.evidence.text).toBe('thanks so much');
    expect(text.slice(ack.evidence.start, ack.evidence.end)).toBe(ack.evidence.text);
  });

  it('gives up on long text without reading it', () => {
    expect(analyzeMessage(`thanks ${'very '.repeat(60)}much`).acknowledgement).toBeNull();
  });

  it('takes the user’s own phrases, and caches per options object', () => {
    const options = { extraAcknowledgements: ['roger wilco over'] };
    expect(analyzeMessage('Roger wilco over!').acknowledgement).toBeNull();
    expect(analyzeMessage('Roger wilco over!', options).acknowledgement?.kind).toBe('acknowledgement');
    expect(analyzeMessage('Roger wilco over, thanks', options).acknowledgement?.kind).toBe('thanks');
  });
});
