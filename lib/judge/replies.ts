import type { Cue, ImperativeObjects } from './compile';
import type { Hit } from './dictionary';
import { detectNeedsReply } from './needs-reply';
import type { NeedsReply, Urgency } from './types';
import { detectUrgency } from './urgency';

/** The reply judgements of a message that is not a whole-message acknowledgement. */
export type RepliesStage = (
  original: string,
  folded: string,
  hits: Hit<Cue>[],
  objects: ImperativeObjects,
) => { needsReply: NeedsReply | null; urgent: Urgency | null };

/** Whether the message asks its reader for something, and whether urgently. */
export const detectReplies: RepliesStage = (original, folded, hits, objects) => {
  const needsReply = detectNeedsReply(original, folded, hits, objects);
  return { needsReply, urgent: detectUrgency(original, hits, needsReply) };
};
