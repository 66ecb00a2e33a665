// Test helpers for components/dashboard (used by *.test.tsx only).
import type { PendingItem } from '@/lib/store';

export const HOUR = 3_600_000;
export const NOW = Date.parse('2026-03-04T12:00:00Z');

/** A plausible pending item; override what the test is about. */
export function item(n: number, overrides: Partial<PendingItem> = {}): PendingItem {
  return {
    id: `slack:C${n}:M${n}`,
    site: 'slack',
    conversationId: `C${n}`,
    messageId: `M${n}`,
    author: { id: `U${n}`, name: `Person ${n}` },
    snippet: `Can you look at thing ${n}?`,
    kind: 'request',
    urgent: false,
    receivedAt: NOW - 5 * HOUR,
    dueAt: NOW + HOUR,
    status: 'pending',
    updatedAt: NOW - 5 * HOUR,
    ...overrides,
  };
}
