import { defineSiteContentScript } from '@/lib/features/site-content-script';
import { createAdapter } from '@/lib/sites/slack/adapter';

export default defineSiteContentScript('slack', createAdapter);
