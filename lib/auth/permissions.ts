/**
 * What each role may do: the one map the guards consult (docs/architecture.md, „Authorization“).
 * Add a permission here first, then guard the page, route handler or action with it
 * (`requirePermission` in lib/auth/guards.ts, `requireApiPermission` in lib/auth/api-guards.ts).
 * Which rows a permitted user sees is lib/auth/scope.ts's answer.
 */
import type { Role } from '@/lib/generated/prisma/enums';

export type { Role };

export const PERMISSIONS = [
  'catalogue:read',
  'project:read',
  'project:write',
  'organisation:manage',
  'review:read',
  'review:decide',
  'review:comment',
  'admin:access',
  'catalogue:manage',
  'users:manage',
  'organisations:manage',
  'audit:read',
  'settings:manage',
  'notifications:read',
  /** „Mein Konto“ (/account): one's own account — read and change it, end its sessions, export its data (Art. 15 DSGVO): every role. */
  'account:read',
  /** Data protection for any person: export (Art. 15) and erasure (Art. 17), /admin/privacy. */
  'privacy:manage',
  /** „Als PDF herunterladen“: a revision of a self-assessment as a PDF; which revisions is lib/auth/scope.ts's answer (ADR 027). */
  'assessment:pdf',
  /** „Übersicht“ (/review/dashboard): programme figures and the standards heatmap, aggregated over submitted revisions. */
  'insight:read',
  /** „Exportieren“: every self-assessment submitted at least once, as CSV/XLSX (/review, /admin/exports; ADR 028). */
  'assessments:export',
] as const;

export type Permission = (typeof PERMISSIONS)[number];

export const ROLE_PERMISSIONS = {
  APPLICANT: ['catalogue:read', 'project:read', 'project:write', 'organisation:manage', 'review:comment', 'notifications:read', 'account:read', 'assessment:pdf'],
  OFFICER: ['catalogue:read', 'review:read', 'review:decide', 'review:comment', 'notifications:read', 'account:read', 'assessment:pdf', 'insight:read', 'assessments:export'],
  ADMIN: [
    'catalogue:read',
    'admin:access',
    'catalogue:manage',
    'users:manage',
    'organisations:manage',
    'audit:read',
    'settings:manage',
    'notifications:read',
    'account:read',
    'privacy:manage',
    'insight:read',
    'assessments:export',
  ],
} as const satisfies Record<Role, readonly Permission[]>;

/** Where each role lands after sign-in. */
export const ROLE_HOME = {
  APPLICANT: '/projects',
  OFFICER: '/review',
  ADMIN: '/admin',
} as const satisfies Record<Role, string>;

export function hasPermission(role: Role, permission: Permission): boolean {
  return (ROLE_PERMISSIONS[role] as readonly Permission[]).includes(permission);
}
