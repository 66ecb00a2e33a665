import { runAdapterSuite } from '../suites/adapter';

/** One row of the expected message list: id, author, start of the text, and who it is for. */
function msg(conversationId: string, messageId: string, author: string, text: string, flags: { self?: boolean; toMe?: boolean } = {}) {
  return { conversationId, messageId, author, text, fromSelf: Boolean(flags.self), addressedToUser: Boolean(flags.toMe) };
}

const ch = (id: string, author: string, text: string, flags?: { self?: boolean; toMe?: boolean }) => msg('222', id, author, text, flags);
const SELF = { self: true };

// #general: cozy groups (follow-ups carry no header), a bot, a reply whose preview repeats another
// message's content id, emoji as <img>, an "(edited)" marker, one @mention of the user, and one stale
// hidden row (the 30th li) that is not listed.
runAdapterSuite({
  site: 'discord',
  view: 'channel',
  selectorCounts: {
    messageList: 1,
    message: 30,
    messageContent: 31,
    author: 21,
    timestamp: 30,
    replyContext: 1,
    composer: 1,
    reactions: 3,
    reactionPill: 4,
    userArea: 1,
    userAvatar: 1,
  },
  send: 'enter',
  replyTarget: { conversationId: '222', messageId: '1478384399941763101', author: 'Alice Ng' },
  messages: [
    ch('1478315546247299072', 'Alice Ng', 'morning all ☀️ standup notes'),
    ch('1478315663687811073', 'Alice Ng', 'reminder: the 2.4 release branch'),
    ch('1478316775178371074', 'Bruno Costa', 'thanks! I still have the billing'),
    ch('1478316884230275075', 'Bruno Costa', '#482 if anyone has a minute'),
    ch('1478318700363907076', 'Chen Wei', 'looking at it now'),
    ch('1478318775861379077', 'GitHub', '[acme/web] Pull request review requested'),
    ch('1478322118721667078', 'Chen Wei', 'left two comments, mostly naming. the rollback path looks good'),
    ch('1478322752061571079', 'Bruno Costa', 'fixing, thanks 👍'),
    ch('1478323829997699080', 'Priya Patel', 'qa env is back up'),
    ch('1478323922272387081', 'Priya Patel', 'the cert renewal job'),
    ch('1478326128476291082', 'Sam Rivera', 'nice, thanks Priya.', SELF),
    ch('1478329244844163083', 'Alice Ng', '@Sam Rivera can you also check the export flow?', { toMe: true }),
    ch('1478329848823939084', 'Sam Rivera', 'yep, on my list', SELF),
    ch('1478329924321411085', 'Sam Rivera', "I'll post numbers here", SELF),
    ch('1478331799175299086', 'Chen Wei', 'fwiw I profiled that'),
    ch('1478331908227203087', 'Chen Wei', "there's a missing index"),
    ch('1478332591898755088', 'Bruno Costa', 'can we add that in the same migration?'),
    ch('1478332948414595089', 'Chen Wei', 'better a separate one'),
    ch('1478333120381059090', 'Alice Ng', 'agree, separate migration'),
    ch('1478334034739331091', 'Priya Patel', 'I can take the index'),
    ch('1478334110236803092', 'Priya Patel', 'should be a small PR'),
    ch('1478334244454531093', 'Bruno Costa', 'go for it 🙏'),
    ch('1478339692855427094', 'GitHub', '[acme/web] Pull request merged'),
    ch('1478377840050307095', 'Sam Rivera', 'smoke tests on staging', SELF),
    ch('1478377949102211096', 'Sam Rivera', 'p95 export time is 41s', SELF),
    ch('1478378800545923097', 'Chen Wei', 'that matches what I saw'),
    ch('1478381493289091098', 'Priya Patel', 'index PR is up: #489'),
    ch('1478384207003779099', 'Alice Ng', 'thanks all, 2.4 is looking good'),
    ch('1478384399941763101', 'Alice Ng', 'can someone review #489 before the cut?'),
  ],
  canReact: true,
  breakSelectors: ['ol[data-list-id="chat-messages"]', '[data-slate-editor="true"]'],
});

const dm = (id: string, author: string, text: string, flags?: { self?: boolean; toMe?: boolean }) => msg('999', id, author, text, flags);
const TO_ME = { toMe: true };

// A direct message in French: every message of the other person is addressed to the user.
runAdapterSuite({
  site: 'discord',
  view: 'dm',
  selectorCounts: {
    messageList: 1,
    message: 13,
    messageContent: 13,
    author: 8,
    timestamp: 13,
    replyContext: 0,
    composer: 1,
    reactions: 1,
    reactionPill: 1,
    userArea: 1,
    userAvatar: 1,
  },
  send: 'enter',
  replyTarget: { conversationId: '999', messageId: '1478703867494531084', author: 'Alice Ng' },
  messages: [
    dm('1478659554672771072', 'Alice Ng', 'salut Sam, tu as une minute', TO_ME),
    dm('1478659642753155073', 'Alice Ng', 'je voudrais ton avis', TO_ME),
    dm('1478663841251459074', 'Sam Rivera', 'oui bien sûr, vers 11h', SELF),
    dm('1478664210350211075', 'Alice Ng', 'parfait 👍', TO_ME),
    dm('1478664302624899076', 'Alice Ng', 'je t’envoie le doc avant', TO_ME),
    dm('1478682526875779077', 'Alice Ng', 'voilà le doc : https://docs.acme.dev/billing/ledger-migration', TO_ME),
    dm('1478686167531651078', 'Sam Rivera', 'merci, je lis ça maintenant', SELF),
    dm('1478690479276163079', 'Sam Rivera', 'deux questions', SELF),
    dm('1478690592522371080', 'Sam Rivera', 'et qui valide le rollback', SELF),
    dm('1478696691040387081', 'Alice Ng', 'oui on le garde deux semaines', TO_ME),
    dm('1478696795897987082', 'Alice Ng', 'pour la finance, c’est Bruno qui s’en occupe 🙏', TO_ME),
    dm('1478703766831235083', 'Alice Ng', 'tu peux relire la section 3', TO_ME),
    dm('1478703867494531084', 'Alice Ng', 'surtout la partie sur les remboursements', TO_ME),
  ],
  canReact: true,
  breakSelectors: ['ol[data-list-id="chat-messages"]', '[data-slate-editor="true"]'],
});
