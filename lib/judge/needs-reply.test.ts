import { describe, expect, it } from 'vitest';
import { analyzeMessage, type ReplyKind } from '.';

const cases: [text: string, kind: ReplyKind | null][] = [
  ['Can you send me the deck?', 'request'],
  ['I can send you the deck.', null],
  ['Please review the PR.', 'request'],
  ['Please find attached the PR summary.', null],
  ['What do you think?', 'question'],
  ['Who knew?', null],
  ['Can you believe it?', null],
  ['Is it ok if I deploy now?', 'approval'],
  ['It is ok, I deployed.', null],
  ['Should we use Redis or Memcached?', 'decision'],
  ['We use Redis or Memcached.', null],
  ['Are you free at 3?', 'availability'],
  ['I am free at 3.', null],
  ['Let me know if you have any questions.', null],
  ['Let me know when it is merged.', 'request'],
  ['See https://example.com/search?q=1 for details.', null],
  ['No need to reply. Can you believe the weather?', null],
  ['> Can you review this?\nDone, merged.', null],
  ['Thanks!', null],
  ['FYI: the build is green.', null],
  ['能不能帮我看一下？', 'request'],
  ['请查收附件。', null],
  ['資料を送っていただけますか。', 'request'],
  ['議事録を共有します。', null],
  ['¿Tienes un momento?', 'availability'],
  ['Te adjunto el informe.', null],
  ['Tu es dispo demain ?', 'availability'],
  ['Kann ich mergen?', 'approval'],
  ['Segue em anexo o relatório.', null],
];

describe('needs a reply', () => {
  it.each(cases)('%j → %s', (text, kind) => {
    expect(analyzeMessage(text).needsReply?.kind ?? null).toBe(kind);
  });

  it('quotes the sentence that asks', () => {
    const text = 'Deploy went fine. Could you check the dashboard tomorrow? Thanks';
    const r = analyzeMessage(text).needsReply!;
    expect(r.evidence.text).toBe('Could you check the dashboard tomorrow?');
    expect(text.slice(r.evidence.start, r.evidence.end)).toBe(r.evidence.text);
  });
});

describe('urgency', () => {
  const urgent: [text: string, expected: boolean][] = [
    ['Can you review this ASAP?', true],
    ['I’ll do it ASAP.', false],
    ['Can you send it by EOD?', true],
    ['I’ll send it by EOD.', false],
    ['URGENT: prod is down', true],
    ['Can you send it today? No rush if not.', false],
    ['今日中に送っていただけますか。', true],
    ['急ぎませんので、お手すきの際にご確認ください。', false],
    ['麻烦今天帮我看一下', true],
    ['¿Puedes revisarlo hoy?', true],
    ["Tu peux regarder aujourd'hui ?", true],
    ['Kannst du das bis heute Abend schicken?', true],
    ['Você pode revisar hoje?', true],
    ['Thanks, ASAP', false],
  ];
  it.each(urgent)('%j → %s', (text, expected) => {
    const j = analyzeMessage(text);
    expect(j.urgent !== null).toBe(expected);
    if (j.urgent) expect(text.slice(j.urgent.evidence.start, j.urgent.evidence.end)).toBe(j.urgent.evidence.text);
  });
});
