/** Class names of the portal's primary and secondary buttons (also used on links styled as buttons). */
export const BUTTON_PRIMARY =
  'inline-block rounded bg-brand-700 px-5 py-2 font-semibold text-white hover:bg-brand-800 disabled:opacity-70';
export const BUTTON_SECONDARY =
  'inline-block rounded border border-brand-700 px-5 py-2 font-semibold text-brand-800 hover:bg-brand-50';
