import { defineSiteContentScript } from '@/lib/features/site-content-script';
import { DISCORD_META } from '@/lib/sites/site-metas';
import { createAdapter } from '@/lib/sites/discord/adapter';

export default defineSiteContentScript(DISCORD_META, createAdapter);
