import './tracing';
import 'reflect-metadata';
import { migrations } from '@wsp/migrations';
import { closeOnSignals, createApp, GRAPHQL_PATH, loadConfig, runMain } from '@wsp/platform';
import { ApiModule } from './api.module';
import { DemoDataService } from './demo/demo-data.service';

async function main(): Promise<void> {
  const config = loadConfig(process.env);
  const running = await createApp(config, (url) => ApiModule.forRoot(config, url), migrations);
  closeOnSignals(
    running,
    (message) => running.app.getHttpAdapter().getInstance().log.info(message),
    config.shutdownDrainMs,
  );
  if (config.seedDemo) await running.app.get(DemoDataService).seed();
  await running.app.listen({ host: config.http.host, port: config.http.port });

  const base = `http://${config.http.host === '0.0.0.0' ? 'localhost' : config.http.host}:${config.http.port}`;
  const lines = [
    `wsp-crm API ready in ${process.uptime().toFixed(1)} s`,
    `  Web app:  ${base}`,
    `  GraphQL:  ${base}${GRAPHQL_PATH}`,
    `  Health:   ${base}/health/ready`,
    ...(config.auth.mode === 'dev-issuer' ? ['  Token:    npm run wsp -- token accountmanager@uwv.demo'] : []),
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
}

runMain(main);
