import { useMemo } from 'preact/hooks';
import { analyzeMessage } from '@/lib/judge';
import { t, uiLanguage } from '@/lib/i18n';
import { dueFor } from '@/lib/schedule/defaults';
import { formatDue } from '@/lib/schedule/format-due';
import { detectedTimeZone, dueRulesFor, workingCalendar } from '@/lib/settings/bridges';
import type { Settings } from '@/lib/settings/types';
import { describeRule } from './format';

/** Idea two made concrete: a message that asks something, and when the person's rules say it is due. */
export function DueExample({ settings, now }: { settings: Settings; now: number }) {
  const locale = uiLanguage();
  const example = t('practiceIncoming');
  const result = useMemo(() => {
    const judgement = analyzeMessage(example, { locale });
    const calendar = workingCalendar(settings, detectedTimeZone());
    const rules = dueRulesFor(settings, 'slack');
    try {
      const due = dueFor(now, 'chat', judgement.urgent !== null, calendar, rules);
      return { asks: judgement.needsReply !== null, when: formatDue(due, now, locale, calendar.timeZone, (a) => t('overdueBy', a)), rule: describeRule(rules.chat, locale) };
    } catch {
      return null;
    }
  }, [settings, now, example, locale]);
  if (!result) return null;
  return (
    <figure class="due-example" data-tact="due-example">
      <blockquote>{example}</blockquote>
      <figcaption>{result.asks ? t('dueExample', [result.when, result.rule]) : t('dueExampleRule', result.rule)}</figcaption>
    </figure>
  );
}
