import type { WorkingCalendar } from '@/lib/schedule';
import { SITE_METAS } from '@/lib/sites/meta';
import type { PendingItem } from '@/lib/store';
import { isSafeLink } from '@/lib/store/validate';
import { ROW_HEIGHT, type Row } from './rows';
import { SnoozeBar } from './SnoozeBar';
import { s, type StringKey } from './strings';
import { RowWhen, iso } from './RowWhen';
import { agoInWords, fullTime, type TimeLocale } from './time-words';

/**
 * What a row asks of the list: each action names its item by id, never by its place in the list,
 * which the live list may change between a render and the click it handles.
 */
export interface RowHandlers {
  act(id: string, action: 'done' | 'dismiss' | 'reopen'): void;
  snooze(id: string, until: number): void;
  openSnooze(id: string): void;
  closeSnooze(): void;
}

interface Props {
  row: Extract<Row, { kind: 'item' }>;
  index: number;
  top: number;
  setSize: number;
  /** The list's one tab stop (roving tabindex). */
  active: boolean;
  snoozeOpen: boolean;
  now: number;
  where: TimeLocale;
  calendar: WorkingCalendar;
  on: RowHandlers;
}

export const siteName = (site: PendingItem['site']) => SITE_METAS.find((m) => m.id === site)?.name ?? site;

/** One pending item. Author and snippet are page text: rendered as text, never as markup, each isolated (dir="auto") so its direction cannot spill over the row. */
export function PendingRow({ row, index, top, setSize, active, snoozeOpen, now, where, calendar, on }: Props) {
  const { item, status } = row;
  const author = item.author.name || s('unknownAuthor');
  const site = siteName(item.site);
  const link = isSafeLink(item.permalink) ? item.permalink : undefined;
  const snippet = item.snippet || s('noSnippet');
  const tab = active ? 0 : -1;
  const subject = `${author}, ${site}`;
  const resolved = status !== 'pending' && status !== 'snoozed';
  const button = (hook: string, text: StringKey, label: StringKey, onClick: () => void) => (
    <button type="button" data-tact={hook} tabIndex={tab} aria-label={s(label, subject)} onClick={onClick}>{s(text)}</button>
  );

  return (
    <div
      role="listitem"
      class={`row item status-${status} group-${row.group}${active ? ' active' : ''}`}
      style={{ top: `${top}px`, height: `${ROW_HEIGHT.item}px` }}
      tabIndex={tab}
      aria-posinset={index + 1}
      aria-setsize={setSize}
      data-tact="pending-item"
      data-status={status}
      data-group={row.group}
      data-site={item.site}
      data-id={item.id}
      data-index={index}
    >
      <div class="row-main">
        <div class="row-meta">
          <span class={`site site-${item.site}`}>{site}</span>
          <bdi class="author" data-tact="author" dir="auto">{author}</bdi>
          <time class="muted" data-tact="received" dateTime={iso(item.receivedAt)} title={fullTime(item.receivedAt, where)}>
            {s('received', agoInWords(item.receivedAt, now, where))}
          </time>
          {item.urgent ? <span class="urgent">{s('urgent')}</span> : null}
        </div>
        {link ? (
          <a class="snippet" data-tact="open" dir="auto" href={link} target="_blank" rel="noopener noreferrer" tabIndex={-1} title={s('openInSite', site)}>{snippet}</a>
        ) : (
          <span class="snippet" dir="auto">{snippet}</span>
        )}
      </div>
      <div class="row-side">
        <RowWhen item={item} status={status} now={now} where={where} />
        {snoozeOpen ? (
          <SnoozeBar now={now} calendar={calendar} where={where} subject={subject} onPick={(until) => on.snooze(item.id, until)} onCancel={on.closeSnooze} />
        ) : (
          <div class="row-actions">
            {resolved ? (
              button('reopen', 'actionReopen', 'actionReopenLabel', () => on.act(item.id, 'reopen'))
            ) : (
              <>
                {button('mark-done', 'actionDone', 'actionDoneLabel', () => on.act(item.id, 'done'))}
                <button type="button" data-tact="snooze" tabIndex={tab} aria-label={s('actionSnoozeLabel', subject)} onClick={() => on.openSnooze(item.id)}>
                  {s('actionSnooze')}
                </button>
                {button('no-reply-needed', 'actionNoReply', 'actionNoReplyLabel', () => on.act(item.id, 'dismiss'))}
                {status === 'snoozed' ? button('reopen', 'actionUnsnooze', 'actionUnsnoozeLabel', () => on.act(item.id, 'reopen')) : null}
              </>
            )}
          </div>
        )}
      </div>
    </div>
  );
}
