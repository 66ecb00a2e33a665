import { analyzeMessage } from './analyze';
import type { Judgement, ThreadJudgement, ThreadMessage } from './types';

/** Only the recent end of a conversation decides whether to suggest a call. */
const RECENT = 40;
const RAPID_MIN_MESSAGES = 8;
const RAPID_WINDOW_MS = 15 * 60 * 1000;
/** Alternation: at least this share of consecutive messages change author. */
const RAPID_MIN_SWITCH_SHARE = 0.5;
const CONFLICT_LOOKBACK = 10;
const CONFLICT_MIN_HEAT = 4;
const MAX_QUOTE = 80;

const NONE: ThreadJudgement = { suggestCall: false, reason: null, evidence: '' };

interface Judged {
  author: string;
  at: number;
  text: string;
  judgement: Judgement;
}

function quote(text: string): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length > MAX_QUOTE ? `${t.slice(0, MAX_QUOTE - 1)}…` : t;
}

/** Shouting adds heat: several all-caps words, or "!!" / "?!". */
function shouting(text: string): boolean {
  if (/[!?！？]{2,}/.test(text)) return true;
  const caps = text.match(/\b[A-Z]{3,}\b/g);
  return (caps?.length ?? 0) >= 2;
}

function heat(m: Judged): number {
  const conflict = m.judgement.sensitive.some((s) => s.topic === 'conflict');
  return (conflict ? 2 : 0) + (conflict && shouting(m.text) ? 1 : 0);
}

function conflictEscalating(ms: Judged[]): ThreadJudgement | null {
  const recent = ms.slice(-CONFLICT_LOOKBACK);
  const heated = recent.filter((m) => heat(m) > 0);
  if (heated.length < 2) return null;
  const total = heated.reduce((sum, m) => sum + heat(m), 0);
  const latest = heated[heated.length - 1]!;
  // Still going: the latest heated message is among the last three.
  if (total < CONFLICT_MIN_HEAT || recent.indexOf(latest) < recent.length - 3) return null;
  const words = latest.judgement.sensitive.find((s) => s.topic === 'conflict')!.evidence.map((e) => e.text);
  return { suggestCall: true, reason: 'conflict-escalating', evidence: `${heated.length} heated messages, latest: “${quote(words.join(' … '))}”` };
}

function rapidBackAndForth(ms: Judged[]): ThreadJudgement | null {
  let start = 0;
  for (let end = 0; end < ms.length; end++) {
    while (ms[end]!.at - ms[start]!.at > RAPID_WINDOW_MS) start++;
    const count = end - start + 1;
    if (count < RAPID_MIN_MESSAGES || end !== ms.length - 1) continue;
    const window = ms.slice(start, end + 1);
    let switches = 0;
    for (let i = 1; i < window.length; i++) if (window[i]!.author !== window[i - 1]!.author) switches++;
    const authors = new Set(window.map((m) => m.author));
    const askers = new Set(window.filter((m) => m.judgement.needsReply).map((m) => m.author));
    if (authors.size < 2 || askers.size < 2 || switches < (count - 1) * RAPID_MIN_SWITCH_SHARE) continue;
    const minutes = Math.max(1, Math.round((window[window.length - 1]!.at - window[0]!.at) / 60000));
    const lastAsk = [...window].reverse().find((m) => m.judgement.needsReply)!;
    return {
      suggestCall: true,
      reason: 'rapid-back-and-forth',
      evidence: `${count} messages between ${authors.size} people in ${minutes} min, questions both ways: “${quote(lastAsk.text)}”`,
    };
  }
  return null;
}

/** Whether a conversation should move to a call: a fast back-and-forth that keeps going, or conflict building. */
export function analyzeThread(messages: readonly ThreadMessage[]): ThreadJudgement {
  if (!Array.isArray(messages) || messages.length < 2) return NONE;
  const judged: Judged[] = messages
    .filter((m) => m && typeof m.text === 'string' && Number.isFinite(m.at))
    .map((m, i) => ({ m, i }))
    // Stable by time: equal timestamps keep their given order.
    .sort((a, b) => a.m.at - b.m.at || a.i - b.i)
    .slice(-RECENT)
    .map(({ m }) => ({ author: String(m.author), at: m.at, text: m.text, judgement: analyzeMessage(m.text.slice(0, 4000)) }));
  return conflictEscalating(judged) ?? rapidBackAndForth(judged) ?? NONE;
}
