// The judge's entry point: pure language judgement, text in, judgement out, with every language's
// lexicon bundled and installed. The content script uses ./engine instead and gets the lexicons as data.
import { installLexicons } from './lexicons';
import { ALL_LEXICONS } from './lexicons/all';

installLexicons(ALL_LEXICONS);

export * from './engine';
export { ALL_LEXICONS } from './lexicons/all';
