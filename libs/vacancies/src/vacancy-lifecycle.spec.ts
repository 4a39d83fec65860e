import { assertTransition, canTransition, VacancyStatus } from './vacancy-lifecycle';

const { OPEN, ON_HOLD, FILLED, CLOSED } = VacancyStatus;

describe('vacancy lifecycle', () => {
  it.each([
    [OPEN, ON_HOLD],
    [ON_HOLD, OPEN],
    [OPEN, FILLED],
    [OPEN, CLOSED],
  ])('allows %s -> %s', (from, to) => {
    expect(canTransition(from, to)).toBe(true);
  });

  it.each([
    [ON_HOLD, FILLED],
    [ON_HOLD, CLOSED],
    [FILLED, OPEN],
    [CLOSED, OPEN],
    [FILLED, CLOSED],
    [OPEN, OPEN],
  ])('refuses %s -> %s with BAD_USER_INPUT on input.status', (from, to) => {
    expect(canTransition(from, to)).toBe(false);
    expect(() => assertTransition(from, to)).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT' }));
  });
});
