import type { DecisionKind } from '@/lib/generated/prisma/enums';

type DecisionRow = { kind: DecisionKind; reason: string; dueDate: Date | null; decidedAt: Date; decidedById: string; confirmedById: string | null };

/** A decision as the pages and the PDF show it: the „Frist“ as YYYY-MM-DD and the names of who decided and who confirmed it. */
export function decisionSummary(decision: DecisionRow, nameOf: (userId: string | null) => string | null) {
  return {
    kind: decision.kind,
    reason: decision.reason,
    dueDate: decision.dueDate?.toISOString().slice(0, 10) ?? null,
    decidedAt: decision.decidedAt,
    decidedByName: nameOf(decision.decidedById),
    confirmedByName: nameOf(decision.confirmedById),
  };
}

export type DecisionSummary = ReturnType<typeof decisionSummary>;
