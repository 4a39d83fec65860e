import { meetsMinimumLevel } from './education-level.service';

describe('meetsMinimumLevel', () => {
  it('accepts the same or a higher NLQF level and refuses a lower one', () => {
    const mbo2 = { nlqf: 2 };
    const mbo4 = { nlqf: 4 };
    const havo = { nlqf: 4 };
    expect(meetsMinimumLevel(mbo4, mbo2)).toBe(true);
    expect(meetsMinimumLevel(havo, mbo4)).toBe(true);
    expect(meetsMinimumLevel(mbo2, mbo4)).toBe(false);
  });
});
