import { defineSiteContentScript } from '@/lib/features/site-content-script';
import { createAdapter } from '@/lib/sites/google-chat/adapter';

export default defineSiteContentScript('google-chat', createAdapter);
