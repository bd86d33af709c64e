import { db } from '@/lib/db';
import type { Prisma } from '@/lib/generated/prisma/client';
import { projectScope, type ScopeActor } from '@/lib/auth/scope';
import { listProjectsSchema, PROJECTS_PAGE_SIZE, type ProjectSortKey, type SortDirection } from '@/lib/projects/list-projects-schema';

function orderBy(sort: ProjectSortKey, dir: SortDirection): Prisma.ProjectOrderByWithRelationInput[] {
  const primary: Prisma.ProjectOrderByWithRelationInput =
    sort === 'status' ? { assessment: { status: dir } } : { [sort]: dir };
  // A stable order within equal values, so that pages neither repeat nor skip rows.
  return sort === 'updatedAt' ? [primary, { id: dir }] : [primary, { updatedAt: 'desc' }, { id: 'asc' }];
}

/**
 * One page of the projects the actor may see, sorted, with the status of each self-assessment
 * and its progress (complete answers of the latest revision / its number of answers). The
 * answers of the whole page are loaded in the same query, never per row, and only their
 * `complete` flag (a column the database computes, migration 20261201230000_answer_complete):
 * 50 projects' answer texts are megabytes.
 */
export async function listProjects({ actor, query = {} }: { actor: ScopeActor; query?: unknown }) {
  const { sort, dir, page: requestedPage } = listProjectsSchema.parse(query);
  const where = projectScope(actor);
  const total = await db.project.count({ where });
  const pageCount = Math.max(1, Math.ceil(total / PROJECTS_PAGE_SIZE));
  const page = Math.min(requestedPage, pageCount);

  const projects = await db.project.findMany({
    where,
    orderBy: orderBy(sort, dir),
    skip: (page - 1) * PROJECTS_PAGE_SIZE,
    take: PROJECTS_PAGE_SIZE,
    select: {
      id: true,
      title: true,
      startDate: true,
      endDate: true,
      updatedAt: true,
      assessment: {
        select: {
          status: true,
          revisions: {
            orderBy: { number: 'desc' },
            take: 1,
            select: {
              answers: { select: { complete: true } },
            },
          },
        },
      },
    },
  });

  const rows = projects.map(({ assessment, ...project }) => {
    const answers = assessment?.revisions[0]?.answers ?? [];
    return {
      ...project,
      assessmentStatus: assessment?.status ?? null,
      progress: { complete: answers.filter((answer) => answer.complete).length, total: answers.length },
    };
  });
  return { rows, total, page, pageCount, pageSize: PROJECTS_PAGE_SIZE, sort, dir };
}

export type ProjectList = Awaited<ReturnType<typeof listProjects>>;
