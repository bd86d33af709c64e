/**
 * The message catalogues, one JSON file per namespace and language (same keys in both;
 * tests/unit/messages.test.ts checks). Add a namespace: one file per language and one line each below.
 * Add a language: its locale in lib/i18n/config.ts, a folder of the same files, and its entry in
 * MESSAGES (README „Adding a language“).
 */
import type { Locale } from '@/lib/i18n/config';
import de_admin from './de/admin.json';
import de_audit from './de/audit.json';
import de_assessment from './de/assessment.json';
import de_auth from './de/auth.json';
import de_companies from './de/companies.json';
import de_errors from './de/errors.json';
import de_home from './de/home.json';
import de_legal from './de/legal.json';
import de_meta from './de/meta.json';
import de_projects from './de/projects.json';
import de_mail from './de/mail.json';
import de_devMail from './de/devMail.json';
import de_organisation from './de/organisation.json';
import de_register from './de/register.json';
import de_review from './de/review.json';
import de_comments from './de/comments.json';
import de_reviewQueue from './de/reviewQueue.json';
import de_roles from './de/roles.json';
import de_settings from './de/settings.json';
import de_shell from './de/shell.json';
import de_standards from './de/standards.json';
import de_catalogueDiff from './de/catalogueDiff.json';
import de_catalogueAdmin from './de/catalogueAdmin.json';
import de_evidence from './de/evidence.json';
import de_notifications from './de/notifications.json';
import de_adminUsers from './de/adminUsers.json';
import de_adminOrganisations from './de/adminOrganisations.json';
import de_passwordReset from './de/passwordReset.json';
import de_account from './de/account.json';
import de_privacy from './de/privacy.json';
import de_twoFactor from './de/twoFactor.json';
import de_session from './de/session.json';
import de_accountSettings from './de/accountSettings.json';
import de_passwordForgot from './de/passwordForgot.json';
import de_emailChange from './de/emailChange.json';
import de_frontDoor from './de/frontDoor.json';
import de_pdf from './de/pdf.json';
import de_dashboard from './de/dashboard.json';
import de_exports from './de/exports.json';
import de_accessibility from './de/accessibility.json';
import en_admin from './en/admin.json';
import en_audit from './en/audit.json';
import en_assessment from './en/assessment.json';
import en_auth from './en/auth.json';
import en_companies from './en/companies.json';
import en_errors from './en/errors.json';
import en_home from './en/home.json';
import en_legal from './en/legal.json';
import en_meta from './en/meta.json';
import en_projects from './en/projects.json';
import en_mail from './en/mail.json';
import en_devMail from './en/devMail.json';
import en_organisation from './en/organisation.json';
import en_register from './en/register.json';
import en_review from './en/review.json';
import en_comments from './en/comments.json';
import en_reviewQueue from './en/reviewQueue.json';
import en_roles from './en/roles.json';
import en_settings from './en/settings.json';
import en_shell from './en/shell.json';
import en_standards from './en/standards.json';
import en_catalogueDiff from './en/catalogueDiff.json';
import en_catalogueAdmin from './en/catalogueAdmin.json';
import en_evidence from './en/evidence.json';
import en_notifications from './en/notifications.json';
import en_adminUsers from './en/adminUsers.json';
import en_adminOrganisations from './en/adminOrganisations.json';
import en_passwordReset from './en/passwordReset.json';
import en_account from './en/account.json';
import en_privacy from './en/privacy.json';
import en_twoFactor from './en/twoFactor.json';
import en_session from './en/session.json';
import en_accountSettings from './en/accountSettings.json';
import en_passwordForgot from './en/passwordForgot.json';
import en_emailChange from './en/emailChange.json';
import en_frontDoor from './en/frontDoor.json';
import en_pdf from './en/pdf.json';
import en_dashboard from './en/dashboard.json';
import en_exports from './en/exports.json';
import en_accessibility from './en/accessibility.json';

export const de = {
  admin: de_admin,
  audit: de_audit,
  assessment: de_assessment,
  auth: de_auth,
  companies: de_companies,
  errors: de_errors,
  home: de_home,
  legal: de_legal,
  meta: de_meta,
  projects: de_projects,
  mail: de_mail,
  devMail: de_devMail,
  organisation: de_organisation,
  register: de_register,
  review: de_review,
  comments: de_comments,
  reviewQueue: de_reviewQueue,
  roles: de_roles,
  settings: de_settings,
  shell: de_shell,
  standards: de_standards,
  catalogueDiff: de_catalogueDiff,
  catalogueAdmin: de_catalogueAdmin,
  evidence: de_evidence,
  notifications: de_notifications,
  adminUsers: de_adminUsers,
  adminOrganisations: de_adminOrganisations,
  passwordReset: de_passwordReset,
  account: de_account,
  privacy: de_privacy,
  twoFactor: de_twoFactor,
  session: de_session,
  accountSettings: de_accountSettings,
  passwordForgot: de_passwordForgot,
  emailChange: de_emailChange,
  frontDoor: de_frontDoor,
  pdf: de_pdf,
  dashboard: de_dashboard,
  exports: de_exports,
  accessibility: de_accessibility,
};

export const en = {
  admin: en_admin,
  audit: en_audit,
  assessment: en_assessment,
  auth: en_auth,
  companies: en_companies,
  errors: en_errors,
  home: en_home,
  legal: en_legal,
  meta: en_meta,
  projects: en_projects,
  mail: en_mail,
  devMail: en_devMail,
  organisation: en_organisation,
  register: en_register,
  review: en_review,
  comments: en_comments,
  reviewQueue: en_reviewQueue,
  roles: en_roles,
  settings: en_settings,
  shell: en_shell,
  standards: en_standards,
  catalogueDiff: en_catalogueDiff,
  catalogueAdmin: en_catalogueAdmin,
  evidence: en_evidence,
  notifications: en_notifications,
  adminUsers: en_adminUsers,
  adminOrganisations: en_adminOrganisations,
  passwordReset: en_passwordReset,
  account: en_account,
  privacy: en_privacy,
  twoFactor: en_twoFactor,
  session: en_session,
  accountSettings: en_accountSettings,
  passwordForgot: en_passwordForgot,
  emailChange: en_emailChange,
  frontDoor: en_frontDoor,
  pdf: en_pdf,
  dashboard: en_dashboard,
  exports: en_exports,
  accessibility: en_accessibility,
};

export type Messages = typeof de;

/** Every language's catalogue, by locale (the compiler refuses a locale without one). */
export const MESSAGES: Record<Locale, Messages> = { de, en };
