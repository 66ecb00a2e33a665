import { describe, expect, it } from 'vitest';
import { defaultSettings } from './defaults';
import { dueRulesFor, hintOn, judgeOptions, runsOn, workingCalendar } from './bridges';

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
