import { ROLE_HOME, type Role } from '@/lib/auth/permissions';

export type NavigationKey = 'standards' | 'projects' | 'organisation' | 'review' | 'admin';
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
  items.push({ key: 'standards', href: '/standards' });
  return items;
}
