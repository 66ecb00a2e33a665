import { describe, expect, it } from 'vitest';
import { dueNotice } from './notify-text';

const by = (...names: Array<string | undefined>) => names.map((name) => ({ author: name === undefined ? {} : { name } }));
const FSI = '\u2068';
const PDI = '\u2069';

describe('dueNotice', () => {
  it('names who is waiting, each name isolated', () => {
    expect(dueNotice(by('Alice Chen'))).toEqual({ title: 'A reply is due soon', message: `Waiting on you: ${FSI}Alice Chen${PDI}` });
    expect(dueNotice(by('Alice', 'Bob', 'Alice')).message).toBe(`Waiting on you: ${FSI}Alice${PDI}, ${FSI}Bob${PDI}`);
    expect(dueNotice(by('Alice', 'Bob', 'Alice')).title).toBe('3 replies are due soon');
  });

  it('shows at most three names and counts the rest', () => {
    expect(dueNotice(by('A', 'B', 'C', 'D', 'E')).message).toBe(`Waiting on you: ${FSI}A${PDI}, ${FSI}B${PDI}, ${FSI}C${PDI} and 2 more`);
  });

  it('says where to look when no name is known', () => {
    expect(dueNotice(by(undefined, '\u200B\u202E')).message).toBe('Open Tact to see what is waiting on you.');
  });

  it('keeps hostile names as plain, short text: markup as characters, bidi overrides out, long names cut', () => {
    const { message } = dueNotice(by('<img src=x onerror=alert(1)>', 'Eve\u202Egnp.exe\u202C', 'X'.repeat(100_000)));
    expect(message).toContain(`${FSI}<img src=x onerror=alert(1)>${PDI}`);
    expect(message).toContain(`${FSI}Evegnp.exe${PDI}`);
    expect(message).not.toMatch(/[\u202A-\u202E]/);
    expect(message).toContain(`${FSI}${'X'.repeat(39)}…${PDI}`);
    expect(message.length).toBeLessThan(200);
  });
});
