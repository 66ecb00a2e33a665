import { useState } from 'preact/hooks';
import { t } from '@/lib/i18n';
import { SENSITIVE_TOPICS } from '@/lib/settings/defaults';
import type { ExtraTerm } from '@/lib/settings/types';
import { Field } from './Field';
import type { SettingsEditor } from './use-settings-editor';

const topicName = (topic: string) => t(`topic_${topic}` as 'topic_health');

/** Extra sensitive terms, each with the topic it signals (the hint names the topic). */
export function TermsEditor({ editor }: { editor: SettingsEditor }) {
  const path = 'extraSensitiveTerms';
  const items = editor.value<ExtraTerm[]>(path) ?? [];
  const [term, setTerm] = useState('');
  const [topic, setTopic] = useState<string>(SENSITIVE_TOPICS[0]);
  const add = () => {
    if (!term.trim()) return;
    editor.update(path, [...items, { term: term.trim(), topic }]);
    setTerm('');
  };
  return (
    <Field editor={editor} path={path} label={t('fieldExtraTerms')} help={t('fieldExtraTermsHelp')}>
      {(control) => (
        <div class="list-editor" data-tact="extra-terms">
          {items.length ? (
            <ul class="chips" aria-label={t('fieldExtraTerms')}>
              {items.map((item, i) => (
                <li key={`${item.term}-${i}`} class="chip">
                  <span>
                    {item.term} <span class="muted">({topicName(item.topic)})</span>
                  </span>
                  <button
                    type="button"
                    class="chip-remove"
                    aria-label={t('removeItem', item.term)}
                    disabled={control.disabled}
                    onClick={() => editor.update(path, items.filter((_, j) => j !== i))}
                  >
                    ×
                  </button>
                </li>
              ))}
            </ul>
          ) : null}
          <div class="add-row">
            <input
              {...control}
              type="text"
              value={term}
              maxLength={80}
              onInput={(e) => setTerm(e.currentTarget.value)}
              onKeyDown={(e) => {
                if (e.key === 'Enter') {
                  e.preventDefault();
                  add();
                }
              }}
            />
            <select aria-label={t('termTopic')} value={topic} disabled={control.disabled} onChange={(e) => setTopic(e.currentTarget.value)}>
              {SENSITIVE_TOPICS.map((name) => (
                <option key={name} value={name}>
                  {topicName(name)}
                </option>
              ))}
            </select>
            <button type="button" disabled={control.disabled || !term.trim()} onClick={add}>
              {t('add')}
            </button>
          </div>
        </div>
      )}
    </Field>
  );
}
