import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity('municipality')
export class MunicipalityEntity {
  /** CBS code, e.g. GM0106 (Assen). */
  @PrimaryColumn('text')
  code!: string;

  @Column('text')
  name!: string;

  @Column('text', { name: 'region_code' })
  regionCode!: string;

  /** Centroid (WGS84), for travel distances between municipalities. */
  @Column('double precision')
  latitude!: number;

  @Column('double precision')
  longitude!: number;
}
