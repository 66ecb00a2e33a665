import { useEffect, useState } from 'preact/hooks';
import { s } from './strings';

/** The last thing the dashboard did, and its undo, if it has one. */
export interface Announcement {
  text: string;
  undo?: () => void;
}

/** How long an announcement (and its Undo) stays on screen. */
const SHOWN_MS = 10_000;

/** Holds the current announcement; `say` replaces it, and it clears itself after a while. */
export function useAnnouncer(): [Announcement | null, (text: string, undo?: () => void) => void] {
  const [current, setCurrent] = useState<Announcement | null>(null);
  useEffect(() => {
    if (!current) return;
    const id = setTimeout(() => setCurrent(null), SHOWN_MS);
    return () => clearTimeout(id);
  }, [current]);
  return [current, (text, undo) => setCurrent({ text, undo })];
}

/** A polite live region: screen readers hear each action's outcome; Undo is one click away. */
export function StatusLine({ announcement }: { announcement: Announcement | null }) {
  return (
    <div class="status-line" role="status" data-tact="status">
      {announcement ? (
        <>
          <span>{announcement.text}</span>
          {announcement.undo ? (
            <button type="button" data-tact="undo" onClick={announcement.undo}>{s('undo')}</button>
          ) : null}
        </>
      ) : null}
    </div>
  );
}
