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
  await recordAudits(manager, actor, [entry]);
}

/** Several entries by one actor in one statement (the views of a page of suggestions), atomic by itself. */
export async function recordAudits(
  manager: EntityManager,
  actor: Actor | undefined,
  entries: readonly AuditEntry[],
): Promise<void> {
  if (entries.length === 0) return;
  await manager.query(
    `INSERT INTO audit_event (actor_user_id, actor_organisation_id, action, entity_type, entity_id,
                              owner_organisation_id, purpose)
     SELECT $1, $2, e.action, e.entity_type, e.entity_id, e.owner_organisation_id, e.purpose
       FROM unnest($3::text[], $4::text[], $5::uuid[], $6::uuid[], $7::text[])
            AS e(action, entity_type, entity_id, owner_organisation_id, purpose)`,
    [
      actor?.userId ?? null,
      actor?.organisationId ?? null,
      entries.map((entry) => entry.action),
      entries.map((entry) => entry.entityType),
      entries.map((entry) => entry.entityId),
      entries.map((entry) => entry.ownerOrganisationId ?? null),
      entries.map((entry) => entry.purpose),
    ],
  );
}
