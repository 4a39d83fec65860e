import { VersionedEntity } from '@wsp/platform';
import { Column, Entity } from 'typeorm';

export type SizeClass = 'MICRO' | 'SMALL' | 'MEDIUM' | 'LARGE';

/** An employer account in the shared employer book of one labour market region. */
@Entity('employer')
export class EmployerEntity extends VersionedEntity {
  @Column('text', { name: 'region_code' })
  regionCode!: string;

  /** Chamber of Commerce number: 8 digits, unique per region. */
  @Column('text', { name: 'kvk_number' })
  kvkNumber!: string;

  @Column('text', { name: 'establishment_number', nullable: true })
  establishmentNumber!: string | null;

  @Column('text', { name: 'legal_name' })
  legalName!: string;

  @Column('text', { name: 'trade_name', nullable: true })
  tradeName!: string | null;

  @Column('text', { name: 'sbi_codes', array: true })
  sbiCodes!: string[];

  @Column('text', { name: 'size_class', nullable: true })
  sizeClass!: SizeClass | null;

  @Column('text', { nullable: true })
  street!: string | null;

  @Column('text', { name: 'house_number', nullable: true })
  houseNumber!: string | null;

  @Column('text', { nullable: true })
  postcode!: string | null;

  @Column('text', { nullable: true })
  city!: string | null;

  @Column('text', { name: 'municipality_code', nullable: true })
  municipalityCode!: string | null;

  @Column('text', { nullable: true })
  website!: string | null;

  /** "Grote opdrachtgever": visited jointly, with a lead account manager. */
  @Column('boolean', { name: 'key_account' })
  keyAccount!: boolean;

  @Column('uuid', { name: 'created_by' })
  createdBy!: string;

  /** Set when this account was merged into another: a tombstone pointing to the account that was kept. */
  @Column('uuid', { name: 'merged_into_id', nullable: true })
  mergedIntoId!: string | null;

  @Column('uuid', { name: 'merged_by', nullable: true })
  mergedBy!: string | null;

  @Column('timestamptz', { name: 'merged_at', nullable: true })
  mergedAt!: Date | null;
}
