import { buildReplicas } from '../support/build-replicas';

/** The extension is built by `npm run test:e2e`; the site replicas' own scripts are bundled here. */
export default async function setup(): Promise<void> {
  await buildReplicas();
}
