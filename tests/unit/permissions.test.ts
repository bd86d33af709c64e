import { describe, expect, it } from 'vitest';
import { hasPermission, PERMISSIONS, ROLE_HOME, ROLE_PERMISSIONS } from '@/lib/auth/permissions';
import { organisationScope, userScope } from '@/lib/auth/scope';
import { safeReturnPath } from '@/lib/auth/safe-return-path';

describe('role permissions', () => {
  it('grant each role only its own area', () => {
    expect(hasPermission('APPLICANT', 'project:write')).toBe(true);
    expect(hasPermission('APPLICANT', 'review:decide')).toBe(false);
    expect(hasPermission('APPLICANT', 'admin:access')).toBe(false);
    expect(hasPermission('OFFICER', 'review:decide')).toBe(true);
    expect(hasPermission('OFFICER', 'project:write')).toBe(false);
    expect(hasPermission('OFFICER', 'admin:access')).toBe(false);
    expect(hasPermission('ADMIN', 'admin:access')).toBe(true);
    expect(hasPermission('ADMIN', 'review:decide')).toBe(false);
    // „Exportieren“ of the self-assessments: officers and administrators, never applicants (ADR 028).
    expect(hasPermission('OFFICER', 'assessments:export')).toBe(true);
    expect(hasPermission('ADMIN', 'assessments:export')).toBe(true);
    expect(hasPermission('APPLICANT', 'assessments:export')).toBe(false);
  });

  it('let officers and administrators read the programme figures (/review/dashboard), administrators no review page', () => {
    expect(hasPermission('OFFICER', 'insight:read')).toBe(true);
    expect(hasPermission('ADMIN', 'insight:read')).toBe(true);
    expect(hasPermission('APPLICANT', 'insight:read')).toBe(false);
    expect(hasPermission('ADMIN', 'review:read')).toBe(false);
  });

  it('only use known permissions and give every role a home', () => {
    for (const permissions of Object.values(ROLE_PERMISSIONS)) {
      for (const permission of permissions) expect(PERMISSIONS).toContain(permission);
    }
    expect(ROLE_HOME).toEqual({ APPLICANT: '/projects', OFFICER: '/review', ADMIN: '/admin' });
  });
});

describe('row scope', () => {
  it('limits applicants to their organisation and an applicant without one to nothing', () => {
    expect(organisationScope({ id: 'u1', role: 'APPLICANT', organisationId: 'o1' })).toEqual({ id: 'o1' });
    expect(organisationScope({ id: 'u1', role: 'APPLICANT', organisationId: null })).toEqual({ id: { in: [] } });
    expect(organisationScope({ id: 'u2', role: 'OFFICER', organisationId: null })).toEqual({});
    expect(userScope({ id: 'u1', role: 'APPLICANT', organisationId: 'o1' })).toEqual({ organisationId: 'o1' });
  });
});

describe('safeReturnPath', () => {
  it('accepts same-site paths only', () => {
    expect(safeReturnPath('/projects?x=1')).toBe('/projects?x=1');
    expect(safeReturnPath('//evil.example')).toBeNull();
    expect(safeReturnPath('/\\evil.example')).toBeNull();
    expect(safeReturnPath('https://evil.example')).toBeNull();
    expect(safeReturnPath(undefined)).toBeNull();
    // Browsers drop tabs and line breaks and read "\\" as "/": these lead to another origin.
    expect(safeReturnPath('/\t/evil.example')).toBeNull();
    expect(safeReturnPath('/\n/evil.example')).toBeNull();
    expect(safeReturnPath('/\r\n/evil.example/x')).toBeNull();
    expect(safeReturnPath('/\\evil.example')).toBeNull();
    expect(safeReturnPath('/projects/../review#top')).toBe('/review#top');
  });

  it('refuses paths that normalise to a protocol-relative URL (security review, defect 1)', () => {
    for (const path of ['/.//evil.example', '/..//evil.example', '/%2e//evil.example', '/%2E%2E//evil.example/x?y=1', '/././/evil.example']) {
      expect(safeReturnPath(path), path).toBeNull();
    }
    expect(safeReturnPath('/projects/.//x')).toBe('/projects//x');
  });

  it('is what the language switch uses for its return path', async () => {
    const { setLocaleSchema } = await import('@/lib/i18n/set-locale-schema');
    expect(setLocaleSchema.parse({ locale: 'en', returnTo: '/standards?x=1' }).returnTo).toBe('/standards?x=1');
    expect(setLocaleSchema.parse({ locale: 'en', returnTo: '/\\evil.example' }).returnTo).toBe('/');
    expect(setLocaleSchema.parse({ locale: 'en', returnTo: '/\t/evil.example' }).returnTo).toBe('/');
  });
});
