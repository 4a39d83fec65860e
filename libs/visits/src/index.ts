export * from './dto/visit.inputs';
export * from './dto/visit.models';
export * from './icalendar';
export * from './visit.service';
export * from './visits.module';
export { dutchTomorrow } from './follow-up-reminder.job';
