// The judge without its vocabulary: pure language judgement, text in, judgement out, once
// `installLexicons` has been given the lexicons (the content script receives them as data).
export { installLexicons } from './lexicons';
export { installLexiconsAsync } from './install-async';
export { prepareCompiled } from './compile';
export type { SliceOptions } from './steps';
export type { EmojiTables, Lexicon } from './lexicons/types';
export { analyzeMessage } from './analyze';
export { createComposerJudge, createDraftJudge, type DraftJudge } from './draft';
export { analyzeThread } from './thread';
export { callSuggestion } from './call-suggestion';
export { ACK_KINDS, LANGUAGES, REPLY_KINDS, SENSITIVE_TOPICS } from './types';
export type {
  Acknowledgement,
  AckKind,
  Evidence,
  Judgement,
  JudgeOptions,
  Language,
  NeedsReply,
  ReplyKind,
  SensitiveFinding,
  SensitiveTopic,
  ThreadJudgement,
  ThreadMessage,
  ThreadReason,
  Urgency,
} from './types';
