import { defineSiteContentScript } from '@/lib/features/site-content-script';
import { GMAIL_META } from '@/lib/sites/site-metas';
import { createAdapter } from '@/lib/sites/gmail/adapter';

export default defineSiteContentScript(GMAIL_META, createAdapter);
