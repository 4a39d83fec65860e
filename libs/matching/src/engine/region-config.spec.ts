import { DEFAULT_MATCHING_CONFIG } from './matching-config';
import { mergeMatchingConfig } from './region-config';

describe('mergeMatchingConfig', () => {
  it('uses the defaults for a region without settings', () => {
    expect(mergeMatchingConfig(undefined)).toEqual(DEFAULT_MATCHING_CONFIG);
  });

  it('overrides only what a region sets', () => {
    const merged = mergeMatchingConfig({ maxWwBonus: 15, weights: { distance: 25, hours: undefined } });
    expect(merged.maxWwBonus).toBe(15);
    expect(merged.weights).toEqual({ ...DEFAULT_MATCHING_CONFIG.weights, distance: 25 });
    expect(merged.topListSize).toBe(DEFAULT_MATCHING_CONFIG.topListSize);
  });
});
