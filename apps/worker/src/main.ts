import './tracing';
import 'reflect-metadata';
import { migrations } from '@wsp/migrations';
import { closeOnSignals, createApp, loadConfig, runMain } from '@wsp/platform';
import { WorkerModule } from './worker.module';

async function main(): Promise<void> {
  const config = loadConfig(process.env);
  const running = await createApp(config, (url) => WorkerModule.forRoot(config, url), migrations);
  closeOnSignals(
    running,
    (message) => running.app.getHttpAdapter().getInstance().log.info(message),
    config.shutdownDrainMs,
  );
  await running.app.listen({ host: config.http.host, port: config.http.port });
  process.stdout.write(`wsp-crm worker ready; health on port ${config.http.port}\n`);
}

runMain(main);
