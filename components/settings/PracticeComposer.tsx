import { useMemo, useRef, useState } from 'preact/hooks';
import { analyzeMessage, callSuggestion } from '@/lib/judge';
import { t, uiLanguage } from '@/lib/i18n';
import { judgeOptions } from '@/lib/settings/bridges';
import type { Settings } from '@/lib/settings/types';

const topicName = (topic: string) => t(`topic_${topic}` as 'topic_health');

/**
 * A practice composer on the onboarding page: a plain contenteditable judged by the real judge with
 * the person's own settings, showing the same hints (and hooks) as in a site, inline instead of floating.
 */
export function PracticeComposer({ settings }: { settings: Settings }) {
  const box = useRef<HTMLDivElement>(null);
  const [text, setText] = useState('');
  const [dismissed, setDismissed] = useState<string | null>(null);
  const [note, setNote] = useState('');
  const options = useMemo(() => judgeOptions(settings, uiLanguage()), [settings]);
  const judgement = useMemo(() => analyzeMessage(text, options), [text, options]);

  const write = (next: string) => {
    if (box.current) box.current.textContent = next;
    setText(next);
    setDismissed(null);
    box.current?.focus();
  };
  const ack = settings.hints.acknowledgement && text !== dismissed ? judgement.acknowledgement : null;
  const sensitive = !ack && settings.hints.sensitive && text !== dismissed ? judgement.sensitive : [];
  const reactions = ack ? [...new Set([...(settings.favouriteReactions[ack.kind] ?? []), ...ack.reactions])].slice(0, 3) : [];
  const words = [...new Set(sensitive.flatMap((s) => s.evidence.map((e) => e.text)))].slice(0, 6);

  return (
    <div class="practice">
      <p id="practice-label">{t('practiceLabel')}</p>
      <div
        ref={box}
        class="practice-box"
        contentEditable
        role="textbox"
        aria-multiline="true"
        aria-labelledby="practice-label"
        aria-describedby="practice-hints"
        tabIndex={0}
        data-tact="practice-composer"
        onInput={(e) => {
          setText(e.currentTarget.innerText.replace(/\n$/, ''));
          setNote('');
        }}
        onKeyDown={(e) => {
          if (e.key === 'Escape') setDismissed(text);
        }}
      />
      <div class="add-row">
        <button type="button" data-tact="try-ack" onClick={() => write(t('practiceAckExample'))}>
          {t('practiceTry', t('practiceAckExample'))}
        </button>
        <button type="button" data-tact="try-sensitive" onClick={() => write(t('practiceSensitiveExample'))}>
          {t('practiceTrySensitive')}
        </button>
      </div>
      <div id="practice-hints" aria-live="polite">
        {ack ? (
          <div class="practice-hint" role="group" aria-label={t('hintLabel')} data-tact="ack-hint" data-kind={ack.kind}>
            <p class="hint-title">{t('ackTitle')}</p>
            <div class="add-row">
              {reactions.map((emoji) => (
                <button
                  key={emoji}
                  type="button"
                  class="emoji-button"
                  data-tact="reaction"
                  data-emoji={emoji}
                  aria-label={t('ackReactWith', emoji)}
                  onClick={() => {
                    write('');
                    setNote(t('practiceReacted', emoji));
                  }}
                >
                  {emoji}
                </button>
              ))}
              <button type="button" data-tact="dismiss" onClick={() => setDismissed(text)}>
                {t('dismiss')}
              </button>
            </div>
          </div>
        ) : null}
        {sensitive.length ? (
          <div class="practice-hint" role="group" aria-label={t('hintLabel')} data-tact="sensitive-hint" data-topic={sensitive.map((s) => s.topic).join(' ')}>
            <p class="hint-title">{t('sensitiveTitle', sensitive.map((s) => topicName(s.topic)).join(', '))}</p>
            <p class="muted" data-tact="evidence">
              {t('sensitiveWords')} {words.map((w) => (
                <q key={w}>{w.trim()}</q>
              ))}
            </p>
            <div class="add-row">
              <button
                type="button"
                class="primary"
                data-tact="suggest-call"
                onClick={() => {
                  const next = `${text.trimEnd()}\n\n${callSuggestion(judgement.language, settings.meetingLink || undefined)}`;
                  write(next);
                  // As in a site: once a call is suggested, this draft is not flagged again.
                  setDismissed(next);
                }}
              >
                {t('suggestCall')}
              </button>
              <button type="button" data-tact="dismiss" onClick={() => setDismissed(text)}>
                {t('notSensitive')}
              </button>
            </div>
          </div>
        ) : null}
        {note ? (
          <p class="practice-note" data-tact="practice-note">
            {note}
          </p>
        ) : null}
      </div>
    </div>
  );
}
