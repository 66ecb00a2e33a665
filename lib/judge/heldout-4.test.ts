// Scores the judge on the fourth held-out corpus (lib/judge/corpus/heldout-4), written blind after
// the third and since tuned on (see its README): a development set now. Prints the full table and
// every mistake; asserts only the floors under which the product would do more harm than good.
// Never lower a floor to pass.
import { HELDOUT } from './corpus/heldout';
import { describeHeldoutSet } from './corpus/heldout/suite';
import { HELDOUT_2 } from './corpus/heldout-2';
import { HELDOUT_3 } from './corpus/heldout-3';
import { HELDOUT_4 } from './corpus/heldout-4';

describeHeldoutSet({
  title: 'Fourth held-out corpus',
  set: HELDOUT_4,
  earlier: [HELDOUT, HELDOUT_2, HELDOUT_3],
  printMistakes: true,
});
