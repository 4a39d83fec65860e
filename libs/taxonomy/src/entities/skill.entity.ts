import { Column, Entity, PrimaryColumn } from 'typeorm';

export type SkillKind = 'TRANSVERSAL' | 'OCCUPATIONAL';

@Entity('skill')
export class SkillEntity {
  @PrimaryColumn('text')
  code!: string;

  @Column('text')
  kind!: SkillKind;

  @Column('text', { name: 'label_nl' })
  labelNl!: string;

  @Column('text', { name: 'label_en' })
  labelEn!: string;
}
