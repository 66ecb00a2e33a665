import { runBehaviourSuite } from './suites/behaviour';
import { BEHAVIOUR_SITES } from './sites';

for (const spec of BEHAVIOUR_SITES) runBehaviourSuite(spec);
