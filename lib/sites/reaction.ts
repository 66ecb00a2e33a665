/**
 * Reacting through a site's own UI, the way a person does: the user's pill already there means done;
 * else someone else's pill for the emoji is clicked, or the site's picker is opened and the emoji
 * chosen; then the user's own pill (pressed) must appear. Undo clicks that pill, which sites toggle off.
 */
import { waitFor } from './dom';
import { humanClick } from './gestures';
import type { ReactionResult } from './types';

/** Why a reaction could not be added. */
export type ReactionFailure = Extract<ReactionResult, { ok: false }>['reason'];

export interface ReactionSteps {
  /** The user's own pressed pill for the emoji, looked up afresh each time (sites re-render them). */
  own: () => Element | null;
  /** Someone else's pill for the emoji, where the site lets a click on it add the user's reaction. */
  others?: () => Element | null;
  /** Opens the site's reaction UI and clicks the emoji there. */
  pick: () => Promise<true | ReactionFailure>;
  /** What to watch while the pill appears or goes. */
  root: Node;
}

export async function reactThrough({ own, others, pick, root }: ReactionSteps): Promise<ReactionResult> {
  // Already there before Tact acted: nothing of Tact's to undo.
  if (own()) return { ok: true, undo: async () => true };
  const pill = others?.();
  if (pill) {
    humanClick(pill);
  } else {
    const picked = await pick();
    if (picked !== true) return { ok: false, reason: picked };
  }
  if (!(await waitFor(own, { root }))) return { ok: false, reason: 'no-reaction-ui' };
  return { ok: true, undo: () => toggleOff(own, root) };
}

/** Clicks the user's pill off and waits until it is gone. True when it is gone or was never there. */
export async function toggleOff(own: () => Element | null, root: Node): Promise<boolean> {
  try {
    const pill = own();
    if (!pill) return true;
    humanClick(pill);
    return (await waitFor(() => !own(), { root })) === true;
  } catch {
    return false;
  }
}
