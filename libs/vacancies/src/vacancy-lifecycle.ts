import { DomainError } from '@wsp/platform';

export enum VacancyStatus {
  OPEN = 'OPEN',
  ON_HOLD = 'ON_HOLD',
  FILLED = 'FILLED',
  CLOSED = 'CLOSED',
}

/** OPEN <-> ON_HOLD; OPEN -> FILLED or CLOSED. FILLED and CLOSED are final. */
const TRANSITIONS: Readonly<Record<VacancyStatus, readonly VacancyStatus[]>> = {
  [VacancyStatus.OPEN]: [VacancyStatus.ON_HOLD, VacancyStatus.FILLED, VacancyStatus.CLOSED],
  [VacancyStatus.ON_HOLD]: [VacancyStatus.OPEN],
  [VacancyStatus.FILLED]: [],
  [VacancyStatus.CLOSED]: [],
};

export function canTransition(from: VacancyStatus, to: VacancyStatus): boolean {
  return TRANSITIONS[from].includes(to);
}

export function assertTransition(from: VacancyStatus, to: VacancyStatus): void {
  if (!canTransition(from, to)) {
    throw DomainError.badInput([{ field: 'input.status', message: `a vacancy cannot go from ${from} to ${to}` }]);
  }
}
