import { registerEnumType } from '@nestjs/graphql';
import type { EntityManager } from 'typeorm';
import type { Actor } from '../auth/actor';

export enum AuditAction {
  CREATE = 'CREATE',
  UPDATE = 'UPDATE',
  STATUS_CHANGE = 'STATUS_CHANGE',
  RENEW = 'RENEW',
  WITHDRAW = 'WITHDRAW',
  /** The retention job deleted an expired record. */
  EXPIRE = 'EXPIRE',
  /** A user of another organisation saw the (anonymised) record. */
  VIEW = 'VIEW',
  /** An account manager asked the owner to consider proposing a suggested candidate. */
  INTEREST = 'INTEREST',
  PROPOSE = 'PROPOSE',
}
registerEnumType(AuditAction, { name: 'AuditAction' });

export enum AuditEntityType {
  CANDIDATE_PROFILE = 'CANDIDATE_PROFILE',
  PROPOSAL = 'PROPOSAL',
}
registerEnumType(AuditEntityType, { name: 'AuditEntityType' });

export interface AuditEntry {
  action: AuditAction;
  entityType: AuditEntityType;
  entityId: string;
  /** The organisation owning the entity, so its admin sees who touched it. */
  ownerOrganisationId?: string;
  /** Why, in a few words (no personal data): e.g. "suggestion for a vacancy". */
  purpose: string;
}

/**
 * Appends to the audit log inside the caller's transaction, so an action and its audit row commit or
 * roll back together. `actor` undefined means the system acted (a scheduled job).
 */
export async function recordAudit(manager: EntityManager, actor: Actor | undefined, entry: AuditEntry): Promise<void> {
  await manager.query(
    `INSERT INTO audit_event (actor_user_id, actor_organisation_id, action, entity_type, entity_id,
                              owner_organisation_id, purpose)
     VALUES ($1, $2, $3, $4, $5, $6, $7)`,
    [
      actor?.userId ?? null,
      actor?.organisationId ?? null,
      entry.action,
      entry.entityType,
      entry.entityId,
      entry.ownerOrganisationId ?? null,
      entry.purpose,
    ],
  );
}
