import { RegionSetupRepository, SetupError } from '@wsp/directory';
import { AppConfig, issuerForUser } from '@wsp/platform';
import { parseArgs } from 'node:util';
import { DataSource } from 'typeorm';

export const FIRST_DAY_COMMANDS = ['add-organisation', 'add-admin', 'list-organisations'] as const;
export type FirstDayCommand = (typeof FIRST_DAY_COMMANDS)[number];

export const FIRST_DAY_USAGE = `  add-organisation --kind UWV|MUNICIPALITY --name <name> --slug <slug> --region <code>
                   [--region <code> ...] [--municipality <GMxxxx> ...]
                  add a partner organisation, or add what is missing to it (idempotent)
  add-admin --organisation <slug> --email <e-mail> --name <name> --subject <sub> [--issuer <url>]
                  add the organisation's first administrator: the subject (\`sub\`) of their account at
                  the organisation's identity provider; --issuer chooses the provider when several may
                  sign in people of the organisation (idempotent)
  list-organisations
                  every organisation with its regions, municipalities, users and administrators`;

/** Where a command writes: its result to `out`, progress and refusals to `err`. */
export interface Output {
  out(line: string): void;
  err(line: string): void;
}

class UsageError extends Error {}

/** Runs one of the first-day commands; the exit code: 0 done, 1 refused (with why), 2 wrong usage. */
export async function runFirstDayCommand(
  command: FirstDayCommand,
  args: string[],
  dataSource: DataSource,
  config: AppConfig,
  output: Output,
): Promise<number> {
  const setup = new RegionSetupRepository(dataSource);
  try {
    if (command === 'list-organisations') {
      for (const o of await setup.listOrganisations()) {
        output.out(
          [
            o.slug,
            o.kind,
            o.name,
            o.regions.join(','),
            o.municipalities.join(','),
            `${o.users} users`,
            `${o.admins} admins`,
          ].join('\t'),
        );
      }
      return 0;
    }
    if (command === 'add-organisation') {
      const values = options(args, { kind: false, name: false, slug: false, region: true, municipality: true });
      const kind = required(values, 'kind');
      if (kind !== 'UWV' && kind !== 'MUNICIPALITY') throw new UsageError('--kind must be UWV or MUNICIPALITY');
      const slug = required(values, 'slug');
      if (!/^[a-z0-9-]{2,40}$/.test(slug)) throw new UsageError('--slug: 2 to 40 of a-z, 0-9 and -, e.g. assen');
      const regions = list(values, 'region');
      if (regions.length === 0) throw new UsageError('--region: at least one labour market region, e.g. DRENTHE');
      const result = await setup.addOrganisation({
        kind,
        name: text(values, 'name', 200),
        slug,
        regions,
        municipalities: list(values, 'municipality'),
      });
      output.err(describe('organisation', slug, result));
      output.out(result.id);
      return 0;
    }
    const values = options(args, { organisation: false, email: false, name: false, subject: false, issuer: false });
    const email = required(values, 'email');
    if (!/^[^@\s]+@[^@\s]+$/.test(email)) throw new UsageError('--email must be an e-mail address');
    const organisation = required(values, 'organisation');
    const issuer = issuerForUser(config.auth.providers, organisation, values.issuer as string | undefined);
    if ('problem' in issuer) throw new SetupError(issuer.problem.replace(/^issuer/, '--issuer'));
    const result = await setup.addAdmin({
      organisation,
      email,
      name: text(values, 'name', 200),
      subject: text(values, 'subject', 255),
      issuer: issuer.issuer,
    });
    output.err(describe('administrator', email, result));
    output.out(result.id);
    return 0;
  } catch (error) {
    if (error instanceof UsageError) {
      output.err(`${command}: ${error.message}\n${FIRST_DAY_USAGE}`);
      return 2;
    }
    if (error instanceof SetupError) {
      output.err(`${command}: ${error.message}`);
      return 1;
    }
    throw error;
  }
}

type Values = Record<string, string | string[] | boolean | undefined>;

function options(args: string[], spec: Record<string, boolean>): Values {
  try {
    return parseArgs({
      args,
      options: Object.fromEntries(Object.entries(spec).map(([name, multiple]) => [name, { type: 'string', multiple }])),
      strict: true,
      allowPositionals: false,
    }).values as Values;
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
}

function required(values: Values, name: string): string {
  const value = values[name];
  if (typeof value !== 'string' || !value.trim()) throw new UsageError(`--${name} is required`);
  return value.trim();
}

function text(values: Values, name: string, max: number): string {
  const value = required(values, name);
  if (value.length > max) throw new UsageError(`--${name}: at most ${max} characters`);
  return value;
}

function list(values: Values, name: string): string[] {
  const value = values[name];
  return [...new Set((Array.isArray(value) ? value : []).map((item) => item.trim().toUpperCase()))];
}

function describe(what: string, name: string, result: { created: boolean; changed: string[] }): string {
  if (result.created) return `Added ${what} ${name}`;
  return result.changed.length > 0
    ? `${what} ${name} was there; updated: ${result.changed.join(', ')}`
    : `${what} ${name} was there already: nothing changed`;
}
