// Imported first by main.ts: tracing must be running before the database driver is loaded.
import { startTracing } from '@wsp/platform/tracing';

startTracing('wsp-crm-api');
