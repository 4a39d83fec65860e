export * from './dto/suggestion.models';
export * from './engine/matching-config';
export * from './engine/match-facts';
export * from './engine/score-match';
export * from './engine/select-top';
export * from './matching.module';
export * from './matching-runs';
export * from './engine/region-config';
