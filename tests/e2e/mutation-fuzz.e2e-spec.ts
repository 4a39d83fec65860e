import { Role } from '@wsp/platform';
import fc from 'fast-check';
import {
  buildSchema,
  getNamedType,
  GraphQLEnumType,
  GraphQLField,
  GraphQLInputObjectType,
  GraphQLInputType,
  GraphQLList,
  GraphQLNonNull,
  GraphQLObjectType,
  GraphQLScalarType,
} from 'graphql';
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createProfile } from '../factories/candidate-profile.factory';
import { createEmployer } from '../factories/employer.factory';
import { createUser, CreatedUser } from '../factories/user.factory';
import { TestApp } from '../support/test-app';
import { graphql } from '../gql';

/**
 * Property-based fuzzing of every mutation in the committed schema: generated variables (mostly well-typed with
 * hostile leaves: huge and odd unicode strings, NUL bytes, extreme numbers, impossible dates, unknown enum values,
 * wrong types, deep nesting) sent by users of each role. Never a 5xx or INTERNAL_SERVER_ERROR; a mutation that
 * fails changes no table. FUZZ_RUNS and FUZZ_SEED widen or vary the search (the seed is printed on failure).
 */
const RUNS_PER_MUTATION = Number(process.env.FUZZ_RUNS ?? 30);
const SEED = Number(process.env.FUZZ_SEED ?? 20261124);
/** Bookkeeping of the request itself, not a write of the mutation. */
const UNCOUNTED_TABLES = ['rate_limit_window'];

const schema = buildSchema(readFileSync(resolve(__dirname, '../../schema.gql'), 'utf8'));
const mutations = Object.values(schema.getMutationType()!.getFields());

/** Ids the generator draws from besides random ones: entities this test made, so successes touch nothing else. */
const knownIds: string[] = [];
/** Mutations that succeeded: proof that generated input gets past validation too. */
const succeeded = new Set<string>();

const HUGE = 'x'.repeat(100_000);
const strings: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.string({ maxLength: 30 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 30 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 30 }) },
  { weight: 2, arbitrary: fc.stringMatching(/^\d{1,12}$/) },
  {
    weight: 3,
    arbitrary: fc.constantFrom(
      '',
      ' ',
      '\u0000',
      'a\u0000b',
      '\uD800',
      '\u202Egnp.exe',
      '\u200B',
      '💼'.repeat(500),
      HUGE,
      "'; DROP TABLE employer; --",
      '<script>alert(1)</script>',
      '../../etc/passwd',
      'GM0014',
      'GM0106',
      '8344',
      '4711',
      'nl',
      'B',
      'https://example.nl',
      'info@example.nl',
      '2026-12-01',
    ),
  },
);
/** Valid values by input field name, so that generated input also gets past validation into the services. */
const FIELD_HINTS: Record<string, fc.Arbitrary<string>> = {
  kvkNumber: fc.stringMatching(/^[1-9]\d{7}$/),
  establishmentNumber: fc.stringMatching(/^\d{12}$/),
  email: fc.constantFrom('iemand@example.nl', 'a.b@gemeente.example'),
  phone: fc.constantFrom('050 123 4567', '+31 50 1234567'),
  postcode: fc.constantFrom('9712 AB', '9712AB'),
  houseNumber: fc.constantFrom('12', '1a'),
  website: fc.constantFrom('https://example.nl'),
  regionCode: fc.constantFrom('GRONINGEN'),
  municipalityCode: fc.constantFrom('GM0014', 'GM0106'),
  occupationCode: fc.constantFrom('8344', '9333'),
  occupationCodes: fc.constantFrom('8344', '9333'),
  sbiCodes: fc.constantFrom('4711', '52'),
  skillCodes: fc.constantFrom('TRV-01'),
  educationLevel: fc.constantFrom('MBO_2', 'HBO'),
  minEducationLevel: fc.constantFrom('MBO_2'),
  languages: fc.constantFrom('nl', 'en'),
  drivingLicences: fc.constantFrom('B', 'C'),
  availableFrom: fc.constantFrom('2027-01', '2026-12'),
  wwEndMonth: fc.constantFrom('2027-03'),
  startDate: fc.constantFrom('2027-01-15'),
  closingDate: fc.constantFrom('2027-02-01'),
  dueOn: fc.constantFrom('2027-01-10'),
  nextContactOn: fc.constantFrom('2027-01-20'),
  from: fc.constantFrom('2027-01-12T09:00:00Z'),
  to: fc.constantFrom('2027-01-12T10:00:00Z'),
};
const text = fc.constantFrom('Testbedrijf B.V.', 'Heftruckchauffeur', 'Overleg met HR over instroom', 'Ja');
const ints = fc.oneof(
  fc.integer({ min: -3, max: 60 }),
  fc.constantFrom(0, -1, 2147483647, -2147483648, 2147483648, 1e15),
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
);
const floats = fc.oneof(
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.constantFrom(0, -0, -1, 1e308, 5e-324, 52.2, 6.5),
);
const dates = fc.oneof(
  fc.date({ noInvalidDate: true }).map((date) => date.toISOString()),
  fc.constantFrom(
    '2026-13-45T00:00:00Z',
    '0000-01-01T00:00:00Z',
    '+275760-09-13T00:00:00.000Z',
    '1970-01-01',
    'gisteren',
  ),
  strings,
);
const ids = fc.oneof(
  { weight: 3, arbitrary: fc.nat().map((i) => knownIds[i % knownIds.length] ?? randomUUID()) },
  fc.uuid(),
  strings,
);
/** A value of no particular type: anything JSON can carry, and deep nesting. */
const hostile: fc.Arbitrary<unknown> = fc.oneof(
  fc.constant(null),
  fc.jsonValue({ maxDepth: 3 }),
  fc.integer({ min: 50, max: 3000 }).map((depth) => nest(depth)),
  strings,
);

