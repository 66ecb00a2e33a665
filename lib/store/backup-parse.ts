import type { ParseResult } from './backup';
import { checkDecision, checkPendingItem, type Checked } from './validate';

const MB = 1024 * 1024;
// A person reads these messages: the first few problems say enough.
const MAX_REPORTED = 5;

/** UTF-8 size of a string, stopping as soon as it passes `limit`. */
function utf8BytesOver(text: string, limit: number): number | undefined {
  if (text.length * 3 <= limit) return undefined;
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : c >= 0xd800 && c < 0xdc00 ? (i++, 4) : 3;
  }
  return bytes > limit ? bytes : undefined;
}

function checkList<T>(list: unknown, label: string, check: (v: unknown) => Checked<T>, errors: string[]): T[] {
  if (!Array.isArray(list)) {
    errors.push(`it has no list of ${label}s`);
    return [];
  }
  const out: T[] = [];
  const seen = new Set<string>();
  list.forEach((raw, i) => {
    const r = check(raw);
    const id = (raw as { id?: unknown } | null)?.id;
    const name = `${label} ${i + 1}${typeof id === 'string' ? ` (${id.slice(0, 60)})` : ''}`;
    if (!r.ok) errors.push(`${name}: ${r.errors.join('; ')}`);
    else if (seen.has((r.value as { id: string }).id)) errors.push(`${name}: appears twice`);
    else {
      seen.add((r.value as { id: string }).id);
      out.push(r.value);
    }
  });
  return out;
}

/** Validate a parsed value as a backup, field by field. */
export function checkBackup(value: unknown): ParseResult {
  const v = value as Record<string, unknown> | null;
  if (typeof v !== 'object' || v === null || Array.isArray(v) || v.format !== 'tact-backup') {
    return { ok: false, error: 'This file is not a Tact backup.' };
  }
  if (typeof v.version !== 'number' || !Number.isInteger(v.version) || v.version < 1) {
    return { ok: false, error: 'This Tact backup has no valid format version; it may be damaged.' };
  }
  if (v.version > 1) {
    return { ok: false, error: `This backup was made by a newer version of Tact (format ${v.version}). Update Tact, then import it again.` };
  }
  const errors: string[] = [];
  if (typeof v.exportedAt !== 'number' || !Number.isFinite(v.exportedAt)) errors.push('its export time is missing');
  const items = checkList(v.items, 'item', checkPendingItem, errors);
  const decisions = checkList(v.decisions, 'decision', checkDecision, errors);
  if (errors.length) {
    const more = errors.length > MAX_REPORTED ? ` …and ${errors.length - MAX_REPORTED} more problems.` : '';
    return { ok: false, error: `This Tact backup is damaged, so nothing was imported: ${errors.slice(0, MAX_REPORTED).join('. ')}.${more}` };
  }
  return { ok: true, backup: { format: 'tact-backup', version: 1, exportedAt: v.exportedAt as number, items, decisions } };
}

/** Read a backup file's text. Never throws: a bad file gets a message a person can act on. */
export function parseBackup(text: string, { maxBytes = 50 * MB }: { maxBytes?: number } = {}): ParseResult {
  if (typeof text !== 'string') return { ok: false, error: 'This file could not be read as text.' };
  const size = utf8BytesOver(text, maxBytes);
  if (size !== undefined) {
    return { ok: false, error: `This file is too large (${(size / MB).toFixed(1)} MB); a Tact backup can be at most ${(maxBytes / MB).toFixed(1)} MB.` };
  }
  const trimmed = text.trim();
  if (!trimmed) return { ok: false, error: 'This file is empty.' };
  let value: unknown;
  try {
    value = JSON.parse(trimmed);
  } catch {
    // A backup is one JSON object: one that opens but never closes was cut off.
    return trimmed.startsWith('{') && !trimmed.endsWith('}')
      ? { ok: false, error: 'This backup file is incomplete (it ends too early); export it again.' }
      : { ok: false, error: 'This file is not a Tact backup (it is not valid JSON).' };
  }
  return checkBackup(value);
}
