'use client';

import { useTranslations } from 'next-intl';

/** The namespaces whose `errors` hold a form's own messages. */
export type ErrorNamespace =
  | 'accountSettings'
  | 'accessibility'
  | 'adminOrganisations'
  | 'adminUsers'
  | 'assessment'
  | 'auth'
  | 'catalogueAdmin'
  | 'comments'
  | 'companies'
  | 'emailChange'
  | 'evidence'
  | 'legal'
  | 'notifications'
  | 'organisation'
  | 'passwordForgot'
  | 'passwordReset'
  | 'privacy'
  | 'projects'
  | 'register'
  | 'review'
  | 'settings'
  | 'twoFactor';

type MessageKey = Parameters<ReturnType<typeof useTranslations<never>>>[0];

/**
 * The one lookup of an error key (a DomainErrorCode from the server, or a zod message key) in
 * the user's language: the form's own `<namespace>.errors.<key>` (a message that fits the form),
 * else the shared `errors.domain.<key>` (lib/i18n/messages/<locale>/errors.json), else the
 * form's or the shared „unknown“. Keys arrive at run time, so this is the one place that turns
 * a string into a message key.
 */
export function useErrorText(namespace: ErrorNamespace) {
  const t = useTranslations();
  return (key: string | undefined, values?: Record<string, string | number>): string => {
    const candidates = key ? [`${namespace}.errors.${key}`, `errors.domain.${key}`] : [];
    candidates.push(`${namespace}.errors.unknown`, 'errors.domain.unknown');
    const found = candidates.find((candidate) => t.has(candidate as MessageKey)) ?? 'errors.domain.unknown';
    return t(found as MessageKey, values);
  };
}
