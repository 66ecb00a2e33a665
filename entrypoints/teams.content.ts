import { defineSiteContentScript } from '@/lib/features/site-content-script';
import { createAdapter } from '@/lib/sites/teams/adapter';

export default defineSiteContentScript('teams', createAdapter);
