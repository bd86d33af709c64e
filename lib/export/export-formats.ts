/** `xlsx`: both sheets in one workbook; `csv`: the overview; `csv-answers`: the answers (a CSV has one table). Zod-free: the pages' links use it. */
export const ASSESSMENT_EXPORT_FORMATS = ['xlsx', 'csv', 'csv-answers'] as const;
export type AssessmentExportFormat = (typeof ASSESSMENT_EXPORT_FORMATS)[number];
