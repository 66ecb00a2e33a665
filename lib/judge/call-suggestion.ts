import { languageOfLocale } from './language';
import { lexiconOf } from './lexicons';

/** Only http(s) links are appended; anything else could be a script or a typo. */
const LINK = /^https?:\/\/\S+$/i;

/** A short, kind sentence proposing a call, in `language` (a code or locale tag), with the link if any. */
export function callSuggestion(language: string, meetingLink?: string): string {
  const lex = lexiconOf(languageOfLocale(language) ?? 'en') ?? lexiconOf('en');
  if (!lex) return '';
  const link = typeof meetingLink === 'string' ? meetingLink.trim() : '';
  if (!link || !LINK.test(link)) return lex.callSuggestion;
  return `${lex.callSuggestion} ${lex.linkLabel} ${link}`;
}
