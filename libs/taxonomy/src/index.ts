export * from './dto/taxonomy.models';
export * from './education-level.service';
export * from './occupation.service';
export * from './skill.service';
export * from './taxonomy.module';
export * from './entities/education-level.entity';
export * from './entities/occupation.entity';
export * from './entities/skill.entity';
