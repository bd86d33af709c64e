import { describe, expect, it } from 'vitest';
import { dashboardQuerySchema } from '@/lib/insight/dashboard-query-schema';
import { lastTwelveMonths } from '@/lib/insight/get-dashboard-figures';
import { dashboardHref } from '@/components/dashboard/dashboard-href';
import { navigationFor } from '@/components/shell/navigation-items';

describe('the dashboard selection', () => {
  it('parses the query string, anything malformed to its default', () => {
    expect(dashboardQuerySchema.parse({})).toEqual({ columns: 'projects', page: 1 });
    expect(dashboardQuerySchema.parse({ columns: 'organisations', status: 'IN_REVIEW', region: 'harz', group: 'BOTH', version: '2', page: '3' })).toEqual({
      columns: 'organisations',
      status: 'IN_REVIEW',
      region: 'harz',
      group: 'BOTH',
      version: 2,
      page: 3,
    });
    expect(dashboardQuerySchema.parse({ columns: ['organisations', 'projects'], status: 'X', region: '', version: '0', page: '-1' })).toEqual({ columns: 'organisations', page: 1 });
  });

  it('round-trips through its URL, defaults left out', () => {
    const query = dashboardQuerySchema.parse({ columns: 'organisations', region: 'harz', version: '1', page: '2' });
    expect(dashboardHref(query)).toBe('/review/dashboard?columns=organisations&region=harz&version=1&page=2');
    expect(dashboardHref(query, { page: 1, columns: 'projects', region: undefined, version: undefined })).toBe('/review/dashboard');
    expect(dashboardQuerySchema.parse(Object.fromEntries(new URL(dashboardHref(query), 'http://x').searchParams))).toEqual(query);
  });
});

describe('lastTwelveMonths', () => {
  it('counts back from the current month in German time', () => {
    // 31 December 23:30 UTC is already January in Berlin.
    const months = lastTwelveMonths(new Date('2026-12-31T23:30:00Z'));
    expect(months).toHaveLength(12);
    expect(months[0]).toBe('2026-02');
    expect(months[11]).toBe('2027-01');
    expect(lastTwelveMonths(new Date('2026-03-15T12:00:00Z'))).toEqual(['2025-04', '2025-05', '2025-06', '2025-07', '2025-08', '2025-09', '2025-10', '2025-11', '2025-12', '2026-01', '2026-02', '2026-03']);
  });
});

describe('navigation', () => {
  it('shows officers „Übersicht“ beside „Prüfung“; administrators reach it from /admin', () => {
    expect(navigationFor('OFFICER').map((item) => item.href)).toEqual(['/review', '/review/dashboard', '/standards']);
    expect(navigationFor('ADMIN').map((item) => item.href)).toEqual(['/admin', '/standards']);
  });
});
