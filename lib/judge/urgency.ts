import type { Cue } from './compile';
import type { Hit } from './dictionary';
import type { NeedsReply, Urgency } from './types';

/** Only punctuation before a strong word ("URGENT: ...", "【至急】") makes it a header, urgent without an ask. */
const HEADER = /^[\s\p{P}\p{S}]*$/u;
/** How near an ask a weak word ("today") must be to qualify it. */
const NEAR = 80;

/** Whether the message asks for something today, urgently or by the end of the day. */
export function detectUrgency(original: string, hits: Hit<Cue>[], needsReply: NeedsReply | null): Urgency | null {
  let strong: Hit<Cue> | null = null;
  let weak: Hit<Cue> | null = null;
  for (const hit of hits) {
    for (const cue of hit.values) {
      if (cue.type !== 'urgency') continue;
      if (cue.strength === 'not') return null;
      if (cue.strength === 'strong' && !strong && (needsReply || (hit.start < 8 && HEADER.test(original.slice(0, hit.start))))) strong = hit;
      if (cue.strength === 'weak' && !weak && needsReply && near(hit, needsReply)) weak = hit;
    }
  }
  const hit = strong ?? weak;
  if (!hit) return null;
  return { evidence: { text: original.slice(hit.start, hit.end), start: hit.start, end: hit.end } };
}

function near(hit: Hit<Cue>, ask: NeedsReply): boolean {
  return hit.end >= ask.evidence.start - NEAR && hit.start <= ask.evidence.end + NEAR;
}
