export * from './notification.models';
export * from './notification.service';
export * from './notifications.module';
export { DEFAULT_DELIVERY } from './notification-preferences';
