/**
 * The phases → topics → standards of a catalogue version in display order (retired standards
 * left out), with German and English texts: one select for the public catalogue and the
 * self-assessment.
 */
export const CATALOGUE_TREE_SELECT = {
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
          select: {
            id: true,
            key: true,
            number: true,
            text: true,
            textEn: true,
            objective: true,
            objectiveEn: true,
            information: true,
            informationEn: true,
          },
        },
      },
    },
  },
} as const;
