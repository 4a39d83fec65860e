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
    if (!hasRole(actor, Role.ACCOUNT_MANAGER, Role.ADMIN)) {
      throw DomainError.forbidden(`Only account managers change ${what.toLowerCase()} records`);
    }
  },

  /** The region a new record goes to: the one given, or the actor's only region. */
  regionForNew(actor: Actor, regionCode: string | undefined, field = 'input.regionCode'): string {
    if (regionCode) return regionCode;
    if (actor.regionCodes.length === 1) return actor.regionCodes[0];
    throw DomainError.badInput([{ field, message: 'required: your organisation serves more than one region' }]);
  },
};

/** The roles that may write regional records, for `@Allow`. */
export const REGION_WRITERS = [Role.ACCOUNT_MANAGER, Role.ADMIN] as const;
