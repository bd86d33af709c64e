/** A standard's texts, German and English, as the catalogue and the self-assessment show them. */
export const STANDARD_TEXT_SELECT = {
  key: true,
  number: true,
  text: true,
  textEn: true,
  objective: true,
  objectiveEn: true,
  information: true,
  informationEn: true,
} as const;

function catalogueTree<S extends Record<string, true>>(standardSelect: S) {
  return {
    orderBy: { position: 'asc' },
    select: {
      id: true,
      key: true,
      title: true,
      titleEn: true,
      topics: {
        orderBy: { position: 'asc' },
        select: {
          id: true,
          heading: true,
          headingEn: true,
          standards: {
            where: { retired: false },
            orderBy: { position: 'asc' },
            select: { id: true, ...standardSelect },
          },
        },
      },
    },
  } as const;
}

/**
 * The phases → topics → standards of a catalogue version in display order (retired standards
 * left out), with German and English texts: the public catalogue.
 */
export const CATALOGUE_TREE_SELECT = catalogueTree(STANDARD_TEXT_SELECT);

/** The same tree with the standards' keys and numbers only: the self-assessment's outline (progress, links). */
export const CATALOGUE_OUTLINE_SELECT = catalogueTree({ key: true, number: true });
