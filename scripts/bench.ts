/**
 * `npm run bench`: prints Tact's performance figures, then a summary of them side by side. No
 * pass/fail here: budgets live in the tests. `--only=content,memory` runs only the named parts
 * (judge, store, content, large, memory, dashboard).
 */
import { benchJudge } from './bench-judge';
import { benchStore } from './bench-store';
import { benchContent } from './bench-content';
import { benchLarge } from './bench-large';
import { benchMemory } from './bench-memory';
import { benchDashboard } from './bench-dashboard';
import { printSummary, type BenchResults } from './bench-summary';

const PARTS = ['judge', 'store', 'content', 'large', 'memory', 'dashboard'] as const;
type Part = (typeof PARTS)[number];

/** The parts named by `--only=a,b`, or all of them. */
function selectedParts(argv: string[]): Part[] {
  const only = argv.find((a) => a.startsWith('--only='))?.slice('--only='.length);
  if (!only) return [...PARTS];
  const names = only.split(',').map((s) => s.trim()).filter(Boolean);
  const unknown = names.filter((n) => !(PARTS as readonly string[]).includes(n));
  if (unknown.length) throw new Error(`Unknown bench part ${unknown.join(', ')}; the parts are ${PARTS.join(', ')}`);
  return PARTS.filter((p) => names.includes(p));
}

async function main() {
  const parts = selectedParts(process.argv.slice(2));
  const results: BenchResults = {};
  if (parts.includes('judge')) {
    console.log('== Judge (lib/judge)');
    results.judge = await benchJudge();
  }
  if (parts.includes('store')) {
    console.log('\n== Store (lib/store)');
    results.store = await benchStore();
  }
  if (parts.includes('content')) {
    console.log('\n== Content script in Chromium');
    results.keystrokeToHint = (await benchContent()).keystrokeToHint;
  }
  if (parts.includes('large')) {
    console.log('\n== Large replicas in Chromium (load, scrolling, typing)');
    results.large = await benchLarge();
  }
  if (parts.includes('memory')) {
    console.log('\n== Memory over 100 single-page navigations');
    results.memory = await benchMemory();
  }
  if (parts.includes('dashboard')) {
    console.log('\n== Dashboard in Chromium');
    results.dashboard = await benchDashboard();
  }
  printSummary(results);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
