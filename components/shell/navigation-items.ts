import { ROLE_HOME, type Role } from '@/lib/auth/permissions';

export type NavigationKey = 'standards' | 'projects' | 'organisation' | 'review' | 'dashboard' | 'admin';
type NavigationItem = { key: NavigationKey; href: string };

const ROLE_ITEMS: Record<Role, NavigationItem> = {
  APPLICANT: { key: 'projects', href: ROLE_HOME.APPLICANT },
  OFFICER: { key: 'review', href: ROLE_HOME.OFFICER },
  ADMIN: { key: 'admin', href: ROLE_HOME.ADMIN },
};

/** The main navigation for a role (or for anonymous visitors). */
export function navigationFor(role: Role | null): NavigationItem[] {
  const items: NavigationItem[] = [];
  if (role) items.push(ROLE_ITEMS[role]);
  if (role === 'APPLICANT') items.push({ key: 'organisation', href: '/organisation' });
  // „Übersicht“: programme figures and the heatmap (administrators reach it from /admin).
  if (role === 'OFFICER') items.push({ key: 'dashboard', href: '/review/dashboard' });
  items.push({ key: 'standards', href: '/standards' });
  return items;
}
