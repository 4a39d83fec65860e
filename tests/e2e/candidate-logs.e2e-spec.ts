import { DEV_AUDIENCE, DEV_ISSUER, DevIssuer } from '@wsp/platform';
import { resolve } from 'node:path';
import { profileInput } from '../factories/candidate-profile.factory';
import { randomPort, spawnApp, SpawnedApp } from '../support/spawned-app';
import { TEST_DATA_DIR } from '../support/test-database';

const PORT = randomPort();
const CLIENT_NUMBER = 'LOGTEST-5550123';
/** Everything identifying that the requests below carry; none of it may reach a log line. */
const SECRETS = [
  CLIENT_NUMBER,
  '5550123',
  '123456782',
  'pietje.puk',
  'voorbeeld.nl',
  '6 12345678',
  'NL91ABNA0417164300',
];

/**
 * The built API at the most verbose log level, fed profile mutations that carry personal data (refused) and a
 * client number (hashed): its whole output must hold none of it.
 */
describe('logs of candidate profile requests', () => {
  let api: SpawnedApp;
  let token: string;

  const graphql = async (query: string, variables: Record<string, unknown>) => {
    const response = await fetch(`http://127.0.0.1:${PORT}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query, variables }),
    });
    return (await response.json()) as { data?: Record<string, { id: string; version: number }>; errors?: unknown[] };
  };
  const create = (input: Record<string, unknown>) =>
    graphql('mutation($input: CreateCandidateProfileInput!) { createCandidateProfile(input: $input) { id version } }', {
      input,
    });

  beforeAll(async () => {
    api = await spawnApp('api', 'API ready', {
      PORT: String(PORT),
      LOG_LEVEL: 'trace',
      RUN_WORKERS: 'false',
    });
    const issuer = await DevIssuer.load(resolve(TEST_DATA_DIR, 'dev-issuer-key.json'), DEV_ISSUER, DEV_AUDIENCE);
    token = await issuer.sign('demo|jobcoach@uwv.demo');
  }, 40_000);

  afterAll(() => api.stop());

  it('writes the request id on every log line of a request, and answers with it', async () => {
    const requestId = '0b9e3c55-1d2f-4a6b-9c8d-7e6f5a4b3c2d';
    const response = await fetch(`http://127.0.0.1:${PORT}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, 'x-request-id': requestId },
      body: JSON.stringify({ query: '{ vacancy(id: "00000000-0000-4000-8000-000000000000") { id } }' }),
    });
    expect(response.headers.get('x-request-id')).toBe(requestId);
    expect(((await response.json()) as { errors: { extensions: { code: string } }[] }).errors[0].extensions.code).toBe(
      'NOT_FOUND',
    );
    await new Promise((r) => setTimeout(r, 200)); // let the log lines of the response reach the pipe
    const lines = api
      .output()
      .split('\n')
      .filter((line) => line.includes(requestId))
      .map((line) => JSON.parse(line) as { requestId?: string; msg: string; code?: string });
    // Fastify's request lines and the application's own line from inside the request (the error it returned)
    expect(lines.map((line) => line.msg)).toEqual(
      expect.arrayContaining(['incoming request', 'GraphQL error returned', 'request completed']),
    );
    expect(lines.find((line) => line.msg === 'GraphQL error returned')?.code).toBe('NOT_FOUND');
    for (const line of lines) expect(line.requestId).toBe(requestId);
  });

  it('holds no client number and no refused personal data', async () => {
    const created = await create(profileInput({ clientNumber: CLIENT_NUMBER }));
    expect(created.errors).toBeUndefined();
    const { id, version } = created.data!.createCandidateProfile;

    const refused = await Promise.all([
      create(profileInput({ clientNumber: CLIENT_NUMBER })),
      create(profileInput({ pitch: 'Kandidaat 123456782 zoekt werk' })),
      create(profileInput({ internalNote: 'mail pietje.puk@voorbeeld.nl' })),
      create(profileInput({ clientNumber: CLIENT_NUMBER, hoursMin: 'veertig' })),
      create({ clientNumber: CLIENT_NUMBER }),
      graphql('mutation($input: UpdateCandidateProfileInput!) { updateCandidateProfile(input: $input) { id } }', {
        input: { id, version, pitch: 'Bel +31 6 12345678 of NL91ABNA0417164300' },
      }),
    ]);
    for (const response of refused) expect(response.errors?.length).toBeGreaterThan(0);
    for (const response of refused)
      for (const secret of SECRETS) expect(JSON.stringify(response)).not.toContain(secret);

    const found = await graphql('query($n: String!) { candidateProfileByClientNumber(clientNumber: $n) { id } }', {
      n: CLIENT_NUMBER,
    });
    expect(found.data?.candidateProfileByClientNumber.id).toBe(id);

    await api.stop();
    const output = api.output();
    expect(output).toMatch(/"path":"\/graphql"/); // requests were logged at all
    for (const secret of SECRETS) expect(output).not.toContain(secret);
  });
});
