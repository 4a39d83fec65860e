import { Column, Entity, PrimaryColumn } from 'typeorm';

/** An ISCO-08 group: major (1 digit), sub-major (2), minor (3) or unit group (4). */
@Entity('occupation')
export class OccupationEntity {
  @PrimaryColumn('text')
  code!: string;

  @Column('smallint')
  level!: number;

  @Column('text', { name: 'parent_code', nullable: true })
  parentCode!: string | null;

  @Column('text', { name: 'title_en' })
  titleEn!: string;

  @Column('text', { name: 'title_nl' })
  titleNl!: string;
}
