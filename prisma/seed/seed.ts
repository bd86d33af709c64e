import { seedCatalogue } from './seed-catalogue';
import { seedCatalogueTranslations } from './seed-catalogue-translations';
import { seedDemo } from './seed-demo';
import { seedLegalTexts } from './seed-legal-texts';

/**
 * The whole seed: catalogue version 1 (with its English translation, also added to a version 1
 * seeded before the translation existed), the placeholder legal texts, and the demo data when
 * asked. Idempotent.
 */
export async function seed({ demo }: { demo: boolean }) {
  const catalogue = await seedCatalogue();
  const translations = await seedCatalogueTranslations();
  const legal = await seedLegalTexts();
  const demoResult = demo ? await seedDemo() : { createdUsers: 0 };
  return {
    catalogueCreated: catalogue.created,
    catalogueTranslatedStandards: translations.translatedStandards,
    legalTextsCreated: legal.created,
    demoUsersCreated: demoResult.createdUsers,
  };
}
