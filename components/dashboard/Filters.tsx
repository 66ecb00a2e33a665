import { SITE_METAS } from '@/lib/sites/meta';
import type { SiteId } from '@/lib/store';
import { s } from './strings';

interface Props {
  site: SiteId | '';
  search: string;
  onSite: (site: SiteId | '') => void;
  onSearch: (text: string) => void;
}

/** Filter by site and search by words; `/` anywhere on the page focuses the search box. */
export function Filters({ site, search, onSite, onSearch }: Props) {
  return (
    <div class="filters" role="search">
      <label>
        <span>{s('filterSite')}</span>
        <select data-tact="site-filter" value={site} onChange={(e) => onSite(e.currentTarget.value as SiteId | '')}>
          <option value="">{s('filterAllSites')}</option>
          {SITE_METAS.map((m) => (
            <option value={m.id} key={m.id}>{m.name}</option>
          ))}
        </select>
      </label>
      <label class="grow">
        <span>{s('search')}</span>
        <input type="search" data-tact="search" placeholder={s('searchPlaceholder')} value={search} onInput={(e) => onSearch(e.currentTarget.value)} />
      </label>
    </div>
  );
}
