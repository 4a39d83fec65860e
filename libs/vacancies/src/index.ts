export * from './dto/vacancy.models';
export * from './entities/vacancy.entity';
export * from './vacancies.module';
export * from './vacancy-lifecycle';
export * from './vacancy.service';
export * from './dto/vacancy.inputs';
export * from './vacancy-import';
