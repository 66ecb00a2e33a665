import { existsSync } from 'node:fs';

/** Candidate browsers, best first: Debian's ESR, then a distribution or macOS Firefox. */
const CANDIDATES = ['/usr/bin/firefox-esr', '/usr/bin/firefox', '/Applications/Firefox.app/Contents/MacOS/firefox'];

/**
 * The system Firefox to drive (FIREFOX_PATH first), or undefined when there is none: the Firefox e2e
 * file skips itself then, since Firefox is an optional extra next to the required Chromium.
 */
export function findFirefox(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const fromEnv = env.FIREFOX_PATH;
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new Error(`FIREFOX_PATH is set to ${fromEnv}, which does not exist.`);
  }
  return CANDIDATES.find((path) => existsSync(path));
}
