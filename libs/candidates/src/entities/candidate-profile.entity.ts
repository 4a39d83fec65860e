import { VersionedEntity } from '@wsp/platform';
import { Column, Entity } from 'typeorm';

/**
 * What a person seeks and can do, never who they are: there is no column for a name, BSN, birth date,
 * address, phone, e-mail or client number. `ownerReference` is the keyed hash of the owner's client number.
 */
@Entity('candidate_profile')
export class CandidateProfileEntity extends VersionedEntity {
  @Column('text', { name: 'public_code' })
  publicCode!: string;

  @Column('uuid', { name: 'owner_organisation_id' })
  ownerOrganisationId!: string;

  @Column('text')
  pool!: 'UWV' | 'MUNICIPALITY';

  @Column('text', { name: 'region_code' })
  regionCode!: string;

  @Column('uuid', { name: 'coach_id' })
  coachId!: string;

  @Column('bytea', { name: 'owner_reference', nullable: true, select: false })
  ownerReference!: Buffer | null;

  /** The fingerprint of the secret that made `ownerReference` (see ClientReferenceHasher.keyId). */
  @Column('text', { name: 'owner_reference_key', nullable: true, select: false })
  ownerReferenceKey!: string | null;

  @Column('text', { name: 'occupation_codes', array: true })
  occupationCodes!: string[];

  @Column('text', { name: 'skill_codes', array: true })
  skillCodes!: string[];

  @Column('text', { name: 'education_level', nullable: true })
  educationLevel!: string | null;

  @Column('text', { name: 'experience_band', nullable: true })
  experienceBand!: string | null;

  @Column('smallint', { name: 'hours_min', nullable: true })
  hoursMin!: number | null;

  @Column('smallint', { name: 'hours_max', nullable: true })
  hoursMax!: number | null;

  /** The candidate can work other hours than their range: matching's minimum overlap of hours does not apply. */
  @Column('boolean', { name: 'hours_flexible', default: false })
  hoursFlexible!: boolean;

  /** First day of the month from which the candidate is available. */
  @Column('date', { name: 'available_from', nullable: true })
  availableFrom!: string | null;

  @Column('text', { name: 'municipality_code' })
  municipalityCode!: string;

  @Column('smallint', { name: 'travel_radius_km' })
  travelRadiusKm!: number;

  @Column('text', { name: 'driving_licences', array: true })
  drivingLicences!: string[];

  @Column('text', { array: true })
  languages!: string[];

  @Column('text', { name: 'target_groups', array: true })
  targetGroups!: string[];

  /** First day of the month the WW benefit ends (Max-WW). */
  @Column('date', { name: 'ww_end_month', nullable: true })
  wwEndMonth!: string | null;

  /** The day the target group MAX_WW came: the cohort is its month. Kept by a trigger (migration 24). */
  @Column({ type: 'date', name: 'max_ww_since', nullable: true, insert: false, update: false })
  maxWwSince!: string | null;

  /** The first working day while PLACED. Kept by a trigger; a placement sets it to its start date. */
  @Column({ type: 'date', name: 'work_started_on', nullable: true, insert: false, update: false })
  workStartedOn!: string | null;

  @Column('text', { name: 'age_band', nullable: true })
  ageBand!: string | null;

  @Column('text', { nullable: true })
  pitch!: string | null;

  /** Owner-only. */
  @Column('text', { name: 'internal_note', nullable: true })
  internalNote!: string | null;

  @Column('text', { name: 'legal_basis' })
  legalBasis!: string;

  @Column('timestamptz', { name: 'legal_basis_recorded_at' })
  legalBasisRecordedAt!: Date;

  @Column('uuid', { name: 'legal_basis_recorded_by' })
  legalBasisRecordedBy!: string;

  @Column('date', { name: 'expires_on' })
  expiresOn!: string;

  @Column('text')
  status!: 'ACTIVE' | 'PAUSED' | 'PLACED';

  @Column('uuid', { name: 'created_by' })
  createdBy!: string;
}
