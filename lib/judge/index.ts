// The judge's entry point: pure language judgement, text in, judgement out, with every language's
// lexicon bundled and installed. The content script uses ./engine instead and gets the lexicons as data.
import { installLexicons } from './lexicons';
import { ALL_LEXICONS } from './lexicons/all';
import { EMOJI_TABLES } from './lexicons/reactions';

installLexicons(ALL_LEXICONS, EMOJI_TABLES);

export * from './engine';
export { ALL_LEXICONS } from './lexicons/all';
export { EMOJI_TABLES } from './lexicons/reactions';
