import { defineSiteContentScript } from '@/lib/features/site-content-script';
import { createAdapter } from '@/lib/sites/outlook/adapter';

export default defineSiteContentScript('outlook', createAdapter);
