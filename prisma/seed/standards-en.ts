/**
 * English courtesy translation of the 22 standards of catalogue version 1 (Anlage 1). The German
 * text from standards-anlage-1.txt (parse-standards-source.ts) is the binding wording; see
 * docs/decisions/008-english-catalogue-text.md.
 *
 * Same text format as the German cells: paragraphs and list items separated by "\n", a list item
 * line starts with "• ", exactly where the German has one. `information` is null exactly where the
 * German has none (standards 4, 5 and 10). Proper names stay German, with an English gloss in
 * parentheses where it helps.
 */
type StandardTranslation = {
  text: string;
  objective: string;
  information: string | null;
};

const lines = (...parts: string[]) => parts.join('\n');

const FACHKRAEFTEPORTAL = `Fachkräftesicherungsportal Sachsen-Anhalt (Saxony-Anhalt's portal for securing skilled workers)`;
const KOFA = 'Kompetenzzentrum Fachkräftesicherung (Competence Centre for Securing Skilled Workers)';
const BA = 'Bundesagentur für Arbeit (Federal Employment Agency)';
const BAMF = 'Bundesamt für Migration und Flüchtlinge (Federal Office for Migration and Refugees)';
const KOORDINIERUNGSSTELLEN = 'Koordinierungsstellen für Integration (integration coordination offices)';
const WELCOME = 'a culture of "making people welcome"';

