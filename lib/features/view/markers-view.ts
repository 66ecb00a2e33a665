import { t } from '../../i18n';
import type { IncomingMarker } from '../hint-state';
import { setAttributes, type Attrs } from './dom';
import { markerPlacement } from './position';

/** The topics' names in the interface's language, for a title or a label. */
export const topicNames = (topics: string[]) => topics.map((topic) => t(`topic_${topic}` as 'topic_health')).join(', ');

/** A marker's attributes: what it is about, for eyes (title) and screen readers (aria-label). */
export function markerAttrs(marker: IncomingMarker): Attrs {
  const label = `${t('incomingMarker', topicNames(marker.topics))} (${marker.words.join(', ')})`;
  return { class: 'tact-marker', 'data-tact': 'incoming-marker', 'data-topic': marker.topics.join(' '), role: 'img', 'aria-label': label, title: label };
}

/** Draws the incoming markers; `draw` returns those in view, in order, placed. */
export interface MarkersView {
  draw(markers: readonly IncomingMarker[], viewHeight: number): HTMLElement[];
}

/**
 * A small dot at the top-right of each incoming message that touches a sensitive matter. Elements
 * are made (or re-described, by key) when the list changes; every draw measures the messages, places
 * the dots of those in view and leaves out the rest.
 */
export function createMarkersView(doc: Document): MarkersView {
  let list: readonly IncomingMarker[] = [];
  let elements = new Map<string, HTMLElement>();
  return {
    draw(markers, viewHeight) {
      if (markers !== list) {
        const next = new Map<string, HTMLElement>();
        for (const marker of markers) {
          const el = elements.get(marker.key) ?? doc.createElement('span');
          setAttributes(el, markerAttrs(marker));
          next.set(marker.key, el);
        }
        list = markers;
        elements = next;
      }
      // Every measurement before any write: one layout for the whole list.
      const places = markers.map((marker) => markerPlacement(marker.element.getBoundingClientRect(), viewHeight));
      const shown: HTMLElement[] = [];
      markers.forEach((marker, i) => {
        const place = places[i];
        const el = elements.get(marker.key)!;
        if (!place || shown.includes(el)) return;
        Object.assign(el.style, place);
        shown.push(el);
      });
      return shown;
    },
  };
}
