import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity('labour_market_region')
export class LabourMarketRegionEntity {
  @PrimaryColumn('text')
  code!: string;

  @Column('text')
  name!: string;
}
