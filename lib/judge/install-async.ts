import { adoptCompiled, compiledSteps } from './compile';
import { installLexicons } from './lexicons';
import type { EmojiTables, Lexicon } from './lexicons/types';
import { runStepsSliced, type SliceOptions } from './steps';

/**
 * Installs `list` as `installLexicons` does, compiling it first in slices of about
 * `options.yieldEvery` ms between macrotasks, so a content script never blocks its page for one
 * long task (issue #7). Until the promise settles the judge keeps what it had (nothing, in a fresh
 * content script: `analyzeMessage` then finds nothing, as with no lexicons at all).
 */
export async function installLexiconsAsync(list: readonly Lexicon[], options: SliceOptions = {}, emoji?: EmojiTables): Promise<void> {
  const compiled = await runStepsSliced(compiledSteps(list), options);
  // Installed and adopted in one synchronous step: no judgement can see the lexicons without their tables.
  installLexicons(list, emoji);
  adoptCompiled(compiled);
}
