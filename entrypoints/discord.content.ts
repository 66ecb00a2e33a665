import { defineSiteContentScript } from '@/lib/features/site-content-script';
import { createAdapter } from '@/lib/sites/discord/adapter';

export default defineSiteContentScript('discord', createAdapter);
