import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { DemoSeedService, RegionSetupRepository } from '@wsp/directory';
import { migrations } from '@wsp/migrations';
import { clientReferenceReport } from '@wsp/candidates';
import {
  ClientReferenceHasher,
  runMain,
  DatabaseRuntime,
  dataSourceOptions,
  DevIssuer,
  loadConfig,
  runMigrations,
} from '@wsp/platform';
import { DataSource } from 'typeorm';
import { FIRST_DAY_COMMANDS, FIRST_DAY_USAGE, FirstDayCommand, runFirstDayCommand } from './first-day';

const USAGE = `Usage: npm run wsp -- <command>
  token <email>   print a development token for that user (last line of stdout)
  seed-demo       create the demo region, organisations and users (idempotent)
  migrate         apply pending database migrations
  client-references
                  profiles with a client number per organisation and per secret that made the reference
                  (during a rotation: the previous secret can go once none is left on it)
${FIRST_DAY_USAGE}`;

const COMMANDS = ['token', 'seed-demo', 'migrate', 'client-references', ...FIRST_DAY_COMMANDS];

/** Operator commands. Progress goes to stderr, so stdout carries only the result. */
async function main(argv: string[]): Promise<number> {
  Logger.overrideLogger(['error', 'warn']);
  const [command, ...args] = argv;
  if (!command || !COMMANDS.includes(command)) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  const config = loadConfig(process.env);
  const database = await DatabaseRuntime.start(config);
  try {
    if (command === 'migrate' || database.isEmbedded) {
      const applied = await runMigrations(config, database.url, migrations);
      process.stderr.write(applied.length ? `Applied migrations: ${applied.join(', ')}\n` : 'Database is up to date\n');
      if (command === 'migrate') return 0;
    }
    const dataSource = await new DataSource(dataSourceOptions(config, database.url, migrations)).initialize();
    try {
      if (command === 'seed-demo') {
        const { users } = await new DemoSeedService(dataSource).seed();
        process.stderr.write(`Demo data present (${users} demo users)\n`);
        return 0;
      }
      if ((FIRST_DAY_COMMANDS as readonly string[]).includes(command)) {
        return await runFirstDayCommand(command as FirstDayCommand, args, dataSource, config, {
          out: (line) => process.stdout.write(`${line}\n`),
          err: (line) => process.stderr.write(`${line}\n`),
        });
      }
      if (command === 'client-references') {
        for (const { organisation, secret, profiles } of await clientReferenceReport(
          dataSource,
          new ClientReferenceHasher(config),
        )) {
          process.stdout.write(`${organisation}\t${secret}\t${profiles}\n`);
        }
        return 0;
      }
      return await printToken(config, dataSource, args[0]);
    } finally {
      await dataSource.destroy();
    }
  } finally {
    await database.stop();
  }
}

async function printToken(
  config: ReturnType<typeof loadConfig>,
  dataSource: DataSource,
  email: string | undefined,
): Promise<number> {
  if (config.auth.mode !== 'dev-issuer') {
    process.stderr.write('The development issuer is off (AUTH_DEV_ISSUER=false): get tokens from your OIDC provider\n');
    return 1;
  }
  if (!email) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  const user = await new RegionSetupRepository(dataSource).userByEmail(email);
  if (!user) {
    process.stderr.write(
      `No user with e-mail ${email}. Demo users look like accountmanager@uwv.demo (run seed-demo first)\n`,
    );
    return 1;
  }
  if (!user.active) process.stderr.write(`Warning: ${email} is deactivated; the API will refuse this token\n`);
  const [provider] = config.auth.providers;
  const issuer = await DevIssuer.load(config.auth.keyFile, provider.issuer, provider.audience);
  process.stdout.write(`${await issuer.sign(user.subject)}\n`);
  return 0;
}

runMain(() => main(process.argv.slice(2)));