function nest(depth: number): unknown {
  let value: unknown = 'bodem';
  for (let i = 0; i < depth; i++) value = i % 2 ? [value] : { a: value };
  return value;
}

/** Mostly a value of `type`; sometimes (more often at the top than deep inside an input) anything at all. */
function valueOf(type: GraphQLInputType, depth = 0, field = ''): fc.Arbitrary<unknown> {
  const typed =
    type instanceof GraphQLNonNull ? nullableValueOf(type.ofType, depth, field) : nullableValueOf(type, depth, field);
  return fc.oneof({ weight: depth === 0 ? 12 : 40, arbitrary: typed }, { weight: 1, arbitrary: hostile });
}

function nullableValueOf(type: GraphQLInputType, depth: number, field: string): fc.Arbitrary<unknown> {
  if (type instanceof GraphQLList) {
    return fc.array(valueOf(type.ofType, depth + 1, field), { maxLength: depth > 1 ? 1 : 4 });
  }
  if (type instanceof GraphQLEnumType) {
    return fc.oneof({ weight: 6, arbitrary: fc.constantFrom(...type.getValues().map((v) => v.name)) }, strings);
  }
  if (type instanceof GraphQLInputObjectType) {
    const fields = Object.values(type.getFields());
    return fc.record(
      Object.fromEntries(
        fields.map((field) => [
          field.name,
          field.type instanceof GraphQLNonNull
            ? valueOf(field.type, depth + 1, field.name)
            : fc.option(valueOf(field.type, depth + 1, field.name), { nil: undefined, freq: 2 }),
        ]),
      ),
    );
  }
  const scalar = (type as GraphQLScalarType).name;
  switch (scalar) {
    case 'ID':
      return ids;
    case 'Int':
      return ints;
    case 'Float':
      return floats;
    case 'Boolean':
      return fc.boolean();
    case 'DateTime':
      return dates;
    default: // String and string-like custom scalars
      return fc.oneof({ weight: 3, arbitrary: FIELD_HINTS[field] ?? text }, { weight: 1, arbitrary: strings });
  }
}

function operationOf(field: GraphQLField<unknown, unknown>): string {
  const variables = field.args.map((arg) => `$${arg.name}: ${arg.type.toString()}`).join(', ');
  const args = field.args.map((arg) => `${arg.name}: $${arg.name}`).join(', ');
  const selection = getNamedType(field.type) instanceof GraphQLObjectType ? ' { __typename }' : '';
  return `mutation${variables ? `(${variables})` : ''} { ${field.name}${args ? `(${args})` : ''}${selection} }`;
}

