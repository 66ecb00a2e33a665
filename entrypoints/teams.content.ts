import { defineSiteContentScript } from '@/lib/features/site-content-script';
import { TEAMS_META } from '@/lib/sites/site-metas';
import { createAdapter } from '@/lib/sites/teams/adapter';

export default defineSiteContentScript(TEAMS_META, createAdapter);
