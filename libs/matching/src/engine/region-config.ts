import { DEFAULT_MATCHING_CONFIG, MatchingConfig, MatchingWeights } from './matching-config';

/** What a region may override; anything it leaves out keeps the default. */
export type MatchingSettings = Partial<Omit<MatchingConfig, 'weights'>> & { weights?: Partial<MatchingWeights> };

export function mergeMatchingConfig(settings: MatchingSettings | undefined): MatchingConfig {
  const { weights, ...policy } = settings ?? {};
  const defined = <T extends object>(values: T) =>
    Object.fromEntries(Object.entries(values).filter(([, value]) => value !== undefined && value !== null));
  return {
    ...DEFAULT_MATCHING_CONFIG,
    ...defined(policy),
    weights: { ...DEFAULT_MATCHING_CONFIG.weights, ...defined(weights ?? {}) },
  };
}
