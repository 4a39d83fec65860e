import { ProposalStatus } from './proposal-lifecycle';

export type HandoverCounter = 'interest' | 'proposed' | 'introduced' | 'interview' | 'placed';

/** The funnel stages a proposal in this status has reached: a placement straight after an introduction counts as an interview. */
const REACHED: Record<ProposalStatus, readonly HandoverCounter[]> = {
  [ProposalStatus.PROPOSED]: ['proposed'],
  [ProposalStatus.INTRODUCED]: ['proposed', 'introduced'],
  [ProposalStatus.INTERVIEW]: ['proposed', 'introduced', 'interview'],
  [ProposalStatus.PLACED]: ['proposed', 'introduced', 'interview', 'placed'],
  // An ending keeps the stage reached; nothing new is counted.
  [ProposalStatus.REJECTED]: [],
  [ProposalStatus.WITHDRAWN]: [],
};

/** The counters a proposal's step adds to the funnel. */
export function countersOfStep(from: ProposalStatus | null, to: ProposalStatus): HandoverCounter[] {
  const before = from ? REACHED[from] : [];
  return REACHED[to].filter((counter) => !before.includes(counter));
}
