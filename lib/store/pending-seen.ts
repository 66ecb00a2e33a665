import type { TactDb } from './db';
import { isOpen, pendingId, truncateSnippet, type PendingItem, type SeenMessage, type SiteId } from './types';
import { checkPendingItem, dropUndefined } from './validate';


/**
 * What upsertSeen did. `added`/`updated`/`unchanged` for an open item; `resolved` when the item was
 * already answered, done or dismissed (left alone); `declined` when the user said it needs no
 * reply; `answered` when the user had already replied in the conversation after this message.
 */
export type UpsertOutcome = 'added' | 'updated' | 'unchanged' | 'resolved' | 'declined' | 'answered';

/** Merge a new sighting into an open item: the first sighting's times and kind stand; later ones fill gaps or raise urgency. */
function merge(old: PendingItem, seen: PendingItem): PendingItem {
  const raisesUrgency = seen.urgent && !old.urgent;
  return dropUndefined({
    ...old,
    permalink: old.permalink ?? seen.permalink,
    author: dropUndefined({ id: old.author.id ?? seen.author.id, name: old.author.name ?? seen.author.name }),
    snippet: old.snippet ?? seen.snippet,
    urgent: old.urgent || seen.urgent,
    dueAt: raisesUrgency ? Math.min(old.dueAt, seen.dueAt) : old.dueAt,
  });
}

// Only the fields merge() can change.
const sameContent = (a: PendingItem, b: PendingItem) =>
  a.permalink === b.permalink && a.author.id === b.author.id && a.author.name === b.author.name
  && a.snippet === b.snippet && a.urgent === b.urgent && a.dueAt === b.dueAt;

/**
 * Record a message that waits for a reply. Idempotent: the same message seen again (another tab,
 * a reload) stays one item. Throws a RangeError when the message is malformed.
 */
export async function upsertSeen(db: TactDb, seen: SeenMessage, at: number = Date.now()): Promise<UpsertOutcome> {
  const id = pendingId(seen.site, seen.conversationId, seen.messageId);
  const checked = checkPendingItem({ ...seen, snippet: truncateSnippet(seen.snippet), id, status: 'pending', updatedAt: at });
  if (!checked.ok) throw new RangeError(`Cannot record message ${id}: ${checked.errors.join('; ')}`);
  const item = checked.value;

  return db.transaction('rw', db.pending, db.decisions, async (): Promise<UpsertOutcome> => {
    if (await db.decisions.get(id)) return 'declined';
    const old = await db.pending.get(id);
    if (old) {
      if (!isOpen(old.status)) return 'resolved';
      const merged = merge(old, item);
      if (sameContent(merged, old)) return 'unchanged';
      await db.pending.put({ ...merged, updatedAt: at });
      return 'updated';
    }
    const conversation = await inConversation(db, item.site, item.conversationId);
    const answered = conversation.some((o) => (o.status === 'replied' || o.status === 'reacted') && (o.resolvedAt ?? 0) >= item.receivedAt);
    if (answered) return 'answered';
    await db.pending.add(item);
    return 'added';
  });
}

/** The user replied or reacted in a conversation at `at`: resolve its open items received by then. Returns how many. */
export async function resolveConversation(
  db: TactDb, site: SiteId, conversationId: string, how: 'replied' | 'reacted', at: number,
): Promise<number> {
  return db.transaction('rw', db.pending, async () => {
    const open = (await inConversation(db, site, conversationId)).filter((o) => isOpen(o.status) && o.receivedAt <= at);
    const resolved = open.map(({ snoozedUntil: _, ...o }): PendingItem => ({ ...o, status: how, resolvedAt: at, updatedAt: at }));
    await db.pending.bulkPut(resolved);
    return resolved.length;
  });
}

// Reads whole index ranges with toArray (one getAll) and changes them in JS, rather than
// Collection.filter()/modify(), which walk an index cursor one record per round trip.
const inConversation = (db: TactDb, site: SiteId, conversationId: string) =>
  db.pending.where('[site+conversationId]').equals([site, conversationId]).toArray();
