import { describe, expect, it } from 'vitest';
import { defaultSettings } from './defaults';
import { dueRulesFor, hintOn, judgeOptions, MAX_WORD_LOCALES, runsOn, workingCalendar } from './bridges';

describe('what each part gets from the settings', () => {
  it('gives the judge the user words', () => {
    const s = { ...defaultSettings(), ackPhrases: ['roger'], mutedSensitiveTerms: ['review'], extraSensitiveTerms: [{ term: 'RIF', topic: 'termination' as const }] };
    expect(judgeOptions(s, 'es-ES')).toEqual({
      locale: 'es-ES',
      extraAcknowledgements: ['roger'],
      extraSensitiveTerms: [{ term: 'RIF', topic: 'termination' }],
      mutedSensitiveTerms: ['review'],
    });
  });

  it('hands out one object for equal words, so the judge compiles them once', () => {
    const words = { ackPhrases: ['roger'], mutedSensitiveTerms: ['review'], extraSensitiveTerms: [{ term: 'RIF', topic: 'termination' as const }] };
    const first = judgeOptions({ ...defaultSettings(), ...words }, 'en');
    // A later settings object (read again from storage: new arrays, new term objects) with other switches.
    const again = judgeOptions({ ...defaultSettings(), ...structuredClone(words), enabled: false }, 'en');
    expect(again).toBe(first);
    expect(judgeOptions({ ...defaultSettings(), ...words, ackPhrases: ['roger', 'wilco'] }, 'en')).not.toBe(first);
    expect(judgeOptions({ ...defaultSettings(), ...words, extraSensitiveTerms: [{ term: 'RIF', topic: 'reorg' as const }] }, 'en')).not.toBe(first);
    expect(judgeOptions({ ...defaultSettings(), ...words }, 'de')).not.toBe(first);
  });

  it('keeps one options object per locale while the words stay equal, and a new one when they change', () => {
    const settings = defaultSettings();
    settings.extraSensitiveTerms = [{ term: 'zorblax', topic: 'health' }];
    const en = judgeOptions(settings, 'en-x-tabs');
    const es = judgeOptions(settings, 'es-x-tabs');
    // Two tabs taking turns: each locale keeps its object (its compiled judge).
    expect(judgeOptions({ ...settings }, 'en-x-tabs')).toBe(en);
    expect(judgeOptions({ ...settings }, 'es-x-tabs')).toBe(es);
    expect(es).toMatchObject({ locale: 'es-x-tabs', extraSensitiveTerms: settings.extraSensitiveTerms });
    const changed = judgeOptions({ ...settings, mutedSensitiveTerms: ['bonus'] }, 'en-x-tabs');
    expect(changed).not.toBe(en);
    expect(changed.mutedSensitiveTerms).toEqual(['bonus']);
  });

  it('forgets the oldest locale past its limit', () => {
    const settings = defaultSettings();
    const first = judgeOptions(settings, 'x-old-0');
    const b = judgeOptions(settings, 'x-old-1');
    for (let i = 2; i <= MAX_WORD_LOCALES; i++) judgeOptions(settings, `x-old-${i}`);
    expect(judgeOptions(settings, 'x-old-1')).toBe(b);
    expect(judgeOptions(settings, 'x-old-0')).not.toBe(first);
  });

  it('gives the schedule a calendar in the chosen zone, or the detected one', () => {
    expect(workingCalendar(defaultSettings(), 'Asia/Tokyo').timeZone).toBe('Asia/Tokyo');
    const chosen = { ...defaultSettings(), calendar: { ...defaultSettings().calendar, timeZone: 'Europe/Paris' } };
    expect(workingCalendar(chosen, 'Asia/Tokyo')).toEqual({ timeZone: 'Europe/Paris', workingDays: [1, 2, 3, 4, 5], dayStart: '09:00', dayEnd: '17:30', holidays: [] });
  });

  it("gives the schedule a site's own rule in place of its kind's", () => {
    const s = { ...defaultSettings(), siteRules: { discord: { kind: 'business-days' as const, days: 3 } } };
    expect(dueRulesFor(s, 'discord').chat).toEqual({ kind: 'business-days', days: 3 });
    expect(dueRulesFor(s, 'slack').chat).toEqual({ kind: 'working-hours', hours: 4 });
    expect(dueRulesFor(s, 'gmail')).toEqual(defaultSettings().rules);
  });

  it('gives the overlay its switches', () => {
    const off = { ...defaultSettings(), sites: { ...defaultSettings().sites, slack: false }, hints: { ...defaultSettings().hints, sensitive: false } };
    expect(runsOn(off, 'slack')).toBe(false);
    expect(hintOn(off, 'gmail', 'acknowledgement')).toBe(true);
    expect(hintOn(off, 'gmail', 'sensitive')).toBe(false);
    expect(runsOn({ ...defaultSettings(), enabled: false }, 'gmail')).toBe(false);
  });
});
