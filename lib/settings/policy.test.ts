import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { defaultSettings } from './defaults';
import { fieldPaths, getPath, isLocked } from './paths';
import { applyPolicy, combinePolicies, parsePolicy, policyToObject } from './policy';

describe('parsePolicy', () => {
  it('reads the fields a policy sets, as dot paths, with its team name', () => {
    const { policy, dropped } = parsePolicy({
      teamName: ' Platform team ',
      hints: { acknowledgement: false },
      calendar: { dayStart: '08:00' },
      rules: { chat: { kind: 'working-hours', hours: 2 } },
      sites: { discord: false },
      favouriteReactions: { thanks: ['🙌'] },
    });
    expect(dropped).toEqual([]);
    expect(policy).toEqual({
      name: 'Platform team',
      values: {
        'sites.discord': false,
        'hints.acknowledgement': false,
        'favouriteReactions.thanks': ['🙌'],
        'calendar.dayStart': '08:00',
        'rules.chat': { kind: 'working-hours', hours: 2 },
      },
    });
  });

  it('drops malformed fields, names them, and keeps the rest', () => {
    const { policy, dropped } = parsePolicy({ enabled: 'yes', hints: { sensitive: false, threadHeat: 'no' }, rules: { urgent: { kind: 'business-days', days: 2 } } });
    expect(dropped.sort()).toEqual(['enabled', 'hints.threadHeat', 'rules.urgent']);
    expect(policy.values).toEqual({ 'hints.sensitive': false });
  });

  it('is empty for nothing, and refuses what is not an object', () => {
    expect(parsePolicy(undefined)).toEqual({ policy: { name: '', values: {} }, dropped: [] });
    expect(parsePolicy({})).toEqual({ policy: { name: '', values: {} }, dropped: [] });
    expect(parsePolicy('lock everything').dropped).toEqual(['*']);
    expect(parsePolicy([1, 2]).policy.values).toEqual({});
  });
});

describe('applyPolicy', () => {
  it('overrides personal values with the policy and locks exactly those fields', () => {
    const personal = { ...defaultSettings(), meetingLink: 'https://meet.example.com/me', hints: { ...defaultSettings().hints, acknowledgement: true } };
    const { policy } = parsePolicy({ hints: { acknowledgement: false }, calendar: { workingDays: [0, 1, 2, 3, 4] } });
    const { settings, locked } = applyPolicy(personal, policy);
    expect(settings.hints.acknowledgement).toBe(false);
    expect(settings.calendar.workingDays).toEqual([0, 1, 2, 3, 4]);
    expect(settings.meetingLink).toBe('https://meet.example.com/me');
    expect(settings.hints.sensitive).toBe(true);
    expect(locked).toEqual(['calendar.workingDays', 'hints.acknowledgement']);
    expect(isLocked('hints.acknowledgement', locked)).toBe(true);
    expect(isLocked('hints', locked)).toBe(true);
    expect(isLocked('hints.sensitive', locked)).toBe(false);
  });

  it('does not change the personal settings it was given', () => {
    const personal = defaultSettings();
    applyPolicy(personal, parsePolicy({ ackPhrases: ['noted'] }).policy);
    expect(personal).toEqual(defaultSettings());
  });

  it('lets browser policy win over imported team rules, field by field', () => {
    const imported = parsePolicy({ teamName: 'Imported', hints: { acknowledgement: false, sensitive: false } }).policy;
    const managed = parsePolicy({ teamName: 'IT', hints: { acknowledgement: true } }).policy;
    const { policy, lockedBy } = combinePolicies(imported, managed);
    expect(policy.name).toBe('IT');
    expect(policy.values).toEqual({ 'hints.acknowledgement': true, 'hints.sensitive': false });
    expect(lockedBy).toEqual({ 'hints.acknowledgement': 'managed', 'hints.sensitive': 'imported' });
  });

  it('any policy built from valid settings applies back to exactly its values (property)', () => {
    const fields = fieldPaths(defaultSettings());
    fc.assert(
      fc.property(fc.subarray(fields), fc.boolean(), (chosen, flip) => {
        const source = { ...defaultSettings(), hints: { ...defaultSettings().hints, sensitive: flip }, storeSnippets: !flip };
        const values = Object.fromEntries(chosen.map((p) => [p, getPath(source, p)]));
        const { policy, dropped } = parsePolicy(policyToObject({ name: '', values }));
        expect(dropped).toEqual([]);
        const { settings, locked } = applyPolicy(defaultSettings(), policy);
        expect(locked).toEqual([...chosen].sort());
        for (const p of chosen) expect(getPath(settings, p)).toEqual(getPath(source, p));
      }),
    );
  });
});
