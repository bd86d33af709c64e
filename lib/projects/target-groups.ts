/** Who a project recruits (no zod: the project form shows the choices before its schema loads). */
export const TARGET_GROUPS = ['SKILLED_WORKERS', 'APPRENTICES', 'BOTH'] as const;
