import relatedOccupationsFile from '../../data/related-occupations.v1.json';

/** Which curated file the relations come from; stored with each run's suggestions through ENGINE_VERSION. */
export const RELATED_OCCUPATIONS_VERSION = relatedOccupationsFile.version;

/** A related occupation fits below the same unit group (1) and above the same minor group (0.6). */
export const RELATED_OCCUPATION_FIT = 0.7;

/** Per ISCO unit group, the unit groups the curated file relates it to (itself left out), in file order. */
const RELATED: ReadonlyMap<string, readonly string[]> = (() => {
  const related = new Map<string, string[]>();
  for (const group of relatedOccupationsFile.groups) {
    for (const code of group.codes) {
      const others = related.get(code) ?? [];
      for (const other of group.codes) if (other !== code && !others.includes(other)) others.push(other);
      related.set(code, others);
    }
  }
  return related;
})();

/**
 * The unit groups related to `code` across ISCO branches (libs/matching/data/related-occupations.v1.json, with
 * its basis: the CBS BRC 2014 classes and the transitions employment services make every day).
 */
export function relatedOccupationsOf(code: string): readonly string[] {
  return RELATED.get(code) ?? [];
}
