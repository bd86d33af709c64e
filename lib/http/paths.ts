/** Paths that are not pages: route handlers, Next's files, files from public/. */
export const NOT_A_PAGE = /^\/(api|_next)\/|\.[a-z0-9]+$/i;
