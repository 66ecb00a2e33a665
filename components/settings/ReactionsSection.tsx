import { t } from '@/lib/i18n';
import { ACK_KINDS } from '@/lib/settings/defaults';
import { ackKindKey } from '@/lib/settings/labels';
import { EmojiPickerButton } from './EmojiPickerButton';
import { FieldGroup } from './Field';
import type { SettingsEditor } from './use-settings-editor';

/** A hint offers three reactions; favourites beyond that are still tried first, in order. */
const MAX_FAVOURITES = 6;

/** Favourite reactions per kind of acknowledgement, shown first in the hint. */
export function ReactionsSection({ editor }: { editor: SettingsEditor }) {
  return (
    <section aria-labelledby="s-reactions" class="reactions">
      <h2 id="s-reactions">{t('sectionReactions')}</h2>
      <p class="muted">{t('sectionReactionsHelp')}</p>
      {ACK_KINDS.map((kind) => {
        const path = `favouriteReactions.${kind}`;
        const list = editor.value<string[] | undefined>(path) ?? [];
        const kindName = t(ackKindKey(kind));
        return (
          <FieldGroup key={kind} editor={editor} path={path} legend={kindName}>
            {(control) => (
              <div class="reaction-row" data-tact={`favourites-${kind}`}>
                {list.map((emoji) => (
                  <span key={emoji} class="chip emoji-chip">
                    <span aria-hidden="true">{emoji}</span>
                    <button
                      type="button"
                      class="chip-remove"
                      aria-label={t('removeItem', emoji)}
                      disabled={control.disabled}
                      onClick={() => editor.update(path, list.length > 1 ? list.filter((e) => e !== emoji) : undefined)}
                    >
                      ×
                    </button>
                  </span>
                ))}
                {list.length < MAX_FAVOURITES ? (
                  <EmojiPickerButton
                    label={t('addReaction')}
                    disabled={control.disabled}
                    hook={`add-reaction-${kind}`}
                    onPick={(emoji) => editor.update(path, [...list.filter((e) => e !== emoji), emoji])}
                  />
                ) : null}
              </div>
            )}
          </FieldGroup>
        );
      })}
    </section>
  );
}
