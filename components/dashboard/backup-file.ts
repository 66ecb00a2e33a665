import { formatLocalDate, localDay } from '@/lib/schedule/zone';
import { s } from './strings';

const MB = 1024 * 1024;
/** The same ceiling as `parseBackup`'s, checked on the file's size before reading it at all. */
export const MAX_BACKUP_BYTES = 50 * MB;

/** `tact-backup-2026-03-04.json`, dated in the user's zone. */
export function backupFileName(now: number, timeZone: string): string {
  return `tact-backup-${formatLocalDate(localDay(now, timeZone))}.json`;
}

/** Why a file is refused before reading it, or null. */
export function refuseBySize(bytes: number, max = MAX_BACKUP_BYTES): string | null {
  return bytes > max ? s('importTooLarge', (bytes / MB).toFixed(1), (max / MB).toFixed(1)) : null;
}

/** Offers `text` as a file download: a Blob URL on a temporary `<a download>`. */
export function downloadText(doc: Document, name: string, text: string, type = 'application/json'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = doc.createElement('a');
  a.href = url;
  a.download = name;
  a.hidden = true;
  doc.body.append(a);
  a.click();
  a.remove();
  // The download has its own copy once it starts; revoke on the next turn, not synchronously.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
