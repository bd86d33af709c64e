/**
 * The portal's buttons (and links styled as buttons), one set of classes: a variant and a size.
 * Page actions use the default size; dialogs and panels `sm`; actions inside a list item `xs`;
 * toggles in dense places (header, evidence sections) `compact`.
 */
const VARIANTS = {
  primary: 'bg-brand-700 text-white hover:bg-brand-800',
  secondary: 'border border-brand-700 text-brand-800 hover:bg-brand-50',
  danger: 'bg-danger text-white',
  dangerOutline: 'border border-danger text-danger hover:bg-red-50',
  neutral: 'border border-gray-500',
} as const;

const SIZES = {
  md: 'px-5 py-2',
  sm: 'px-4 py-2',
  xs: 'px-3 py-1',
  compact: 'px-3 py-1.5 text-sm',
} as const;

export function buttonClass(variant: keyof typeof VARIANTS = 'primary', size: keyof typeof SIZES = 'md'): string {
  return `inline-block rounded font-semibold disabled:opacity-70 aria-disabled:opacity-70 ${SIZES[size]} ${VARIANTS[variant]}`;
}

export const BUTTON_PRIMARY = buttonClass('primary');
export const BUTTON_SECONDARY = buttonClass('secondary');
