/**
 * The message keys the code uses exist, in every language (tests/unit/messages.test.ts checks
 * that the catalogues have the same keys and placeholders).
 *
 * What the compiler already checks (verified by experiment, December 2026: a component with
 * `useTranslations('shell')('doesNotExist')` and one with `t(\`status.${s}\`)` where `s` is
 * `'DRAFT' | 'NOPE'` made `npm run typecheck` fail with TS2345 on both): every key written as a
 * literal, and every key built from a template whose variable has a union type of literals
 * (types/next-intl.d.ts registers the German catalogue as the message type). It cannot check a
 * key that arrives at run time as a `string` — an error code through `useErrorText`
 * (`errors.domain.${code}`), an audit action or subject type read from the database, a sign-in
 * failure reason from the audit details — nor a key reached through a cast. Those are checked here
 * from the lists the code works with (lib/errors.ts, the Prisma enums, the zod-free constant
 * modules, the audit events the sources record). The literal keys are checked here too, from the
 * sources (tests/support/message-usage.ts), so `npm test` alone finds a missing one.
 *
 * Unused keys are NOT asserted: the code also reaches keys through translators handed to helper
 * functions, through a namespace in a variable (`getTranslations(area.namespace)`) and through
 * `createTranslator` for mails, which a source scan cannot follow without false alarms.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ANSWER_STATUSES } from '@/lib/assessments/answer-fields';
import { DOMAIN_ERROR_STATUS } from '@/lib/errors';
import { AssessmentStatus, MailStatus, NotificationKind, Role, Verdict } from '@/lib/generated/prisma/enums';
import { LOCALES } from '@/lib/i18n/config';
import { MESSAGES } from '@/lib/i18n/messages';
import { LEGAL_PAGES } from '@/lib/legal/legal-pages';
import { REGIONS } from '@/lib/projects/regions';
import { TARGET_GROUPS } from '@/lib/projects/target-groups';
import { DECISION_KINDS } from '@/lib/review/decide-assessment-schema';
import { QUEUE_ASSIGNMENTS, QUEUE_STATUSES } from '@/lib/review/list-review-queue-schema';
import { SETTING_DEFINITIONS, SETTING_KEYS } from '@/lib/settings/setting-definitions';
import { USER_STATES } from '@/lib/users/user-states';
import { messageUsage, sourceFiles } from '@/tests/support/message-usage';

type Tree = { [key: string]: string | Tree };
const ROOT = path.resolve(__dirname, '../..');

/** The message at `key` in `locale` (a string), or what is there instead. */
function lookup(locale: string, key: string): unknown {
  let node: unknown = MESSAGES[locale as keyof typeof MESSAGES];
  for (const part of key.split('.')) node = node && typeof node === 'object' ? (node as Tree)[part] : undefined;
  return node;
}

/** The keys (of `keys`) that are not a message in every language. */
function missing(keys: readonly string[]): string[] {
  return [...new Set(keys)].filter((key) => LOCALES.some((locale) => typeof lookup(locale, key) !== 'string'));
}

/** String literals in the sources that match `pattern`, on lines that also match `line`. */
function literalsInSources(line: RegExp, pattern: RegExp): string[] {
  const found = new Set<string>();
  for (const file of sourceFiles()) {
    for (const text of readFileSync(file, 'utf8').split('\n')) {
      if (!line.test(text)) continue;
      for (const match of text.matchAll(/'([^']+)'/g)) if (pattern.test(match[1]!)) found.add(match[1]!);
    }
  }
  return [...found].sort();
}

