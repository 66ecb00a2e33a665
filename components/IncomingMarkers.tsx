import type { IncomingMarker } from '@/lib/features/hint-state';
import { t } from '@/lib/i18n';

/** A small dot at the top-right of each incoming message that touches a sensitive matter. */
export function IncomingMarkers({ markers, frame }: { markers: IncomingMarker[]; frame: number }) {
  void frame;
  const view = typeof window === 'undefined' ? null : window;
  return (
    <>
      {markers.map((marker) => {
        const rect = marker.element.getBoundingClientRect();
        if (!view || rect.bottom < 0 || rect.top > view.innerHeight || rect.width === 0) return null;
        const names = marker.topics.map((topic) => t(`topic_${topic}` as 'topic_health')).join(', ');
        const label = `${t('incomingMarker', names)} (${marker.words.join(', ')})`;
        return (
          <span
            key={marker.key}
            class="tact-marker"
            data-tact="incoming-marker"
            data-topic={marker.topics.join(' ')}
            role="img"
            aria-label={label}
            title={label}
            style={{ top: `${rect.top + 2}px`, left: `${Math.max(0, rect.right - 14)}px` }}
          />
        );
      })}
    </>
  );
}
