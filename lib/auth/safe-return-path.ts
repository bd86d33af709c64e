const BASE = 'http://portal.invalid';

/**
 * Accepts only same-site paths ("/projects?x=1"), never another origin. Browsers drop tabs and
 * line breaks from URLs and treat "\" like "/", so "/\t/evil.example" or "/\evil.example" would
 * lead elsewhere: the path is resolved the way a browser does and must stay on this origin.
 * The normalised result must not start with "//" either: "/.//evil.example", "/..//evil.example"
 * and "/%2e//evil.example" resolve to "//evil.example", which a browser reads as another host.
 * Returns the normalised path (with query and fragment) or null.
 */
export function safeReturnPath(value: string | null | undefined): string | null {
  if (!value) return null;
  const cleaned = value.replace(/[\t\n\r]/g, '');
  if (!cleaned.startsWith('/') || cleaned.startsWith('//') || cleaned.includes('\\')) return null;
  let url: URL;
  try {
    url = new URL(cleaned, BASE);
  } catch {
    return null;
  }
  if (url.origin !== BASE || url.pathname.startsWith('//')) return null;
  return `${url.pathname}${url.search}${url.hash}`;
}
