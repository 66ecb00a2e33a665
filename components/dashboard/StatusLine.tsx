import { useEffect, useState } from 'preact/hooks';
import { s } from './strings';

/** The last thing the dashboard did, and its undo, if it has one. */
export interface Announcement {
  text: string;
  /** Undoes that action, and only that one; settles when it has (or had nothing to undo). */
  undo?: () => Promise<void>;
}

/**
 * Sets the announcement: a new one, or one computed from the current one (as Preact's setState
 * takes it), so that an action can change what it said only while it is still what is shown.
 */
export type Announce = (next: Announcement | null | ((current: Announcement | null) => Announcement | null)) => void;

/** How long an announcement (and its Undo) stays on screen. */
const SHOWN_MS = 10_000;

/** Holds the current announcement; `announce` replaces it, and it clears itself after a while. */
export function useAnnouncer(): [Announcement | null, Announce] {
  const [current, setCurrent] = useState<Announcement | null>(null);
  useEffect(() => {
    if (!current) return;
    const id = setTimeout(() => setCurrent(null), SHOWN_MS);
    return () => clearTimeout(id);
  }, [current]);
  return [current, setCurrent];
}

/** A polite live region: screen readers hear each action's outcome; Undo is one click away. */
export function StatusLine({ announcement }: { announcement: Announcement | null }) {
  return (
    <div class="status-line" role="status" data-tact="status">
      {announcement ? (
        <>
          <span>{announcement.text}</span>
          {announcement.undo ? (
            <button type="button" data-tact="undo" onClick={() => void announcement.undo?.()}>{s('undo')}</button>
          ) : null}
        </>
      ) : null}
    </div>
  );
}
