export * from './dto/handover.inputs';
export * from './dto/handover.models';
export * from './handover.service';
export * from './placements.module';
export * from './proposal-lifecycle';
export * from './reports/dto/report.inputs';
export * from './reports/dto/report.models';
