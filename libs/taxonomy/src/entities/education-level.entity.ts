import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A Dutch education level; `nlqf` decides whether a level meets a minimum. */
@Entity('education_level')
export class EducationLevelEntity {
  @PrimaryColumn('text')
  code!: string;

  @Column('text', { name: 'label_nl' })
  labelNl!: string;

  @Column('text', { name: 'label_en' })
  labelEn!: string;

  @Column('smallint', { name: 'sort_order' })
  sortOrder!: number;

  @Column('smallint')
  nlqf!: number;

  @Column('smallint')
  isced!: number;
}
