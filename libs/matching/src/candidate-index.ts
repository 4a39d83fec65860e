import { ProfileFacts } from './engine/match-facts';

/** A shared profile as matching reads it: its facts and where it lives. */
export interface CachedProfile {
  facts: ProfileFacts;
  municipalityCode: string;
}

interface Entry extends CachedProfile {
  /** The number of the last lookup that visited this entry, so a lookup visits each profile once. */
  visited: number;
}

/**
 * Profiles by id, by occupation and by skill: a vacancy's candidates seek an occupation of its group or have
 * one of its skills, so a lookup visits those profiles only, not every profile of the country.
 */
export class CandidateIndex {
  private readonly byId = new Map<string, Entry>();
  private readonly byOccupation = new Map<string, Set<Entry>>();
  private readonly bySkill = new Map<string, Set<Entry>>();
  private lookups = 0;

  get size(): number {
    return this.byId.size;
  }

  get(id: string): CachedProfile | undefined {
    return this.byId.get(id);
  }

  has(id: string): boolean {
    return this.byId.has(id);
  }

  put(profile: CachedProfile): void {
    this.remove(profile.facts.id);
    // A literal, not a spread copy: copies spread with a property added read 2.5 times slower in a match's
    // loop and took half again the heap (bench:matching).
    const entry: Entry = { facts: profile.facts, municipalityCode: profile.municipalityCode, visited: 0 };
    this.byId.set(profile.facts.id, entry);
    for (const code of profile.facts.occupationCodes) listed(this.byOccupation, code).add(entry);
    for (const code of profile.facts.skillCodes) listed(this.bySkill, code).add(entry);
  }

  remove(id: string): void {
    const entry = this.byId.get(id);
    if (!entry) return;
    this.byId.delete(id);
    for (const code of entry.facts.occupationCodes) unlist(this.byOccupation, code, entry);
    for (const code of entry.facts.skillCodes) unlist(this.bySkill, code, entry);
  }

  /** Visits each profile that seeks one of `occupations` or has one of `skills`, once. */
  forEachWithAny(
    occupations: Iterable<string>,
    skills: Iterable<string>,
    visit: (profile: CachedProfile) => void,
  ): void {
    const lookup = ++this.lookups;
    visitListed(this.byOccupation, occupations, lookup, visit);
    visitListed(this.bySkill, skills, lookup, visit);
  }
}

function visitListed(
  lists: Map<string, Set<Entry>>,
  codes: Iterable<string>,
  lookup: number,
  visit: (profile: CachedProfile) => void,
): void {
  for (const code of codes) {
    const list = lists.get(code);
    if (list === undefined) continue;
    for (const entry of list) {
      if (entry.visited === lookup) continue;
      entry.visited = lookup;
      visit(entry);
    }
  }
}

function listed(lists: Map<string, Set<Entry>>, code: string): Set<Entry> {
  let list = lists.get(code);
  if (!list) lists.set(code, (list = new Set()));
  return list;
}

function unlist(lists: Map<string, Set<Entry>>, code: string, entry: Entry): void {
  const list = lists.get(code);
  list?.delete(entry);
  if (list?.size === 0) lists.delete(code);
}
