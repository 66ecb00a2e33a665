// The judge's public vocabulary. Pure data types: no DOM, no clock.

/** A span of the judged text that justifies a finding; `text === source.slice(start, end)`. */
export interface Evidence {
  text: string;
  start: number;
  end: number;
}

/** Languages the judge has lexicons for. */
export const LANGUAGES = ['en', 'zh', 'es', 'fr', 'de', 'pt', 'ja'] as const;
/** One of the seven languages the judge knows. */
export type Language = (typeof LANGUAGES)[number];

/** What kind of low-content acknowledgement a whole message is. */
export const ACK_KINDS = [
  'acknowledgement',
  'thanks',
  'agreement',
  'approval',
  'confirmation',
  'on-it',
  'congratulations',
  'praise',
  'laughter',
] as const;
/** One kind of whole-message acknowledgement (ordered from least to most specific in ACK_KINDS). */
export type AckKind = (typeof ACK_KINDS)[number];

/** Matters that deserve a call or a private word rather than a group chat line. */
export const SENSITIVE_TOPICS = [
  'performance',
  'termination',
  'hiring',
  'compensation',
  'reorg',
  'health',
  'legal',
  'conflict',
] as const;
/** One sensitive topic id. */
export type SensitiveTopic = (typeof SENSITIVE_TOPICS)[number];

/** What a message asks its reader for. */
export const REPLY_KINDS = ['question', 'request', 'decision', 'approval', 'availability'] as const;
/** One kind of reply a message asks for. */
export type ReplyKind = (typeof REPLY_KINDS)[number];

/** The user's own additions from settings; pass the same object again to reuse the compiled form. */
export interface JudgeOptions {
  /** A hint such as `en`, `es-MX` or `zh-CN`; the judge still works when it is absent or wrong. */
  locale?: string;
  /** Extra phrases that count as a whole-message acknowledgement. */
  extraAcknowledgements?: readonly string[];
  /** Extra terms that always signal a topic. Unknown topics are ignored. */
  extraSensitiveTerms?: readonly { term: string; topic: SensitiveTopic }[];
  /** Terms (as written in a lexicon or as typed) that never signal a topic. */
  mutedSensitiveTerms?: readonly string[];
}

/** The whole message could be replaced by a reaction. */
export interface Acknowledgement {
  kind: AckKind;
  /** At least three emoji, best first. */
  reactions: string[];
  evidence: Evidence;
}

/** One sensitive topic the message touches, with every span that showed it. */
export interface SensitiveFinding {
  topic: SensitiveTopic;
  evidence: Evidence[];
}

/** The message asks its reader for something. */
export interface NeedsReply {
  kind: ReplyKind;
  evidence: Evidence;
}

/** The message asks for something today, urgently or by the end of the day. */
export interface Urgency {
  evidence: Evidence;
}

/** Everything the judge says about one message. */
export interface Judgement {
  acknowledgement: Acknowledgement | null;
  sensitive: SensitiveFinding[];
  needsReply: NeedsReply | null;
  urgent: Urgency | null;
  /** Best guess among LANGUAGES. */
  language: Language;
}

/** One message of a conversation; `at` is epoch milliseconds. */
export interface ThreadMessage {
  author: string;
  at: number;
  text: string;
}

/** Why a conversation should move to a call. */
export type ThreadReason = 'rapid-back-and-forth' | 'conflict-escalating';

/** Whether a conversation should move to a call, and why. */
export interface ThreadJudgement {
  suggestCall: boolean;
  reason: ThreadReason | null;
  /** A short human-readable account (empty when no call is suggested). */
  evidence: string;
}
