/** Accepts only same-site absolute paths ("/projects?x=1"), never "//host" or "https://…". */
export function safeReturnPath(value: string | null | undefined): string | null {
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return null;
  return value;
}
