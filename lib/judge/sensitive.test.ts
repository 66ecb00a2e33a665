import { describe, expect, it } from 'vitest';
import { analyzeMessage, SENSITIVE_TOPICS, type SensitiveTopic } from '.';

const topics = (text: string, options = {}) => analyzeMessage(text, options).sensitive.map((s) => s.topic);

// The sense, not the word: each sensitive message beside its technical or harmless twin.
const cases: [text: string, expected: SensitiveTopic[]][] = [
  ['We have to fire him before the audit.', ['termination']],
  ['Can you fire up the server?', []],
  ['We need to let Sam go next month.', ['termination']],
  ['Let it go, it’s fine.', []],
  ['Her employment was terminated on Monday.', ['termination']],
  ['Terminate the instance after the test.', []],
  ['Kill the process on node 3.', []],
  ['He is on medical leave.', ['health']],
  ['The health check is failing.', []],
  ['The teams are merging after the acquisition.', ['reorg']],
  ['Please merge the branch.', []],
  ['We need to acquire a lock first.', []],
  ['His performance has been poor for months.', ['performance']],
  ['The performance of the cache is poor.', []],
  ['Thanks for the code review!', []],
  ['The candidate was rejected after the onsite.', ['hiring']],
  ['We’re hiring! Share the post.', []],
  ['The release candidate was rejected by QA.', []],
  ['What is her salary band?', ['compensation']],
  ['Add a salary column to the schema.', []],
  ['The company is going through a reorg.', ['reorg']],
  ['I reorganised the docs folder.', []],
  ['She filed a harassment complaint.', ['legal']],
  ['You broke the build again.', ['conflict']],
  ['Ugh, the flaky test broke the build again.', []],
  ['This is your fault.', ['conflict']],
  ['Why do you always do this?', ['conflict']],
  ['他被裁员了', ['termination']],
  ['健康检查失败了', []],
  ['田中さんが休職します', ['health']],
  ['ヘルスチェックが失敗しました', []],
  ['Lo despidieron ayer.', ['termination']],
  ['Il est en arrêt maladie.', ['health']],
  ['Ihm wurde gekündigt.', ['termination']],
  ['Das Abo habe ich gekündigt.', []],
  ['Ele foi demitido.', ['termination']],
];

describe('sensitive', () => {
  it.each(cases)('%j → %j', (text, expected) => {
    expect(topics(text)).toEqual(expected);
  });

  it('reports several topics in the fixed topic order, each with its evidence', () => {
    const text = 'After the layoffs he went on sick leave and is talking to a lawyer.';
    const found = analyzeMessage(text).sensitive;
    expect(found.map((s) => s.topic)).toEqual(['termination', 'health', 'legal']);
    for (const f of found) for (const e of f.evidence) expect(text.slice(e.start, e.end)).toBe(e.text);
    expect(SENSITIVE_TOPICS.indexOf('termination')).toBeLessThan(SENSITIVE_TOPICS.indexOf('legal'));
  });

  it('takes the user’s extra terms literally and ignores unknown topics', () => {
    const options = { extraSensitiveTerms: [{ term: 'Project Falcon', topic: 'reorg' as const }, { term: 'x', topic: 'nope' as never }] };
    expect(topics('Project Falcon starts Monday', options)).toEqual(['reorg']);
    expect(topics('Project Falcon starts Monday')).toEqual([]);
  });

  it('mutes the terms the user mutes, by lexicon form or as typed', () => {
    expect(topics('Layoffs are coming.', { mutedSensitiveTerms: ['layoff*'] })).toEqual([]);
    expect(topics('Layoffs are coming.', { mutedSensitiveTerms: ['Layoffs'] })).toEqual([]);
    expect(topics('Layoffs are coming.', { mutedSensitiveTerms: ['bonus'] })).toEqual(['termination']);
  });
});
