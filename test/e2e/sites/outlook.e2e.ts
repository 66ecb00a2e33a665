import { runAdapterSuite } from '../suites/adapter';

const READING_CONV = 'AAQkADAwATM0MDAAMS1hY2E=';
const item = (suffix: string) => `AAMkADAwATM0MDAAMS1hY2EARgAAA0DcDv0nVFRJqvxzTQ1KNvcHALx1${suffix}`;

// Reading pane of a work mailbox (en-US) with an inline reply whose editor also holds the signature and
// the quoted history; a hidden stale copy of the second message; Sam is only on Cc of Priya's message.
runAdapterSuite({
  site: 'outlook',
  view: 'reading',
  selectorCounts: {
    mailList: 1,
    mailListItem: 12,
    readingPane: 1,
    conversation: 1,
    subject: 2,
    message: 5,
    messageHeader: 5,
    messageBody: 5,
    sender: 5,
    sentTime: 5,
    composer: 1,
    sendButton: 1,
    reactButton: 5,
    reactionChip: 2,
    account: 1,
  },
  send: 'mod-enter',
  replyTarget: { conversationId: READING_CONV, messageId: item('AAM='), author: 'Alice Ng' },
  messages: [
    { conversationId: READING_CONV, messageId: item('AAA='), author: 'Alice Ng', text: 'Hi Sam, hi Priya,\nI attached the draft plan', fromSelf: false, addressedToUser: true },
    { conversationId: READING_CONV, messageId: item('AAE='), author: 'Priya Patel', text: 'Thanks Alice. Both venues work', fromSelf: false, addressedToUser: false },
    { conversationId: READING_CONV, messageId: item('AAI='), author: 'Sam Rivera', text: 'Budget looks fine overall.', fromSelf: true, addressedToUser: false },
    { conversationId: READING_CONV, messageId: item('AAM='), author: 'Alice Ng', text: 'Good catch on catering, I have asked for a second quote.\nSam, can you confirm', fromSelf: false, addressedToUser: true },
  ],
  canReact: true,
  breakSelectors: ['[role="listbox"]', '#ReadingPaneContainerId'],
});

const DE_CONV = 'AQQkADAwATExADE2NS1iNjQ2LTQ=';
const deItem = (suffix: string) => `AQMkADAwATExADE2NS1iNjQ2LTQAAAEAAAA7aWxBq2hkTprYhV3lXQhvBwC1${suffix}`;

// A full compose form in German ("AW: …", Senden) beside the reading pane of the conversation it answers.
runAdapterSuite({
  site: 'outlook',
  view: 'compose-de',
  selectorCounts: {
    mailList: 1,
    mailListItem: 5,
    readingPane: 1,
    conversation: 1,
    subject: 2,
    message: 3,
    messageHeader: 3,
    messageBody: 3,
    sender: 3,
    sentTime: 3,
    composer: 1,
    sendButton: 1,
    reactButton: 3,
    reactionChip: 1,
    account: 1,
  },
  send: 'button',
  sendButton: 'button[aria-label="Senden"]',
  replyTarget: { conversationId: DE_CONV, messageId: deItem('AAI='), author: 'Jonas Weber' },
  messages: [
    { conversationId: DE_CONV, messageId: deItem('AAA='), author: 'Jonas Weber', text: 'Hallo Frau Vogel,\nanbei unser Angebot', fromSelf: false, addressedToUser: true },
    { conversationId: DE_CONV, messageId: deItem('AAE='), author: 'Lena Vogel', text: 'Hallo Herr Weber,', fromSelf: true, addressedToUser: false },
    { conversationId: DE_CONV, messageId: deItem('AAI='), author: 'Jonas Weber', text: 'Hallo Frau Vogel,\ngern, die Beleuchtung', fromSelf: false, addressedToUser: true },
  ],
  canReact: true,
  breakSelectors: ['[role="listbox"]', '#ReadingPaneContainerId'],
});
