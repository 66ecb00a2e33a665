import { t } from '@/lib/i18n';
import type { SaveStatus } from './use-settings-editor';

/** Notices about repaired settings or ignored team rules, shown until the page closes. */
export function Notices({ notices }: { notices: string[] }) {
  if (!notices.length) return null;
  return (
    <div class="notices" role="status" data-tact="notices">
      {notices.map((n) => (
        <p key={n}>{n}</p>
      ))}
    </div>
  );
}

/** Says whether the last change was saved: in a live region, so a screen reader hears it too. */
export function SaveState({ status }: { status: SaveStatus }) {
  const text = status === 'saved' ? t('statusSaved') : status === 'invalid' ? t('statusInvalid') : status === 'failed' ? t('statusFailed') : '';
  return (
    <p class={`save-state ${status}`} role="status" aria-live="polite" data-tact="save-state" data-status={status}>
      {text}
    </p>
  );
}
