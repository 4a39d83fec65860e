import { graphql } from '../gql';
import type { PlanVisitInput } from '../gql/graphql';
import { TestApp } from '../support/test-app';

/** What the visit tests read of a visit (`...VisitFields` in their operations). */
export const VISIT_FIELDS = graphql(`
  fragment VisitFields on Visit {
    id
    version
    status
    joint
    location
    startsAt
    endsAt
    purpose
    report
    cancelReason
    vacancyIds
    participants {
      userId
      organisationId
      isLead
    }
    followUps {
      id
      title
      ownerId
      doneAt
      version
    }
  }
`);

const PLAN_VISIT = graphql(`
  mutation PlanTestVisit($input: PlanVisitInput!) {
    planVisit(input: $input) {
      visit {
        id
        version
      }
    }
  }
`);

export interface PlannedVisit {
  id: string;
  version: number;
}

let slot = 0;

/**
 * Plans one valid visit through the API as `as`, who leads it, at `input.employerId`: two hours on a weekday of
 * 2029, a new slot each call so visits of one test run never clash. Override what the test cares about
 * (`participants` replaces the lead-only list).
 */
export async function planVisit(
  app: TestApp,
  as: string,
  input: { employerId: string } & Record<string, unknown>,
): Promise<PlannedVisit> {
  const [planner]: { id: string }[] = await app.dataSource.query('SELECT id FROM app_user WHERE email = $1', [as]);
  const start = new Date(Date.UTC(2029, 0, 1 + (slot++ % 300), 9, 0));
  const response = await app.graphql(
    PLAN_VISIT,
    {
      input: {
        startsAt: start.toISOString(),
        endsAt: new Date(start.getTime() + 2 * 3600_000).toISOString(),
        purpose: 'Kennismaking en personeelsbehoefte',
        participants: [{ userId: planner.id, isLead: true }],
        allowOverlap: true,
        ...input,
      } as PlanVisitInput,
    },
    { as },
  );
  if (!response.data?.planVisit) throw new Error(`planVisit failed: ${JSON.stringify(response.errors)}`);
  return response.data.planVisit.visit;
}
