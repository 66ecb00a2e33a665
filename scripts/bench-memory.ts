/**
 * Memory over a long visit, compressed: 100 single-page navigations, and in each view five drafts
 * written and cleared, one sent, messages arriving (where the replica can receive them) and scrolling:
 * 500 compose cycles in all. After forced garbage collection at the start, every 25 navigations and
 * at the end: the V8 heap (page and content scripts share it), Blink's listener and node counts, and
 * Tact's own observers and listeners; with and without Tact.
 */
import { buildReplicas } from '../test/support/build-replicas';
import { startHarness } from '../test/support/harness';
import { memoryProbe, type MemorySample } from '../test/support/memory-probe';
import { navigate, receive, scrollAround, writeAndClear, writeAndSend } from '../test/support/spa-use';

const NAVIGATIONS = Number(process.env.BENCH_NAVIGATIONS ?? 100);
const EVERY = 25;

interface SpaSpec {
  site: string;
  view: string;
  composer: string;
  /** Gmail sends with Ctrl+Enter (Enter is a new line); Slack with Enter. */
  sendWithCtrl: boolean;
  receives: boolean;
}

const SPECS: SpaSpec[] = [
  { site: 'slack', view: 'large', composer: '[data-qa="message_input"] .ql-editor', sendWithCtrl: false, receives: true },
  { site: 'gmail', view: 'large', composer: 'div[g_editable="true"][role="textbox"]', sendWithCtrl: true, receives: false },
];

type Checkpoints = { after: number; sample: MemorySample }[];

async function visit(spec: SpaSpec, withExtension: boolean): Promise<Checkpoints> {
  const h = await startHarness({ withExtension });
  try {
    const page = await h.openReplica(spec.site, spec.view, { beforeLoad: (p) => p.evaluateOnNewDocument('self.__name = (f) => f').then(() => undefined) });
    await page.waitForFunction(() => typeof window.__replicaNav === 'object');
    if (withExtension) await page.waitForSelector('tact-overlay');
    const probe = await memoryProbe(page, h.extensionId);
    const checkpoints: Checkpoints = [{ after: 0, sample: await probe.sample() }];
    for (let n = 1; n <= NAVIGATIONS; n++) {
      await navigate(page, n);
      if (await writeAndClear(page, spec.composer, 5, n)) await writeAndSend(page, spec.composer, 'Thanks, will do!', spec.sendWithCtrl);
      if (spec.receives) await receive(page, 2, n);
      await scrollAround(page, 4);
      if (n % EVERY === 0 || n === NAVIGATIONS) checkpoints.push({ after: n, sample: await probe.sample() });
    }
    if (h.outbound.length) console.log(`  WARNING: outbound requests ${JSON.stringify(h.outbound)}`);
    return checkpoints;
  } finally {
    await h.close();
  }
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(2)} MB`;

/** Per site: heap and counts at the start and the end, with and without Tact. */
export interface MemoryFigures {
  label: string;
  start: { with: MemorySample; without: MemorySample };
  end: { with: MemorySample; without: MemorySample };
  /** Growth from the first checkpoint after the start (warm) to the end, with Tact minus without. */
  tactHeapGrowthSteady: number;
}

export async function benchMemory(): Promise<MemoryFigures[]> {
  await buildReplicas();
  const out: MemoryFigures[] = [];
  for (const spec of SPECS) {
    const without = await visit(spec, false);
    const withTact = await visit(spec, true);
    console.log(`  ${spec.site}/${spec.view}: ${NAVIGATIONS} navigations, ${NAVIGATIONS * 6} drafts (5 cleared, 1 sent per view)${spec.receives ? `, ${NAVIGATIONS * 2} incoming messages` : ''}, scrolling; after forced GC:`);
    console.table(
      withTact.map(({ after, sample: w }, i) => {
        const wo = without[i]!.sample;
        return {
          navigations: after,
          'heap without / with': `${mb(wo.heapUsed)} / ${mb(w.heapUsed)}`,
          'Tact share': mb(w.heapUsed - wo.heapUsed),
          'listeners without / with': `${wo.jsEventListeners} / ${w.jsEventListeners}`,
          'nodes without / with': `${wo.nodes} / ${w.nodes}`,
          documents: `${wo.documents} / ${w.documents}`,
          'Tact observers': w.tactObservers,
          'Tact listeners (window, document)': w.tactListeners,
        };
      }),
    );
    const first = withTact[0]!.sample;
    const warm = withTact[1]!.sample;
    const last = withTact.at(-1)!.sample;
    const growth = (a: MemorySample, b: MemorySample) => b.heapUsed - a.heapUsed;
    const steady = growth(warm, last) - growth(without[1]!.sample, without.at(-1)!.sample);
    console.log(
      `  growth with Tact, start → end: heap ${mb(growth(first, last))} (without Tact ${mb(growth(without[0]!.sample, without.at(-1)!.sample))}), listeners ${last.jsEventListeners - first.jsEventListeners}, Tact listeners ${last.tactListeners - first.tactListeners}, Tact observers ${last.tactObservers - first.tactObservers}`,
    );
    console.log(`  growth from ${withTact[1]!.after} navigations to the end: heap ${mb(growth(warm, last))} with Tact, ${mb(growth(without[1]!.sample, without.at(-1)!.sample))} without (Tact's part ${mb(steady)}), listeners ${last.jsEventListeners - warm.jsEventListeners}`);
    out.push({ label: `${spec.site}/${spec.view}`, start: { with: first, without: without[0]!.sample }, end: { with: last, without: without.at(-1)!.sample }, tactHeapGrowthSteady: steady });
  }
  return out;
}

if (import.meta.url === `file://${process.argv[1]}`) void benchMemory();
