import { DONE_PAGE } from './data';
import { ROW_HEIGHT, type GroupId } from './rows';
import { s, type StringKey } from './strings';

const GROUP_LABEL: Record<GroupId, StringKey> = { overdue: 'groupOverdue', today: 'groupToday', later: 'groupLater', snoozed: 'groupSnoozed', done: 'groupDone' };

interface Placed {
  index: number;
  top: number;
  setSize: number;
}

/** A group's header row: its name and how many items it holds ("200+" when Done has more). */
export function GroupRow({ group, count, more, index, top, setSize }: Placed & { group: GroupId; count: number; more: boolean }) {
  return (
    <div role="listitem" class={`row group group-${group}`} style={{ top: `${top}px`, height: `${ROW_HEIGHT.group}px` }}
      data-tact="group" data-group={group} data-count={count} aria-posinset={index + 1} aria-setsize={setSize}>
      <h2>{s(GROUP_LABEL[group])} <span class="count">{more ? `${count}+` : count}</span></h2>
    </div>
  );
}

/** The last row of Done when older resolved items exist: loads another page of them. */
export function MoreRow({ index, top, setSize, onMore }: Placed & { onMore: () => void }) {
  return (
    <div role="listitem" class="row more" style={{ top: `${top}px`, height: `${ROW_HEIGHT.more}px` }} aria-posinset={index + 1} aria-setsize={setSize}>
      <button type="button" data-tact="more-done" onClick={onMore}>{s('showMore', DONE_PAGE)}</button>
    </div>
  );
}
