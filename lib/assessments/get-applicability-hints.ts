import { isEuEea } from '@/lib/projects/countries';
import type { TargetGroup } from '@/lib/generated/prisma/enums';

/**
 * Standards that may not apply, judged from the project profile:
 * - std-20 (apprentices) when the project recruits no apprentices;
 * - std-13 (third-country nationals) when every country of origin is in the EU/EEA.
 * The applicant decides; the page offers to mark them „Nicht zutreffend“ with a prepared reason.
 */
export type ApplicabilityHint = 'std-13' | 'std-20';

export function getApplicabilityHints({ targetGroup, countries }: { targetGroup: TargetGroup; countries: string[] }): ApplicabilityHint[] {
  const hints: ApplicabilityHint[] = [];
  if (countries.length > 0 && countries.every((code) => isEuEea(code))) hints.push('std-13');
  if (targetGroup === 'SKILLED_WORKERS') hints.push('std-20');
  return hints;
}
