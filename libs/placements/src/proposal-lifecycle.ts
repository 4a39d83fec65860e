import { registerEnumType } from '@nestjs/graphql';
import { DomainError } from '@wsp/platform';

export enum ProposalStatus {
  PROPOSED = 'PROPOSED',
  INTRODUCED = 'INTRODUCED',
  INTERVIEW = 'INTERVIEW',
  PLACED = 'PLACED',
  REJECTED = 'REJECTED',
  WITHDRAWN = 'WITHDRAWN',
}
/** How a step reads in Dutch, in notifications and their mail. */
export const PROPOSAL_STATUS_DUTCH: Readonly<Record<ProposalStatus, string>> = {
  [ProposalStatus.PROPOSED]: 'voorgedragen',
  [ProposalStatus.INTRODUCED]: 'voorgesteld aan de werkgever',
  [ProposalStatus.INTERVIEW]: 'in gesprek',
  [ProposalStatus.PLACED]: 'geplaatst',
  [ProposalStatus.REJECTED]: 'afgewezen',
  [ProposalStatus.WITHDRAWN]: 'teruggetrokken',
};

registerEnumType(ProposalStatus, {
  name: 'ProposalStatus',
  description: 'PROPOSED -> INTRODUCED -> INTERVIEW -> PLACED | REJECTED | WITHDRAWN (ended at any open step).',
});

const OPEN = [ProposalStatus.PROPOSED, ProposalStatus.INTRODUCED, ProposalStatus.INTERVIEW];

const NEXT: Record<ProposalStatus, readonly ProposalStatus[]> = {
  [ProposalStatus.PROPOSED]: [ProposalStatus.INTRODUCED, ProposalStatus.REJECTED, ProposalStatus.WITHDRAWN],
  [ProposalStatus.INTRODUCED]: [
    ProposalStatus.INTERVIEW,
    ProposalStatus.PLACED,
    ProposalStatus.REJECTED,
    ProposalStatus.WITHDRAWN,
  ],
  [ProposalStatus.INTERVIEW]: [ProposalStatus.PLACED, ProposalStatus.REJECTED, ProposalStatus.WITHDRAWN],
  [ProposalStatus.PLACED]: [],
  [ProposalStatus.REJECTED]: [],
  [ProposalStatus.WITHDRAWN]: [],
};

export const isOpenProposal = (status: ProposalStatus): boolean => OPEN.includes(status);

export function assertProposalTransition(from: ProposalStatus, to: ProposalStatus): void {
  if (!NEXT[from].includes(to)) {
    throw DomainError.badInput([{ field: 'input.status', message: `a proposal cannot go from ${from} to ${to}` }]);
  }
}
