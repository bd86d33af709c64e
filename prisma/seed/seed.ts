import { seedCatalogue } from './seed-catalogue';
import { seedDemo } from './seed-demo';

/** The whole seed: catalogue version 1, and the demo data when asked. Idempotent. */
export async function seed({ demo }: { demo: boolean }) {
  const catalogue = await seedCatalogue();
  const demoResult = demo ? await seedDemo() : { createdUsers: 0 };
  return { catalogueCreated: catalogue.created, demoUsersCreated: demoResult.createdUsers };
}
