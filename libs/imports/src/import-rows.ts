import { normalizePostcode } from '@wsp/employers';
import { foreignKeyViolation, isUniqueViolation, JobName, recordOutbox, versionJobId } from '@wsp/platform';
import { EntityManager } from 'typeorm';
import { ImportKind, ParsedRow } from './import-columns';

export interface ImportContext {
  importId: string;
  regionCode: string;
  organisationId: string;
  userId: string;
  fileName: string;
}

export type RowOutcome = 'CREATED' | 'UPDATED' | 'UNCHANGED';

/** A row that cannot be applied; `column` names the file's column. */
export class RowError extends Error {
  constructor(
    readonly column: string,
    message: string,
  ) {
    super(message);
  }
}

/** Input field -> database column, per table. The column names are fixed here, never taken from a file. */
const EMPLOYER_COLUMNS: Record<string, string> = {
  legalName: 'legal_name',
  tradeName: 'trade_name',
  establishmentNumber: 'establishment_number',
  sbiCodes: 'sbi_codes',
  sizeClass: 'size_class',
  street: 'street',
  houseNumber: 'house_number',
  postcode: 'postcode',
  city: 'city',
  municipalityCode: 'municipality_code',
  website: 'website',
  keyAccount: 'key_account',
};
const CONTACT_COLUMNS: Record<string, string> = { name: 'name', role: 'role', email: 'email', phone: 'phone' };
const VACANCY_COLUMNS: Record<string, string> = {
  title: 'title',
  occupationCode: 'occupation_code',
  hoursMin: 'hours_min',
  hoursMax: 'hours_max',
  municipalityCode: 'municipality_code',
  contractType: 'contract_type',
  startDate: 'start_date',
  closingDate: 'closing_date',
  positions: 'positions',
  minEducationLevel: 'min_education_level',
  drivingLicences: 'driving_licences',
  languages: 'languages',
  jobsAgreement: 'jobs_agreement',
  description: 'description',
};

/** Which file column a refused reference belongs to, by the foreign key's name. */
const REFERENCE_COLUMNS: [string, string][] = [
  ['municipality', 'gemeentecode'],
  ['occupation', 'isco'],
  ['education', 'opleidingsniveau'],
];

/**
 * Applies one row inside the caller's transaction. Rows for a KvK number (or vacancy reference) already
 * in the book update that record, and only when something differs: importing a file again changes nothing.
 */
export async function applyRow(
  manager: EntityManager,
  context: ImportContext,
  kind: ImportKind,
  row: ParsedRow,
): Promise<RowOutcome> {
  try {
    switch (kind) {
      case 'EMPLOYERS':
        return await applyEmployer(manager, context, row);
      case 'CONTACTS':
        return await applyContact(manager, context, row);
      case 'VACANCIES':
        return await applyVacancy(manager, context, row);
    }
  } catch (error) {
    const constraint = foreignKeyViolation(error);
    if (constraint !== undefined) {
      throw new RowError(
        REFERENCE_COLUMNS.find(([part]) => constraint.includes(part))?.[1] ?? 'kvk_nummer',
        'does not exist',
      );
    }
    if (isUniqueViolation(error))
      throw new RowError('kvk_nummer', 'was changed by someone else meanwhile; import again');
    throw error;
  }
}

async function applyEmployer(manager: EntityManager, context: ImportContext, row: ParsedRow): Promise<RowOutcome> {
  const fields = { ...row.fields };
  if (typeof fields.postcode === 'string') fields.postcode = normalizePostcode(fields.postcode);
  const [current] = await lockRow(
    manager,
    `SELECT id, to_jsonb(e) AS row FROM employer e
      WHERE region_code = $1 AND kvk_number = $2 AND merged_into_id IS NULL FOR UPDATE`,
    [context.regionCode, row.kvkNumber],
  );
  if (current) {
    return updateChanged(manager, 'employer', current, fields, EMPLOYER_COLUMNS, async () =>
      timeline(manager, current.id, context, 'UPDATED', `Bijgewerkt via import ${context.fileName}`),
    );
  }
  const { columns, values } = columnsOf(fields, EMPLOYER_COLUMNS);
  const [{ id }] = await manager.query(
    `INSERT INTO employer (region_code, kvk_number, created_by${columns.map((c) => `, ${c}`).join('')})
     VALUES ($1, $2, $3${values.map((_, i) => `, $${i + 4}`).join('')}) RETURNING id`,
    [context.regionCode, row.kvkNumber, context.userId, ...values],
  );
  await manager.query('INSERT INTO employer_team_member (employer_id, user_id, is_lead) VALUES ($1, $2, true)', [
    id,
    context.userId,
  ]);
  await timeline(manager, id, context, 'CREATED', `Aangemaakt via import ${context.fileName}`);
  return 'CREATED';
}

