import { VersionedEntity } from '@wsp/platform';
import { Column, Entity } from 'typeorm';
import { VacancyStatus } from '../vacancy-lifecycle';

export type ContractType = 'PERMANENT' | 'TEMPORARY' | 'TEMP_AGENCY' | 'APPRENTICESHIP' | 'INTERNSHIP' | 'OTHER';

@Entity('vacancy')
export class VacancyEntity extends VersionedEntity {
  @Column('uuid', { name: 'employer_id' })
  employerId!: string;

  /** The employer's region; copied so region-scoped lists need no join. */
  @Column('text', { name: 'region_code' })
  regionCode!: string;

  @Column('text')
  title!: string;

  /** ISCO-08 unit group. */
  @Column('text', { name: 'occupation_code' })
  occupationCode!: string;

  @Column('text', { name: 'min_education_level', nullable: true })
  minEducationLevel!: string | null;

  @Column('smallint', { name: 'hours_min' })
  hoursMin!: number;

  @Column('smallint', { name: 'hours_max' })
  hoursMax!: number;

  @Column('text', { name: 'municipality_code' })
  municipalityCode!: string;

  @Column('text', { name: 'contract_type' })
  contractType!: ContractType;

  @Column('date', { name: 'start_date', nullable: true })
  startDate!: string | null;

  @Column('date', { name: 'closing_date', nullable: true })
  closingDate!: string | null;

  @Column('smallint')
  positions!: number;

  @Column('text', { name: 'driving_licences', array: true })
  drivingLicences!: string[];

  @Column('text', { array: true })
  languages!: string[];

  /** Suitable for the jobs agreement (banenafspraak). */
  @Column('boolean', { name: 'jobs_agreement' })
  jobsAgreement!: boolean;

  /** The work can be done from home: candidates are not held to their travel radius. */
  @Column('boolean', { name: 'remote_work', default: false })
  remoteWork!: boolean;

  @Column('text', { nullable: true })
  description!: string | null;

  @Column('uuid', { name: 'owner_organisation_id' })
  ownerOrganisationId!: string;

  @Column('uuid', { name: 'account_manager_id' })
  accountManagerId!: string;

  /** The owner's own reference for this vacancy (its system, or an import). */
  @Column('text', { name: 'external_reference', nullable: true })
  externalReference!: string | null;

  @Column('text')
  status!: VacancyStatus;
}
