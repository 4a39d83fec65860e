import { Global, Module } from '@nestjs/common';
import { AppMetrics } from './app-metrics';
import { MetricsController } from './metrics.controller';
import { RuntimeGauges } from './runtime-gauges';

/** Prometheus metrics of this process at `/metrics` (see OPERATIONS.md for what each one means). */
@Global()
@Module({
  controllers: [MetricsController],
  providers: [AppMetrics, RuntimeGauges],
  exports: [AppMetrics],
})
export class MetricsModule {}
