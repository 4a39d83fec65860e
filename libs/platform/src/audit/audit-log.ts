import { Injectable } from '@nestjs/common';
import { registerEnumType } from '@nestjs/graphql';
import type { EntityManager } from 'typeorm';
import type { Actor } from '../auth/actor';
import { Transactions } from '../database/transactions';

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
  /** A professional's account: corrections to their sign-in identity, name or e-mail. */
  USER = 'USER',
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
 * Appends to the audit log inside the caller's transaction, so an action and its audit row commit or roll back
 * together. `actor` undefined means the system acted (a scheduled job).
 */
@Injectable()
export class AuditTrail {
  constructor(private readonly transactions: Transactions) {}

  async record(actor: Actor | undefined, entry: AuditEntry): Promise<void> {
    await this.recordMany(actor, [entry]);
  }

  /** Several entries by one actor in one statement (the views of a page of suggestions). */
  async recordMany(actor: Actor | undefined, entries: readonly AuditEntry[]): Promise<void> {
    if (entries.length === 0) return;
    await this.transactions.tx.query(
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
}

/** What a read audited by {@link selectAuditingViews} records of each row another organisation owns. */
export interface AuditedView<Row> {
  entityType: AuditEntityType;
  /** The result column holding the organisation that owns the row (the row's id is in column `id`). */
  owner: keyof Row & string;
  purpose: string;
}

/** A select with its bind parameters (`$1`…), whose result columns are named as the row's properties. */
export interface SelectStatement {
  sql: string;
  params: readonly unknown[];
}

/**
 * Reads the rows of `select` and records the actor's view of each row another organisation owns, in one
 * statement: no row is shown without its audit record, and the audit costs no round trip of its own.
 */
export async function selectAuditingViews<Row extends { id: string }>(
  database: Pick<EntityManager, 'query'>,
  select: SelectStatement,
  actor: Actor,
  { entityType, owner, purpose }: AuditedView<Row>,
): Promise<Row[]> {
  const at = select.params.length;
  // A data-modifying WITH runs to completion whether or not the outer select reads it.
  return database.query(
    `WITH found AS (${select.sql}),
          audited AS (
            INSERT INTO audit_event (actor_user_id, actor_organisation_id, action, entity_type, entity_id,
                                     owner_organisation_id, purpose)
            SELECT $${at + 1}, $${at + 2}, $${at + 3}, $${at + 4}, found.id, found."${owner}", $${at + 5}
              FROM found
             WHERE found."${owner}" IS DISTINCT FROM $${at + 2})
     SELECT * FROM found`,
    [...select.params, actor.userId, actor.organisationId, AuditAction.VIEW, entityType, purpose],
  );
}
