import { analyzeMessage, analyzeThread } from '../judge';
import type { IncomingBatch, IncomingVerdicts, PendingSighting } from '../messaging';
import { judgeOptions } from '../settings/bridges';
import type { Settings } from '../settings/types';
import type { TactDb } from '../store';
import { recordSighting } from './pending';
import { clearStoreProblem, noteStoreFailure } from './store-problem';

/** Incoming text beyond this is not judged: a reply request sits near the top. */
const MAX_JUDGED = 4000;
/** What a reply request keeps of its text before cleaning. */
const MAX_SIGHTING_TEXT = 1000;
/** More than a page sends in one call (it sends 200): anything past it is left unanswered, never judged. */
const MAX_MESSAGES = 500;
const MAX_THREADS = 50;
const MAX_THREAD = 30;
const MAX_LOCALE = 35;
const MAX_EVIDENCE_WORDS = 4;

export interface IncomingJudgeDeps {
  /** The settings in force (merged), read once per batch. */
  settings: () => Promise<Settings>;
  /** Records a batch's reply requests (see `recordSightings`). */
  record: (sightings: PendingSighting[], settings: Settings) => Promise<void>;
}

/**
 * The handler of `incoming:judge`: judges a page's new messages with the user's own words, records
 * the reply requests among them and answers each message's sensitive topics and each heated thread.
 * Everything in a batch is page text: what is not the expected shape is skipped, not trusted.
 */
export function createIncomingJudge({ settings, record }: IncomingJudgeDeps): (batch: IncomingBatch) => Promise<IncomingVerdicts> {
  return async (batch) => {
    const s = await settings();
    const locale = typeof batch?.locale === 'string' ? batch.locale.slice(0, MAX_LOCALE) : '';
    const options = judgeOptions(s, locale);
    const verdicts: IncomingVerdicts['verdicts'] = [];
    const requests: PendingSighting[] = [];
    for (const m of Array.isArray(batch?.messages) ? batch.messages.slice(0, MAX_MESSAGES) : []) {
      if (!m || typeof m.key !== 'string' || typeof m.text !== 'string') continue;
      const text = m.text.slice(0, MAX_JUDGED);
      // One message the judge cannot read must not hold up the rest: the page would send the batch forever.
      const judgement = attempt(() => analyzeMessage(text, options));
      if (!judgement) {
        verdicts.push({ key: m.key, topics: [], words: [] });
        continue;
      }
      verdicts.push({
        key: m.key,
        topics: judgement.sensitive.map((x) => x.topic),
        words: [...new Set(judgement.sensitive.flatMap((x) => x.evidence.map((e) => e.text)))].slice(0, MAX_EVIDENCE_WORDS),
      });
      if (judgement.needsReply && m.addressedToUser === true) {
        requests.push({
          site: batch.site,
          conversationId: m.conversationId,
          messageId: m.messageId,
          permalink: m.permalink,
          author: m.author,
          text: text.slice(0, MAX_SIGHTING_TEXT),
          kind: judgement.needsReply.kind,
          urgent: judgement.urgent !== null,
          receivedAt: m.receivedAt,
        });
      }
    }
    // recordSighting checks the site and the reply-tracking switch, and cleans every field it keeps.
    if (requests.length) await record(requests, s);
    return { verdicts, heat: heatOf(batch) };
  };
}

function heatOf(batch: IncomingBatch): IncomingVerdicts['heat'] {
  const heat: IncomingVerdicts['heat'] = [];
  for (const thread of Array.isArray(batch?.threads) ? batch.threads.slice(0, MAX_THREADS) : []) {
    if (!thread || typeof thread.conversationId !== 'string' || !Array.isArray(thread.messages)) continue;
    const messages = thread.messages
      .slice(-MAX_THREAD)
      .filter((m) => m && typeof m.text === 'string')
      .map((m) => ({ author: String(m.author), at: Number(m.at), text: m.text.slice(0, MAX_JUDGED) }));
    const verdict = attempt(() => analyzeThread(messages));
    if (verdict?.suggestCall && verdict.reason) heat.push({ conversationId: thread.conversationId, reason: verdict.reason, evidence: verdict.evidence });
  }
  return heat;
}

/**
 * Records the reply requests of an `incoming:judge` batch:
 * a failed write (a full disk above all) is kept where the popup and dashboard show it, and the badge
 * and alarms are brought up to date once when anything was added or changed.
 */
export async function recordSightings(
  db: TactDb,
  sightings: readonly PendingSighting[],
  settings: Settings,
  refresh: () => Promise<unknown>,
): Promise<void> {
  let changed = false;
  for (const sighting of sightings) {
    const outcome = await recordSighting(db, sighting, settings, Date.now()).catch((e: unknown) =>
      noteStoreFailure(e, 'capture', Date.now()).then(() => 'invalid'),
    );
    if (outcome === 'added' || outcome === 'updated') changed = true;
  }
  if (changed) await Promise.all([clearStoreProblem(), refresh()]);
}

function attempt<T>(fn: () => T): T | null {
  try {
    return fn();
  } catch {
    return null;
  }
}