async function applyContact(manager: EntityManager, context: ImportContext, row: ParsedRow): Promise<RowOutcome> {
  const employerId = await employerOf(manager, context, row.kvkNumber);
  const fields = { ...row.fields };
  if (typeof fields.email === 'string') fields.email = fields.email.toLowerCase();
  const [current] = await lockRow(
    manager,
    `SELECT id, to_jsonb(c) AS row FROM employer_contact c
      WHERE employer_id = $1 AND lower(name) = lower($2) ORDER BY created_at LIMIT 1 FOR UPDATE`,
    [employerId, fields.name],
  );
  if (current) return updateChanged(manager, 'employer_contact', current, fields, CONTACT_COLUMNS);
  const { columns, values } = columnsOf(fields, CONTACT_COLUMNS);
  await manager.query(
    `INSERT INTO employer_contact (employer_id, ${columns.join(', ')}) VALUES ($1, ${values.map((_, i) => `$${i + 2}`).join(', ')})`,
    [employerId, ...values],
  );
  return 'CREATED';
}

async function applyVacancy(manager: EntityManager, context: ImportContext, row: ParsedRow): Promise<RowOutcome> {
  const employerId = await employerOf(manager, context, row.kvkNumber);
  const [current] = await lockRow(
    manager,
    `SELECT id, to_jsonb(v) AS row FROM vacancy v
      WHERE owner_organisation_id = $1 AND external_reference = $2 FOR UPDATE`,
    [context.organisationId, row.reference],
  );
  const fields = { ...row.fields };
  if (current) {
    if (current.row.employer_id !== employerId)
      throw new RowError('referentie', 'belongs to a vacancy of another employer');
    return updateChanged(manager, 'vacancy', current, fields, VACANCY_COLUMNS, () =>
      requestMatching(manager, current.id, Number(current.row.version) + 1),
    );
  }
  const { columns, values } = columnsOf(fields, VACANCY_COLUMNS);
  const [created]: { id: string; version: number }[] = await manager.query(
    `INSERT INTO vacancy (employer_id, region_code, owner_organisation_id, account_manager_id, external_reference${columns
      .map((c) => `, ${c}`)
      .join('')})
     VALUES ($1, $2, $3, $4, $5${values.map((_, i) => `, $${i + 6}`).join('')})
     RETURNING id, version`,
    [employerId, context.regionCode, context.organisationId, context.userId, row.reference, ...values],
  );
  await requestMatching(manager, created.id, created.version);
  await timeline(
    manager,
    employerId,
    context,
    'VACANCY_CREATED',
    `Vacature "${String(fields.title)}" aangemaakt via import`,
  );
  return 'CREATED';
}

/** An imported vacancy is matched like one entered by hand: the outbox row commits with the row. */
function requestMatching(manager: EntityManager, vacancyId: string, version: number): Promise<void> {
  const jobId = versionJobId(JobName.MATCH_VACANCY, vacancyId, version);
  return recordOutbox(manager, JobName.MATCH_VACANCY, { vacancyId }, jobId);
}

async function employerOf(manager: EntityManager, context: ImportContext, kvkNumber: string): Promise<string> {
  const [employer]: { id: string }[] = await manager.query(
    'SELECT id FROM employer WHERE region_code = $1 AND kvk_number = $2 AND merged_into_id IS NULL',
    [context.regionCode, kvkNumber],
  );
  if (!employer)
    throw new RowError('kvk_nummer', 'no employer with this KvK number in the region (import employers first)');
  return employer.id;
}

interface CurrentRow {
  id: string;
  row: Record<string, unknown>;
}

function lockRow(manager: EntityManager, sql: string, parameters: unknown[]): Promise<CurrentRow[]> {
  return manager.query(sql, parameters);
}

/** Writes only the fields that differ from what is stored, bumping the version; else leaves the row alone. */
async function updateChanged(
  manager: EntityManager,
  table: 'employer' | 'employer_contact' | 'vacancy',
  current: CurrentRow,
  fields: Record<string, unknown>,
  columnMap: Record<string, string>,
  onChange?: () => Promise<void>,
): Promise<RowOutcome> {
  const changed = Object.entries(fields).filter(
    ([field, value]) => columnMap[field] && JSON.stringify(current.row[columnMap[field]]) !== JSON.stringify(value),
  );
  if (changed.length === 0) return 'UNCHANGED';
  await manager.query(
    `UPDATE ${table} SET ${changed.map(([field], i) => `${columnMap[field]} = $${i + 2}`).join(', ')},
            version = version + 1, updated_at = now()
      WHERE id = $1`,
    [current.id, ...changed.map(([, value]) => value)],
  );
  await onChange?.();
  return 'UPDATED';
}

function columnsOf(fields: Record<string, unknown>, columnMap: Record<string, string>) {
  const entries = Object.entries(fields).filter(([field]) => columnMap[field]);
  return { columns: entries.map(([field]) => columnMap[field]), values: entries.map(([, value]) => value) };
}

function timeline(manager: EntityManager, employerId: string, context: ImportContext, kind: string, text: string) {
  return manager.query(
    'INSERT INTO employer_timeline_entry (employer_id, kind, text, author_id) VALUES ($1, $2, $3, $4)',
    [employerId, kind, text, context.userId],
  );
}