export const STANDARDS_EN: Readonly<Record<number, StandardTranslation>> = {
  1: {
    text: 'Existing funding instruments and support services for recruiting foreign skilled workers/ apprentices, for example those of the federal government, are used.',
    objective:
      'It makes sense for projects in the state to complement/ reinforce existing funding instruments rather than replace them, because greater effects in terms of securing skilled workers from abroad can be achieved in this way.',
    information: `The guides "Europäische Jugendliche ausbilden" (Training young Europeans) and "Rekrutierung aus dem Ausland" (Recruiting from abroad) of the ${KOFA} also give advice on funding instruments for recruiting apprentices or skilled workers from abroad. In addition, the chambers of commerce and of crafts in the state, for example, are also available for further information, advice and help.`,
  },
  2: {
    text: 'The companies that benefit directly from the projects make a relevant own contribution, measured against the benefit to the business.',
    objective:
      'The own contribution is an instrument of quality assurance, because a company will as a rule only make it when it can foresee added value for its business.',
    information: `Desirable in this context is a binding declaration of intent by the company, set down in writing, that lays down the company's own contribution before it is involved in the project.`,
  },
  3: {
    text: 'Actors and networks that can, on the one hand, support integration into work and society and, on the other hand, strengthen the emphasis on a "Willkommenskultur" (culture of welcome) (e.g. migrant organisations, contacts in education, sport, culture, civil society and the public sphere) are involved in a suitable way from the design of the project activities onwards.',
    objective:
      'Successfully meeting the many challenges that come with recruiting and integrating foreign nationals, and contributing effectively to a culture of welcome, require effective cooperation between the various actors and institutions working on integration in the state. This applies in particular to involving migrants who already live in the state.',
    information: `The ${FACHKRAEFTEPORTAL} offers an overview of relevant contacts for integration into work and society under the menu item "Working in Saxony-Anhalt". In addition, information on migrant self-organisations active in the state and on the state network of migrant self-organisations can be found at http://www.lamsa.de/ .`,
  },
  4: {
    text: 'Public relations work makes a contribution to the intercultural opening of companies and society. Positive examples are highlighted publicly, also with the support of the Pakt-Partner (the partners of the pact) and relevant networks/ actors in the field of integration.',
    objective:
      'Appreciation of and openness towards immigration and diversity in the economy and society are to be strengthened through effective public relations work.',
    information: null,
  },
  5: {
    text: 'Already when the project activities are designed, it must be taken into account that the approaches and experience to be tested in the project, and the materials to be developed, should also have an effect beyond the project and its duration.',
    objective: lines(
      'The structures built up and the results and experience gained in carrying out the project should, in line with its objectives, have an effect over a longer period than the project\'s duration, for example:',
      '• the possibility of using information and awareness-raising services developed in the context of the project,',
      '• making the approaches tested and the (network) structures established in the project permanent,',
      '• further development of the approaches and their transfer to other regions or other contexts.',
    ),
    information: null,
  },
  6: {
    text: 'The foreign nationals involved are informed, in their own language, about their rights and obligations as employees that apply in Germany.',
    objective:
      'It is desired that foreign skilled workers and apprentices know their rights and obligations as employees. In this way, unfair conditions of employment can also be prevented.',
    information: `Deutscher Gewerkschaftsbund (German Trade Union Confederation) Sachsen-Anhalt, the local offices of the ${BA}.`,
  },
  7: {
    text: `Access to meaningful and detailed information on living and working in Saxony-Anhalt/ Germany, ideally in the language of their country, is ensured for the skilled workers/ prospective apprentices abroad who are to be approached. In compiling the information, state institutions such as German missions abroad and the ${BA}, as well as chambers & associations and relevant information services on the internet, are included.`,
    objective:
      'Taking the relevant information on living and working in Saxony-Anhalt/ Germany into account is essential for far-reaching decisions about moving the centre of one\'s life, and it is a precondition for the foreign skilled workers/ prospective apprentices to form realistic expectations of the future and to prepare further steps.',
    information:
      'This includes general information on, among other things, the recruiting company, labour and social law, the training place or job on offer, the conditions of training and the vocational training system in Germany, a description of the region including cultural and other offerings, and the naming of points of contact, important addresses and contact persons in Saxony-Anhalt.',
  },
  8: {
    text: 'Companies willing to hire that are to be involved in the project are aware of both the opportunities and the challenges of hiring and integrating skilled workers/ apprentices from abroad and of the related fields of action within the company, and are willing to take responsibility for shaping them themselves, with assistance where needed. They are also informed about cultural and employment-related particularities of the country of origin.',
    objective:
      'Companies have realistic expectations of recruiting foreign skilled workers/ apprentices and are, in principle, willing to meet the challenges that come with hiring at company level on their own responsibility. This includes the willingness to pay the locally customary pay after an appropriate induction period.',
    information: `The recommendation "Rekrutierung aus dem Ausland" (Recruiting from abroad) of the ${KOFA} offers, under the heading "Lohnt sich die Rekrutierung aus dem Ausland?" (Is recruiting from abroad worthwhile?), an overview of the opportunities and challenges of recruiting abroad, and gives advice on living a culture of welcome in the company. The chambers of commerce and of crafts in the state are also available to companies and projects as contacts.`,
  },
  9: {
    text: `From the outset, the projects work together with the actors that are relevant to placing/ integrating apprentices/ skilled workers from abroad in the economy. This concerns institutions of the public employment services (${BA} including the ZAV (International Placement Services) and EURES, the Jobcenter) and the chambers of commerce and of crafts (for apprentices); as needed: further actors such as associations, projects and local initiatives that can make an important contribution to a successful placement in a specific job, for example access to companies that hire.`,
    objective:
      'The following objectives are associated with involving actors that are relevant to placing (foreign) skilled workers in employment: highly reliable assessments of the specific employment prospects of the skilled workers/ people interested in training who are approached, and of the (future) situation on the labour or training market; successful and rapid placement of the skilled workers/ people interested in training from abroad in the labour or training market; easier access to (potentially) hiring companies; a broader range of responses to unforeseen situations (e.g. a company willing to hire withdrawing); ensuring quality in vocational training.',
    information: `One possibility, for example, is to use the bottleneck analyses (Engpassanalysen) of the ${BA}, with which (impending) shortages of skilled workers can be derived on the basis of various reliable criteria.`,
  },
  10: {
    text: lines(
      'Companies willing to hire that have vacant jobs or training places are involved in the recruitment process by the projects at an early stage. This includes, among other things:',
      '• advising the companies on their specific skilled-labour problem,',
      '• drawing up meaningful job profiles and analyses.',
    ),
    objective:
      'In this way, the fit between the vacant jobs/ training places in the companies and the respective skilled worker/ prospective apprentice abroad can be explored early on using communication technologies, so that statements about employment prospects in Saxony-Anhalt become more concrete and measures that foster integration can already be taken abroad.',
    information: null,
  },
  11: {
    text: 'In the country of origin, quality-assured measures to assess and improve language skills are pushed forward and coordinated, involving relevant institutions (e.g. Goethe-Institut or German missions abroad, DAAD (German Academic Exchange Service)). This requires sufficient time between the first approach and the start of employment/ training.',
    objective: 'Good German skills make the integration process easier (at work and in society).',
    information:
      'The Goethe-Institut offers licensed German courses with trained teachers at its institutes in more than 90 countries worldwide. A self-test is also available that gives an orientation on one\'s present language skills.',
  },
  12: {
    text: 'Within the project, the steps necessary for recruiting/ integrating the foreign skilled workers/ apprentices in Saxony-Anhalt are initiated in good time in accordance with the applicable residence and employment law, and companies willing to hire are, where appropriate, informed about legal particularities relevant to recruitment/ employment.',
    objective:
      'Depending on the country of origin, the applicable rules of residence and employment law must be observed, taken into account in the (time) planning of the recruitment process and clarified in a legally binding way in good time before the planned entry.',
    information: `The ${FACHKRAEFTEPORTAL} offers an overview of residence and employment law, with links to further information services, under the menu item "Working in Saxony-Anhalt".`,
  },
  13: {
    text: 'Skilled workers and prospective apprentices from third countries receive support and advice within the project, while still abroad, in meeting the formal requirements for entry and residence.',
    objective:
      'Supporting and advising the skilled workers and prospective apprentices in applying for the required visa or residence permit is an important task in recruiting and placing skilled workers who are third-country nationals, because mistakes in the visa procedure lead to the refusal or non-extension of a residence permit, so that the person concerned is obliged to leave the country even after having entered it and taken up work.',
    information: `The ${FACHKRAEFTEPORTAL} offers an overview of residence and employment law, with links to further information services, under the menu item "Working in Saxony-Anhalt".`,
  },
  14: {
    text: 'Within the project, the skilled workers are informed about the options for recognition of the vocational qualification they obtained abroad; for regulated professions, the corresponding steps towards recognition are pushed forward while still in the country of origin; otherwise, the skilled workers are referred to further information and advice centres (in particular the IQ Network).',
    objective:
      'Checking whether the qualification obtained abroad is equivalent to a German reference qualification as a rule makes integration into the labour market easier (a must for work in regulated professions; for non-regulated professions it creates transparency).',
    information:
      'The state network "Integration durch Qualifizierung" (IQ, Integration through Qualification) Sachsen-Anhalt is the central regional contact for the recognition of vocational qualifications obtained abroad.',
  },
  15: {
    text: 'Support for the newcomers in finding housing and in moving is ensured. After arrival, adequate housing is available in any case, even if no accommodation of their own (rented) is ready for the newcomers yet.',
    objective: `An important part of ${WELCOME} is that the newcomers have adequate housing available from the very beginning. As finding accommodation and organising a move from abroad can be relatively difficult, the newcomers are to be supported to an appropriate extent in meeting the challenges this involves.`,
    information: `The ${BAMF} offers helpful tips and extensive recommendations on looking for housing in Germany.`,
  },
  16: {
    text: 'After their arrival, the newcomers are "made welcome" through suitable activities that involve relevant actors, also outside the company.',
    objective:
      'Newcomers should "feel welcome" in Saxony-Anhalt, also outside the company. Suitable activities after their arrival are also meant to start/speed up the integration process.',
    information: `Conceivable, for example: holding welcome events and introducing relevant local contacts, (get-to-know/ leisure) activities for the first days, handing out welcome packages with information on the first steps locally, leisure activities, migrant (self-)organisations, necessary insurance and support services for integration, etc. The ${KOORDINIERUNGSSTELLEN} can also be contacts for designing and carrying out these activities.`,
  },
  17: {
    text: 'Support for the newcomers with necessary dealings with public authorities is ensured.',
    objective: `An important part of ${WELCOME} is that the newcomers are made aware of the necessary dealings with public authorities and are supported in completing them.`,
    information: `The ${BAMF} presents information and tips as well as telephone numbers and contact addresses in the section "Willkommen in Deutschland" (Welcome to Germany). The Goethe-Institut gives recommendations on the necessary first steps in Germany. These include, for example: registering one's place of residence, applying for a wage tax card, health insurance, opening a bank account, registering a vehicle where applicable, taking out an internet and telephone contract.`,
  },
  18: {
    text: 'It is ensured that the skilled workers/ apprentices hired have a contact person ("Kümmerer") in the company who supports them in clarifying open questions and problems – also those not related to work. This should be done through a binding declaration of intent by the company.',
    objective: `An important part of ${WELCOME} is that the newcomers have a specific contact person who, in the initial period, supports them in answering open questions and solving their problems, and so in integrating into work and society. As this also concerns matters within the company, this person should be provided by the company.`,
    information: `The guide "Willkommenskultur" (Culture of welcome) of the Bundesvereinigung deutscher Arbeitgeber (Confederation of German Employers' Associations) provides comprehensive recommendations for employers under the heading "Mentoring-Programme" (Mentoring programmes) and informs about successful examples from practice.`,
  },
  19: {
    text: 'The hiring company is made aware of relevant fields of action within the company and is supported in putting into practice measures aimed at making it easier for the skilled workers/ apprentices to integrate into the company (keyword: culture of welcome in the company). Appropriate training of the staff is mandatory. The services of integration networks are used for this.',
    objective:
      'Open and appreciative interaction in the company, support services, a fixed integration plan and a contact person for the induction period make integration into the company easier and faster.',
    information: lines(
      'The guide "Willkommenskultur im Unternehmen" (Culture of welcome in the company) gives advice on establishing a culture of welcome in the company. This concerns, for example:',
      '• drawing up an induction plan,',
      '• contributing to the intercultural opening of the existing staff of the company and strengthening foreign-language skills and intercultural exchange,',
      '• making a (job-related) German course possible,',
      '• where appropriate, time off for adaptation training, dealings with public authorities, recognition.',
      'In addition, the Auslandsgesellschaft Sachsen-Anhalt and the Netzwerk Interkulturelle Bildung (Intercultural Education Network) have experience in designing intercultural education services that can be drawn on.',
    ),
  },
  20: {
    text: 'Apprentices from abroad should receive more intensive support where needed, making use of existing funding instruments at federal level. Contact between the company and the vocational school, for targeted support of the young person when problems arise, is ensured on a lasting basis.',
    objective:
      'As a rule, apprentices from abroad find it harder than Germans to complete their training successfully. In addition, the distance from home brings additional challenges. Against this background, they are to be given targeted support in meeting these challenges.',
    information: lines(
      'The guide "Europäische Jugendliche ausbilden" (Training young Europeans) gives advice on how to proceed when recruiting apprentices. In addition, support with the following is possible as needed:',
      '• accompanying language support,',
      '• where appropriate, extra tuition for vocational school,',
      '• social-pedagogical and vocational-pedagogical support during training',
      '• individual initial orientation in Germany.',
    ),
  },
  21: {
    text: 'Access for the newcomers to actors and networks that can support social integration (e.g. migrant organisations, contacts in education, sport, culture, civil society and the public sphere) is ensured. It is also conceivable to support the formation of such networks (e.g. among apprentices from abroad locally).',
    objective:
      'Involving the newcomers in various networks and institutions in which immigrants and/ or Germans are organised is expected to make a positive contribution to social integration.',
    information: `The Integrationsportal Sachsen-Anhalt (Saxony-Anhalt integration portal) offers information on relevant actors and advice services in the field of integration. These include the ${KOORDINIERUNGSSTELLEN}, which are meant to promote the integration of migrants and intercultural coexistence through local networking. The Landesnetzwerk Migrantenselbstorganisationen Sachsen-Anhalt (LAMSA, state network of migrant self-organisations) informs, among other things, about the various migrant organisations in Saxony-Anhalt that can actively accompany social integration.`,
  },
  22: {
    text: 'Where there is a need, the newcomers should be referred to advice and support services in order to create lasting solutions for family reunification.',
    objective: `Part of ${WELCOME} is that the newcomers' wish for family reunification is taken seriously.`,
    information: lines(
      `The ${FACHKRAEFTEPORTAL} offers, under the menu item "Working in Saxony-Anhalt", support also with the following:`,
      '• finding employment for a partner,',
      '• clarifying questions of residence law,',
      '• childcare/ school.',
    ),
  },
};
