/**
 * The rules of evidence files, shared by the server (checks) and the form (hints). No server
 * imports here: the client component reads them too.
 */

/** At most 10 MB per file. */
export const MAX_EVIDENCE_FILE_BYTES = 10 * 1024 * 1024;
/** Room for the multipart boundaries and the other fields of an upload request. */
export const MAX_EVIDENCE_REQUEST_BYTES = MAX_EVIDENCE_FILE_BYTES + 64 * 1024;
export const MAX_EVIDENCE_URL_LENGTH = 2000;
export const MAX_EVIDENCE_TITLE_LENGTH = 200;

/** The accepted types, detected from the bytes. `extension` is what a download is named. */
const ALLOWED_FILE_TYPES = [
  { extension: 'pdf', mediaType: 'application/pdf', label: 'PDF' },
  { extension: 'png', mediaType: 'image/png', label: 'PNG' },
  { extension: 'jpg', mediaType: 'image/jpeg', label: 'JPEG' },
  { extension: 'gif', mediaType: 'image/gif', label: 'GIF' },
  { extension: 'webp', mediaType: 'image/webp', label: 'WebP' },
  { extension: 'tif', mediaType: 'image/tiff', label: 'TIFF' },
  { extension: 'docx', mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', label: 'DOCX' },
  { extension: 'xlsx', mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', label: 'XLSX' },
  { extension: 'pptx', mediaType: 'application/vnd.openxmlformats-officedocument.presentationml.presentation', label: 'PPTX' },
  { extension: 'doc', mediaType: 'application/msword', label: 'DOC' },
  { extension: 'xls', mediaType: 'application/vnd.ms-excel', label: 'XLS' },
  { extension: 'ppt', mediaType: 'application/vnd.ms-powerpoint', label: 'PPT' },
  { extension: 'odt', mediaType: 'application/vnd.oasis.opendocument.text', label: 'ODT' },
  { extension: 'ods', mediaType: 'application/vnd.oasis.opendocument.spreadsheet', label: 'ODS' },
  { extension: 'odp', mediaType: 'application/vnd.oasis.opendocument.presentation', label: 'ODP' },
] as const;

export type AllowedFileType = (typeof ALLOWED_FILE_TYPES)[number];

/** „PDF, PNG, JPEG, …“ for messages and the form's hint. */
export const ALLOWED_FILE_TYPE_LABELS = ALLOWED_FILE_TYPES.map((type) => type.label).join(', ');

/** The file input's `accept` hint (the server decides by the bytes, not by this). */
export const EVIDENCE_ACCEPT_ATTRIBUTE = [
  ...ALLOWED_FILE_TYPES.map((type) => `.${type.extension}`),
  '.jpeg',
  '.tiff',
].join(',');

export function allowedFileTypeOf(mediaType: string | null | undefined): AllowedFileType | undefined {
  return ALLOWED_FILE_TYPES.find((type) => type.mediaType === mediaType);
}
