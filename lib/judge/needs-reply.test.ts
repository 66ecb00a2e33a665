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
  // A question the writer takes back asks nothing; one asked after it still does.
  ['¿Alguien sabe dónde está el enlace? Olvídalo, ya lo encontré', null],
  ['¿Dónde está el enlace? Ya lo encontré. ¿Puedes revisar el PR?', 'request'],
  ["Quelqu'un a le lien ? Laisse tomber, j'ai trouvé", null],
  ['Alguém tem o link? Deixa pra lá, já achei', null],
  ['このバグ再現しますか？やっぱりいいです、自己解決しました', null],
  ['このバグ再現しますか？', 'question'],
  ["Anyone else's VPN dropping every 5 min? Nvm, IT just posted about it.", null],
  ['Can you review the PR? I found it confusing in places.', 'request'],
  ['Please upgrade nvm on the build box.', 'request'],
  ['Can you review the PR by Friday? Also is the VPN down? nvm, found it', 'request'],
  // A how-are-you opening a letter greets; the same words asking about something still ask.
  ['Oi Ana, tudo bem? Segue o relatório em anexo.', null],
  ['Oi, tudo bem? Consegue revisar meu PR?', 'question'],
  ['Tudo bem se eu mudar para amanhã?', 'approval'],
  ['Mudo a reunião pra 15h, tudo bem?', 'question'],
  ['Hi Sam, how are you? The deck is attached.', null],
  ['Hi Sam, how are you?', 'question'],
  ['Bom dia, tudo bom? Segue o link.', null],
  ["The migration, how's it going? We need it by Friday.", 'question'],
  ['¿Qué tal la reunión?', 'question'],
  ['Ça va pour jeudi ?', 'question'],
  ['¿Tienes un momento?', 'availability'],
  ['Te adjunto el informe.', null],
  ['Tu es dispo demain ?', 'availability'],
  ['Kann ich mergen?', 'approval'],
  ['Segue em anexo o relatório.', null],
  // Imperatives ask where a clause starts, not inside a sentence.
  ['Merge the branch once CI passes.', 'request'],
  ['We had to merge the branch twice.', null],
  ['Once CI is green, merge the branch.', 'request'],
  ['We need to fix the bug, update the docs and ship.', null],
  ['Today: review the PR and update the docs.', null],
  ['Mata el proceso en staging.', 'request'],
  ['Revisé los logs y todo bien.', null],
  ['Merge la branche quand la CI passe.', 'request'],
  ['Merg den Branch, sobald die CI grün ist.', 'request'],
  ['Faz o merge da branch quando o CI passar.', 'request'],
  ['把那个进程kill掉，内存快爆了', 'request'],
  ['我把报告发给你了', null],
  ['分支合并一下吧', 'request'],
  ['我先休息一下吧', null],
  // Indirect and polite requests.
  ['I was wondering if you’d have time to review my doc.', 'request'],
  ['Thanks in advance for sending the report by Friday.', 'request'],
  ['Thank you in advance for your patience.', null],
  ['Merci d’avance de m’envoyer le rapport.', 'request'],
  ['Obrigado desde já por me mandar o relatório.', 'request'],
  ['金曜日までに資料を送っていただけると助かります。', 'request'],
  ['予算の承認を17時までにお願いします。', 'request'],
  ['お支払い条件についてご確認のほど、よろしくお願いいたします。', 'request'],
  // Prohibitions, open invitations, reported and ironic questions ask for nothing.
  ['Please do not discuss the pending lawsuit with the customer.', null],
  ['Please don’t forget to submit your timesheet.', 'request'],
  ['She has handed in her notice, please keep it quiet until Monday.', null],
  ['Bitte noch nicht weitersagen.', null],
  ['買収の件、月曜に発表されるまでは口外しないでください。', null],
  ['ご不明な点があればお気軽にお問い合わせください。', null],
  ['有什么需要帮忙的随时说。', null],
  ['She asked whether the release was still on track, I told her yes.', null],
  ['他问我周五能不能上线，我说不行。', null],
  ['Why do these things always happen on a Friday? 🙃', null],
  ['Why does the build fail on Fridays?', 'question'],
  ['¿Quién no ama un lunes con incidentes? 🙃', null],
  ['また障害ですか、最高ですね。', null],
  ['Vale, si legal da el visto bueno.', null],
  ['¿Me das el visto bueno?', 'approval'],
  // Confidentiality asks, "please wait", and sarcastic "who thought…" ask for no answer; real asks beside them still do.
  ['Bitte noch vertraulich behandeln, danke.', null],
  ['Bitte nichts davon nach außen geben, aber schick mir bitte die Liste bis morgen', 'request'],
  ['No compartáis el documento todavía.', null],
  ['Não compartilhem o link ainda.', null],
  ['5分ほどお待ちください', null],
  ['何かあれば声かけてください。あと、資料のレビューをお願いします', 'request'],
  ['Who thought it was a good idea to deploy on a Friday?', null],
  ['Wer hatte die glorreiche Idee, das am Freitag zu deployen?', null],
  ['Wer plant das Meeting am Freitag?', 'question'],
  ['小王请两天假，你能帮他顶一下吗？', 'question'],
  ['小王请两天假', null],
];

describe('needs a reply', () => {
  it.each(cases)('%j → %s', (text, kind) => {
    expect(analyzeMessage(text).needsReply?.kind ?? null).toBe(kind);
  });

  // A plea for discretion, an offer of help and a "who invented…" complaint ask nothing; the same
  // words beside a real ask still let it through.
  it.each([
    ['Please keep the reorg memo confidential for now', null],
    ['Please keep the memo short', 'request'],
    ['Por favor, no compartáis las cifras con nadie', null],
    ['Por favor, revisad las cifras', 'request'],
    ['Por favor, não comentem o orçamento com o cliente', null],
    ['Cualquier duda, me dices', null],
    ['Qualquer dúvida, me avisa', null],
    ["Let me know if anything's missing from the list", null],
    ['Let me know if you can make it', 'request'],
    ['Who invented Monday standups at 7am?', null],
    ['Who can run the Monday standup?', 'question'],
    ['Qui n’adore pas les réunions à 8h ?', null],
    ['Importa-se de rever o relatório até amanhã', 'request'],
    ['Agarra el ticket de soporte y míralo', 'request'],
    ['何回言えば分かるんですか', null],
    ['キャッシュでかなり速くなりました', null],
  ] as [string, ReplyKind | null][])('frame %j → %s', (text, kind) => {
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
