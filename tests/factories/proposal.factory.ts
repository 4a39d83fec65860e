import { graphql } from '../gql';
import type { AdvanceProposalInput, ProposalStatus, ProposeCandidateInput } from '../gql/graphql';
import { TestApp } from '../support/test-app';

const PROPOSE = graphql(`
  mutation ProposeTestCandidate($input: ProposeCandidateInput!) {
    proposeCandidate(input: $input) {
      id
      version
      status
    }
  }
`);

const ADVANCE = graphql(`
  mutation AdvanceTestProposal($input: AdvanceProposalInput!) {
    advanceProposal(input: $input) {
      id
      version
      status
    }
  }
`);

export interface MadeProposal {
  id: string;
  version: number;
  status: ProposalStatus;
}

/**
 * Proposes a candidate for a vacancy through the API as `coach` (the profile's owning job coach), with the
 * candidate's agreement; override what the test cares about.
 */
export async function proposeCandidate(
  app: TestApp,
  coach: string,
  input: { vacancyId: string; profileId: string } & Record<string, unknown>,
): Promise<MadeProposal> {
  const response = await app.graphql(
    PROPOSE,
    { input: { motivation: 'Past goed bij de vacature', candidateAgreed: true, ...input } as ProposeCandidateInput },
    { as: coach },
  );
  if (!response.data?.proposeCandidate) throw new Error(`proposeCandidate failed: ${JSON.stringify(response.errors)}`);
  return response.data.proposeCandidate;
}

/**
 * Moves a proposal on through every step up to `status` as `as` (the vacancy's account manager); PLACED needs a
 * `startDate`, given in `extra`.
 */
export async function advanceProposal(
  app: TestApp,
  as: string,
  proposal: MadeProposal,
  status: 'INTRODUCED' | 'INTERVIEW' | 'PLACED',
  extra: Record<string, unknown> = {},
): Promise<MadeProposal> {
  const steps: ProposalStatus[] = ['INTRODUCED', 'INTERVIEW', 'PLACED'];
  let current = proposal;
  for (const step of steps.slice(steps.indexOf(current.status) + 1, steps.indexOf(status) + 1)) {
    const input: AdvanceProposalInput = {
      id: current.id,
      version: current.version,
      status: step,
      ...(step === status ? extra : {}),
    };
    const response = await app.graphql(ADVANCE, { input }, { as });
    if (!response.data?.advanceProposal) throw new Error(`advanceProposal failed: ${JSON.stringify(response.errors)}`);
    current = response.data.advanceProposal;
  }
  return current;
}
