import { defineSiteContentScript } from '@/lib/features/site-content-script';
import { GOOGLE_CHAT_META } from '@/lib/sites/site-metas';
import { createAdapter } from '@/lib/sites/google-chat/adapter';

export default defineSiteContentScript(GOOGLE_CHAT_META, createAdapter);