describe('message keys used by the code', () => {
  it('every language of the locale list has a catalogue', () => {
    expect(Object.keys(MESSAGES).sort()).toEqual([...LOCALES].sort());
  });

  it('every key written as a literal exists (also checked by the compiler)', () => {
    const { keys } = messageUsage();
    expect(keys.length, 'the scan finds the keys').toBeGreaterThan(500);
    const unknown = keys.filter(({ key }) => missing([key]).length > 0).map(({ file, key }) => `${file}: ${key}`);
    expect(unknown).toEqual([]);
  });

  it('every key prefix built at run time leads to messages', () => {
    const { prefixes } = messageUsage();
    const dead = prefixes.filter(({ key }) => {
      const parent = key.replace(/\.[^.]*$/, '');
      return key.endsWith('.') ? typeof lookup('de', key.slice(0, -1)) !== 'object' && key !== '' : typeof lookup('de', parent) !== 'object' && parent !== key;
    });
    expect(dead.map(({ file, key }) => `${file}: ${key}`)).toEqual([]);
  });

  it('every domain error code has its shared message (errors.domain.<code>)', () => {
    expect(missing(Object.keys(DOMAIN_ERROR_STATUS).map((code) => `errors.domain.${code}`))).toEqual([]);
  });

  it('every status, role, region, target group and kind the UI shows has its message', () => {
    const keys = [
      ...Object.values(Role).map((role) => `roles.${role}`),
      ...Object.values(AssessmentStatus).flatMap((status) => [`assessment.status.${status}`, `projects.status.${status}`]),
      'projects.status.none',
      ...QUEUE_STATUSES.map((status) => `reviewQueue.status.${status}`),
      ...QUEUE_ASSIGNMENTS.map((value) => `reviewQueue.filters.assignedOptions.${value}`),
      ...ANSWER_STATUSES.map((status) => `assessment.answerStatus.${status}`),
      ...REGIONS.map((region) => `projects.regions.${region}`),
      ...TARGET_GROUPS.map((group) => `projects.targetGroups.${group}`),
      ...Object.values(NotificationKind).flatMap((kind) => [`notifications.text.${kind}`, `notifications.settings.kinds.${kind}`, `mail.notification.subject.${kind}`]),
      ...DECISION_KINDS.flatMap((kind) => [`review.decision.${kind}`, `review.decision.made.${kind}`]),
      ...Object.values(Verdict).map((verdict) => `review.verdict.${verdict}`),
      ...USER_STATES.map((state) => `adminUsers.states.${state}`),
      ...[...USER_STATES, 'erased'].map((state) => `privacy.state.${state}`),
      ...Object.values(MailStatus).map((status) => `devMail.statuses.${status}`),
      ...LEGAL_PAGES.map((page) => `legal.pages.${page}`),
      ...LOCALES.map((locale) => `adminUsers.detail.locales.${locale}`),
    ];
    expect(missing(keys)).toEqual([]);
  });

  it('every setting has its label and hint', () => {
    const keys = SETTING_KEYS.flatMap((key) => {
      const { field } = SETTING_DEFINITIONS[key];
      const namespace = key.startsWith('accessibility.') ? 'accessibility' : 'settings';
      return [`${namespace}.fields.${field}.label`, `${namespace}.fields.${field}.hint`];
    });
    expect(missing(keys)).toEqual([]);
  });

  it('every audit action and subject type the sources record has its label', () => {
    const actions = literalsInSources(/\baction:/, /^[a-z]+(?:\.[a-z][a-zA-Z-]*){1,2}$/);
    const types = literalsInSources(/\bsubjectType:/, /^[A-Z][A-Za-z]+$/);
    expect(actions.length, 'the scan finds the actions').toBeGreaterThan(40);
    expect(missing([...actions.map((action) => `audit.actions.${action}`), ...types.map((type) => `audit.subjectTypes.${type}`)])).toEqual([]);
  });

  it('every sign-in failure reason the audit log keeps has its label', () => {
    const source = readFileSync(path.join(ROOT, 'lib/auth/authenticate.ts'), 'utf8');
    const union = /export type SignInFailureReason =([^;]+);/.exec(source)?.[1] ?? '';
    const reasons = [...union.matchAll(/'([^']+)'/g)].map((match) => match[1]!);
    expect(reasons.length).toBeGreaterThan(3);
    expect(missing(reasons.map((reason) => `audit.signInFailure.${reason}`))).toEqual([]);
  });
});
