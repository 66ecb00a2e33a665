import type { AdapterHealth } from '@/lib/sites/types';
import { ps } from './strings';

/** Whether the adapter found what it needs in the active tab, naming the selectors it missed. */
export function PopupHealth({ health, locale }: { health: AdapterHealth | null; locale: string }) {
  const state = !health ? 'unknown' : health.ok ? 'ok' : 'degraded';
  const text = !health
    ? ps('popupHealthUnknown')
    : health.ok
      ? ps('popupHealthOk')
      : ps('popupHealthDegraded', new Intl.ListFormat(locale, { type: 'conjunction' }).format(health.missing));
  return (
    <p class={`health health-${state}`} data-tact="health" data-ok={health ? String(health.ok) : undefined} data-missing={health?.missing.join(' ')}>
      <span class="dot" aria-hidden="true" /> <strong>{ps('popupHealth')}:</strong> {text}
    </p>
  );
}
