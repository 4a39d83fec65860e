export * from './dto/handover.inputs';
export * from './dto/handover.models';
export * from './handover.service';
export * from './placements.module';
export * from './proposal-lifecycle';
