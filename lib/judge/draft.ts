// The judge for a draft being typed: it keeps what it read between calls, so each keystroke costs
// about what the keystroke changed, and always says exactly what `analyzeMessage` would.
import { mayBeAcknowledgement } from './acknowledgement';
import { judgedPart, judgeFolded, type Memos } from './analyze';
import { compiledFor, type Compiled } from './compile';
import { foldEdited, type FoldState } from './fold-edit';
import { detectReplies, type RepliesStage } from './replies';
import type { JudgeOptions, Judgement } from './types';

/** Judges one draft as it is typed; see `createDraftJudge`. */
export interface DraftJudge {
  /**
   * The judgement of the draft's current text: equal to `analyzeMessage(text, options)`. Text that
   * extends or edits the end of the previous one is read again only from a safe point before the
   * change; any other text is judged afresh. The result must be treated as read-only.
   */
  judge(text: string): Judgement;
}

function freshMemos(): Memos {
  return { main: { memo: null }, replies: { memo: null }, stop: { memo: null }, ack: { memo: null }, contexts: new Map() };
}

/**
 * A judge for one composer's draft (make one per composer; pass the same options object while the
 * settings stay the same). Its scan state is its own, so judging incoming messages in between
 * costs it nothing.
 */
export function createDraftJudge(options?: JudgeOptions): DraftJudge {
  return draftJudge(options, detectReplies);
}

/**
 * The draft judge a composer needs: acknowledgement, sensitive topics and language, equal to
 * `analyzeMessage`'s; `needsReply` and `urgent` are always null. A draft is the user's own words
 * about to be sent, so whether it asks for a reply is nobody's hint, and leaving that judgement
 * out keeps its code (a tenth of the judge) out of every content script.
 */
export function createComposerJudge(options?: JudgeOptions): DraftJudge {
  return draftJudge(options, null);
}

function draftJudge(options: JudgeOptions | undefined, replies: RepliesStage | null): DraftJudge {
  let folded: FoldState | null = null;
  let memos = freshMemos();
  let compiledWith: Compiled | null = null;
  let last: { source: string; judgement: Judgement } | null = null;
  /** The acknowledgement memo was checked against the previous text (it is not for long text or questions). */
  let ackChecked = false;
  return {
    judge(text: string): Judgement {
      const source = judgedPart(text);
      const compiled = compiledFor(options);
      if (compiled !== compiledWith) {
        // New lexicons or options: nothing scanned with the old tables can be reused.
        compiledWith = compiled;
        // New lexicons may fold traditional characters differently, so the folding starts over too.
        folded = null;
        memos = freshMemos();
        last = null;
        ackChecked = false;
      }
      if (last && last.source === source) return last.judgement;
      folded = foldEdited(folded, source);
      // What stayed the same since the previous call, so the memos need not compare texts again.
      const known = folded.kept >= 0 && last ? folded.kept : undefined;
      memos.known = known;
      memos.ackKnown = ackChecked ? known : undefined;
      const judgement = judgeFolded(source, folded.folded, compiled, options?.locale, memos, replies);
      ackChecked = mayBeAcknowledgement(source, folded.folded.text);
      last = { source, judgement };
      return judgement;
    },
  };
}
