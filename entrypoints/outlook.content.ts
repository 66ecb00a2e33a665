import { defineSiteContentScript } from '@/lib/features/site-content-script';
import { OUTLOOK_META } from '@/lib/sites/site-metas';
import { createAdapter } from '@/lib/sites/outlook/adapter';

export default defineSiteContentScript(OUTLOOK_META, createAdapter);