describe('every mutation under generated input', () => {
  let app: TestApp;
  let actors: CreatedUser[];
  let countTables: () => Promise<Record<string, number>>;

  beforeAll(async () => {
    app = await TestApp.start({ RUN_WORKERS: 'false' });
    actors = [
      await createUser(app.dataSource, { roles: [Role.ADMIN] }),
      await createUser(app.dataSource, { roles: [Role.ACCOUNT_MANAGER] }),
      await createUser(app.dataSource, { roles: [Role.JOB_COACH] }),
      await createUser(app.dataSource, { roles: [Role.REGIONAL_DIRECTOR] }),
      await createUser(app.dataSource, { organisation: 'groningen', roles: [Role.ACCOUNT_MANAGER, Role.JOB_COACH] }),
    ];
    const employer = await createEmployer(app, actors[1].email);
    const profile = await createProfile(app, actors[2].email);
    knownIds.push(employer.id, profile.id, ...actors.map((actor) => actor.id));

    const tables: { name: string }[] = await app.dataSource.query(
      `SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' AND NOT tablename = ANY($1) ORDER BY 1`,
      [UNCOUNTED_TABLES],
    );
    const sql = `SELECT json_build_object(${tables.map((t) => `'${t.name}', (SELECT count(*) FROM "${t.name}")`).join(', ')}) AS counts`;
    countTables = async () => ((await app.dataSource.query(sql)) as { counts: Record<string, number> }[])[0].counts;
  });
  afterAll(() => app?.close());

  const restoreActors = () =>
    app.dataSource.query(
      `UPDATE app_user u SET subject = a.subject, email = a.email
         FROM jsonb_to_recordset($1) AS a(id uuid, subject text, email text) WHERE u.id = a.id`,
      [JSON.stringify(actors.map(({ id, subject, email }) => ({ id, subject, email })))],
    );

  it('refuses a NUL character (which PostgreSQL cannot store) as bad input naming the field', async () => {
    const before = await countTables();
    const response = await app.graphql(
      graphql(`
        mutation MutationFuzzCreateEmployer($input: CreateEmployerInput!) {
          createEmployer(input: $input) {
            id
          }
        }
      `),
      { input: { kvkNumber: '44970050', legalName: 'Bakkerij B.V.', municipalityCode: 'GM0014', street: 'a\u0000b' } },
      { as: actors[1].email },
    );
    expect(response.errors?.[0].extensions).toEqual({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'input.street', message: expect.stringContaining('NUL') }],
    });
    expect(await countTables()).toEqual(before);
  });

  it('covers every mutation of the schema', () => {
    expect(mutations.length).toBeGreaterThanOrEqual(37);
  });

  it.each(mutations.map((field) => [field.name, field] as const))(
    '%s: no server error, no partial write',
    async (_name, field) => {
      const query = operationOf(field);
      const cases = fc.tuple(
        fc.nat({ max: 4 }),
        fc.record(Object.fromEntries(field.args.map((arg) => [arg.name, valueOf(arg.type)]))),
      );
      await fc.assert(
        fc.asyncProperty(cases, async ([actor, variables]) => {
          const before = await countTables();
          const response = await app.graphql(query, variables, { as: actors[actor].email });
          expect(response.status).toBeLessThan(500);
          const codes = (response.errors ?? []).map((error) => error.extensions?.code);
          expect(codes).not.toContain('INTERNAL_SERVER_ERROR');
          expect(codes).not.toContain(undefined);
          if (response.errors?.length) expect(await countTables()).toEqual(before);
          else succeeded.add(field.name);
          // updateUser may give an actor (their ids are among the known ones) another e-mail or subject, by which
          // the next case signs in: they get their own back.
          if (field.name === 'updateUser') await restoreActors();
        }),
        { numRuns: RUNS_PER_MUTATION, seed: SEED + field.name.length, endOnFailure: true },
      );
    },
  );

  it('gets past input validation too (the generator is not only noise)', () => {
    expect(succeeded.size).toBeGreaterThanOrEqual(5);
  });
});
