import { t } from '@/lib/i18n';
import { Field } from './Field';
import { ListEditor } from './ListEditor';
import { TermsEditor } from './TermsEditor';
import type { SettingsEditor } from './use-settings-editor';

/** The person's own words: acknowledgements, sensitive terms to add or mute, and their meeting link. */
export function WordsSection({ editor }: { editor: SettingsEditor }) {
  return (
    <section aria-labelledby="s-words">
      <h2 id="s-words">{t('sectionWords')}</h2>
      <ListEditor
        editor={editor}
        path="ackPhrases"
        label={t('fieldAckPhrases')}
        help={t('fieldAckPhrasesHelp')}
        placeholder={t('fieldAckPhrasesExample')}
        hook="ack-phrases"
      />
      <TermsEditor editor={editor} />
      <ListEditor editor={editor} path="mutedSensitiveTerms" label={t('fieldMutedTerms')} help={t('fieldMutedTermsHelp')} hook="muted-terms" />
      <Field editor={editor} path="meetingLink" label={t('fieldMeetingLink')} help={t('fieldMeetingLinkHelp')}>
        {(control) => (
          <input
            {...control}
            type="url"
            inputMode="url"
            placeholder="https://meet.example.com/your-room"
            value={editor.value<string>('meetingLink')}
            // On change, not on each keystroke: half a link is not an error yet.
            onChange={(e) => editor.update('meetingLink', e.currentTarget.value.trim())}
          />
        )}
      </Field>
    </section>
  );
}
