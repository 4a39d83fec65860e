import { DomainError } from '../errors/domain-error';
import { Actor, hasRole, Role } from './actor';

/**
 * Employers, vacancies and visits are shared by the partner organisations of a region. Any role of a partner
 * reads them; account managers and admins write them. Another region's records read as unknown (NOT_FOUND),
 * so their existence does not leak.
 */
export const RegionAccess = {
  assertCanRead(actor: Actor, regionCode: string, what: string): void {
    if (!actor.regionCodes.includes(regionCode)) throw DomainError.notFound(what);
  },

  assertCanWrite(actor: Actor, regionCode: string, what: string): void {
    RegionAccess.assertCanRead(actor, regionCode, what);
    if (RegionAccess.writableRegions(actor).length === 0) {
      throw DomainError.forbidden(`Only account managers change ${what.toLowerCase()} records`);
    }
  },

  /** The regions whose records the actor changes (none without a writing role), for a statement that checks it itself. */
  writableRegions(actor: Actor): readonly string[] {
    return hasRole(actor, Role.ACCOUNT_MANAGER, Role.ADMIN) ? actor.regionCodes : [];
  },

  /** The region a new record goes to: the one given, or the actor's only region. */
  regionForNew(actor: Actor, regionCode: string | undefined, field = 'input.regionCode'): string {
    if (regionCode) return regionCode;
    if (actor.regionCodes.length === 1) return actor.regionCodes[0];
    throw DomainError.badInput([{ field, message: 'required: your organisation serves more than one region' }]);
  },
};

/**
 * SQL condition limiting `column` to the actor's regions. One region (the usual case) is an equality, so the
 * planner can walk an index that starts with the region in sort order; `= ANY` would sort every row.
 */
export function inActorRegions(actor: Actor, column: string): [string, Record<string, unknown>] {
  return actor.regionCodes.length === 1
    ? [`${column} = :actorRegion`, { actorRegion: actor.regionCodes[0] }]
    : [`${column} = ANY(:actorRegions)`, { actorRegions: actor.regionCodes }];
}

/** The roles that may write regional records, for `@Allow`. */
export const REGION_WRITERS = [Role.ACCOUNT_MANAGER, Role.ADMIN] as const;
