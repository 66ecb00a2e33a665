import { defineSiteContentScript } from '@/lib/features/site-content-script';
import { createAdapter } from '@/lib/sites/gmail/adapter';

export default defineSiteContentScript('gmail', createAdapter);
