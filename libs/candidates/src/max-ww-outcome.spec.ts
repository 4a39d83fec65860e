import {
  currentOutcome,
  LeftPoolReason,
  MaxWwFacts,
  MaxWwOutcome,
  monthsUntilWwEnd,
  outcomeOnLeaving,
  wwEndWithin,
} from './max-ww-outcome';

const TODAY = '2027-03-15';
const facts = (changes: Partial<MaxWwFacts>): MaxWwFacts => ({
  status: 'ACTIVE',
  maxWwSince: '2026-11-02',
  wwEndMonth: '2027-06-01',
  workStartedOn: null,
  ...changes,
});

describe('Max-WW outcomes', () => {
  it('places a candidate before the WW end when work starts before the first day of the end month', () => {
    expect(currentOutcome(facts({ status: 'PLACED', workStartedOn: '2027-05-31' }), TODAY)).toEqual({
      outcome: MaxWwOutcome.PLACED_BEFORE_WW_END,
      leftReason: null,
      weeksToWork: 30, // 2 November to 31 May: 210 days
    });
    expect(currentOutcome(facts({ status: 'PLACED', workStartedOn: '2027-06-01' }), TODAY).outcome).toBe(
      MaxWwOutcome.PLACED_AFTER_WW_END,
    );
  });

  it('tells searching from a WW that ended, which outweighs a pause', () => {
    expect(currentOutcome(facts({}), TODAY).outcome).toBe(MaxWwOutcome.SEARCHING);
    expect(currentOutcome(facts({ status: 'PAUSED' }), TODAY).outcome).toBe(MaxWwOutcome.PAUSED);
    expect(currentOutcome(facts({ wwEndMonth: '2027-03-01' }), TODAY).outcome).toBe(MaxWwOutcome.WW_ENDED_UNPLACED);
    expect(currentOutcome(facts({ wwEndMonth: '2027-03-01', status: 'PAUSED' }), TODAY).outcome).toBe(
      MaxWwOutcome.WW_ENDED_UNPLACED,
    );
    expect(currentOutcome(facts({ wwEndMonth: '2027-04-01' }), TODAY).outcome).toBe(MaxWwOutcome.SEARCHING);
  });

  it('counts work found after the WW ended as placed, never as ended unplaced', () => {
    const late = facts({ wwEndMonth: '2027-01-01', status: 'PLACED', workStartedOn: '2027-02-01' });
    expect(currentOutcome(late, TODAY).outcome).toBe(MaxWwOutcome.PLACED_AFTER_WW_END);
  });

  it('keeps a placement as a placement when the profile is deleted, and the reason of anyone else', () => {
    const placed = facts({ status: 'PLACED', workStartedOn: '2027-02-01' });
    expect(outcomeOnLeaving(placed, TODAY, LeftPoolReason.OTHER).outcome).toBe(MaxWwOutcome.PLACED_BEFORE_WW_END);
    expect(outcomeOnLeaving(facts({ status: 'PAUSED' }), TODAY, LeftPoolReason.MOVED_AWAY)).toEqual({
      outcome: MaxWwOutcome.LEFT_POOL,
      leftReason: LeftPoolReason.MOVED_AWAY,
      weeksToWork: null,
    });
  });

  it('keeps the warning of a WW that ended when the profile expires, and a withdrawal reason over it', () => {
    const ended = facts({ wwEndMonth: '2027-02-01' });
    expect(outcomeOnLeaving(ended, TODAY, LeftPoolReason.PROFILE_EXPIRED).outcome).toBe(MaxWwOutcome.WW_ENDED_UNPLACED);
    expect(outcomeOnLeaving(ended, TODAY, LeftPoolReason.WORK_FOUND_ELSEWHERE)).toMatchObject({
      outcome: MaxWwOutcome.LEFT_POOL,
      leftReason: LeftPoolReason.WORK_FOUND_ELSEWHERE,
    });
    expect(outcomeOnLeaving(facts({}), TODAY, LeftPoolReason.PROFILE_EXPIRED)).toMatchObject({
      outcome: MaxWwOutcome.LEFT_POOL,
      leftReason: LeftPoolReason.PROFILE_EXPIRED,
    });
  });

  it('counts calendar months to the WW end', () => {
    expect(monthsUntilWwEnd('2027-04-01', TODAY)).toBe(1);
    expect(monthsUntilWwEnd('2028-01-01', TODAY)).toBe(10);
    expect(monthsUntilWwEnd('2027-03-01', TODAY)).toBe(0);
    expect(wwEndWithin(TODAY, 2)).toBe('2027-05-01');
    expect(wwEndWithin('2027-11-30', 3)).toBe('2028-02-01');
  });
});
