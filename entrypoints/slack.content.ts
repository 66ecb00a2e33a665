import { defineSiteContentScript } from '@/lib/features/site-content-script';
import { SLACK_META } from '@/lib/sites/site-metas';
import { createAdapter } from '@/lib/sites/slack/adapter';

export default defineSiteContentScript(SLACK_META, createAdapter);
