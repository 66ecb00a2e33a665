import type { Composer } from '../sites/types';

/** Evidence the UI quotes to say why a hint is shown. */
export interface Evidence {
  text: string;
  start: number;
  end: number;
}

/** What the draft hint shows now; one at a time, by the composer the user is writing in. */
export type DraftHint =
  | { type: 'none' }
  | { type: 'ack'; composer: Composer; kind: string; reactions: string[]; evidence: Evidence }
  | { type: 'sensitive'; composer: Composer; topics: { topic: string; evidence: Evidence[] }[]; language: string }
  | { type: 'heat'; composer: Composer; reason: string; evidence: string }
  | { type: 'undo'; composer: Composer; emoji: string; undo: () => void }
  | { type: 'note'; composer: Composer; message: string; /** What Tact put in the draft. */ draft: string };

/** A quiet marker by an incoming message that touches a sensitive matter. */
export interface IncomingMarker {
  key: string;
  element: HTMLElement;
  topics: string[];
  words: string[];
}

export interface OverlayState {
  hint: DraftHint;
  markers: IncomingMarker[];
  /** Bumped on scroll/resize so positioned UI re-measures. */
  frame: number;
}

export const EMPTY_STATE: OverlayState = { hint: { type: 'none' }, markers: [], frame: 0 };
