// The judge's only entry point: pure language judgement, text in, judgement out.
export { analyzeMessage } from './analyze';
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
