import { createTranslator } from 'next-intl';
import type { Locale } from '@/lib/i18n/config';
import { de, en } from '@/lib/i18n/messages';
import { REGIONS, type Region } from '@/lib/projects/regions';
import { TARGET_GROUPS } from '@/lib/projects/target-groups';
import type { TargetGroup } from '@/lib/generated/prisma/enums';

/** The exports' words in the reader's language: headers, sheet names and the labels of coded values. */
export function exportTranslator(locale: Locale) {
  return createTranslator({ locale, messages: locale === 'en' ? en : de });
}

export type ExportTranslator = ReturnType<typeof exportTranslator>;

/**
 * A standard's column header: its number and the start of its (German, binding) text, cut at a
 * word before `max` characters — „7. Der Zugang zu aussagekräftigen …“.
 */
export function standardHeading(number: number | null, text: string | null, max = 40): string {
  const first = (text ?? '').split('\n')[0]!.trim();
  const short = first.length <= max ? first : `${first.slice(0, first.lastIndexOf(' ', max) > 0 ? first.lastIndexOf(' ', max) : max)} …`;
  return number === null ? short : `${number}. ${short}`;
}

/** `20261203-1405`: the moment in file names. */
export const fileStamp = (now: Date) => now.toISOString().slice(0, 16).replace(/[-:]/g, '').replace('T', '-');

export const isKnownRegion = (code: string): code is Region => (REGIONS as readonly string[]).includes(code);
export const isKnownTargetGroup = (code: string): code is TargetGroup => (TARGET_GROUPS as readonly string[]).includes(code);
