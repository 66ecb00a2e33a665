/** `npm run bench`: prints Tact's performance figures. No pass/fail here: budgets live in the tests. */
import { benchJudge } from './bench-judge';
import { benchStore } from './bench-store';
import { benchContent } from './bench-content';
import { benchDashboard } from './bench-dashboard';

async function main() {
  console.log('== Judge (lib/judge)');
  await benchJudge();
  console.log('\n== Store (lib/store)');
  await benchStore();
  console.log('\n== Content script in Chromium');
  await benchContent();
  console.log('\n== Dashboard in Chromium');
  await benchDashboard();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
