const MAX_LENGTH = 180;
const FALLBACK = 'nachweis';

/**
 * A file name as the uploader's computer named it, made safe to show and to offer as a
 * download name: no directories, no control or bidirectional-override characters (which can
 * disguise an extension), trimmed, at most 180 characters with the extension kept. It is never
 * used as a storage path (keys are random).
 */
export function sanitizeFileName(name: string | null | undefined): string {
  const base = (name ?? '').normalize('NFC').split(/[\\/]/).pop() ?? '';
  const cleaned = base
    .replace(/[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g, '')
    .replace(/\s+/g, ' ')
    .replace(/^[\s.]+|[\s.]+$/g, '');
  if (!cleaned) return FALLBACK;
  if (cleaned.length <= MAX_LENGTH) return cleaned;
  const dot = cleaned.lastIndexOf('.');
  const extension = dot > 0 && cleaned.length - dot <= 10 ? cleaned.slice(dot) : '';
  return cleaned.slice(0, MAX_LENGTH - extension.length).trimEnd() + extension;
}
