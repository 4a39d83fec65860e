import { TestApp } from '../support/test-app';

type Answer = {
  status: number;
  body: { data?: unknown; errors?: { message: string; extensions?: { code?: string } }[] };
};

/** Abuse limits of the GraphQL endpoint: each refusal is a client error with a code, before anything runs. */
describe('GraphQL limits', () => {
  let app: TestApp;
  let token: string;
  beforeAll(async () => {
    app = await TestApp.start({ GRAPHQL_MAX_COMPLEXITY: '40' });
    token = await app.tokenFor('accountmanager@uwv.demo');
  });
  afterAll(() => app.close());

  const send = async (
    body: string,
    init: { method?: string; contentType?: string; path?: string } = {},
  ): Promise<Answer> => {
    const response = await fetch(`${app.url}${init.path ?? '/graphql'}`, {
      method: init.method ?? 'POST',
      headers: { 'content-type': init.contentType ?? 'application/json', authorization: `Bearer ${token}` },
      body: init.method === 'GET' ? undefined : body,
    });
    return { status: response.status, body: (await response.json()) as Answer['body'] };
  };
  const query = (text: string, variables: Record<string, unknown> = {}) =>
    send(JSON.stringify({ query: text, variables }));
  const expectRefused = (answer: Answer, status: number, message: RegExp) => {
    expect(answer.status).toBe(status);
    expect(answer.body.data ?? null).toBeNull();
    expect(answer.body.errors).toEqual([
      expect.objectContaining({
        message: expect.stringMatching(message),
        extensions: expect.objectContaining({ code: 'BAD_USER_INPUT' }),
      }),
    ]);
  };

  it('refuses a query nested deeper than 12 levels', async () => {
    let selection = 'name';
    for (let depth = 0; depth < 7; depth++) selection = `fields { type { ${selection} } }`;
    expectRefused(await query(`{ __schema { types { ${selection} } } }`), 400, /depth/i);
  });

  it('refuses a query that costs more than the configured maximum, with the cost', async () => {
    const answer = await query(
      `{ ${Array.from({ length: 12 }, (_, i) => `m${i}: me { id displayName email }`).join(' ')} }`,
    );
    expect(answer.body.errors?.[0]).toMatchObject({
      message: expect.stringMatching(/^Query is too complex: \d+ \(maximum 40\)$/),
      extensions: { code: 'BAD_USER_INPUT' },
    });
  });

  it('costs a query with @include/@skip by its variables, every time', async () => {
    const fields = Array.from({ length: 12 }, (_, i) => `m${i}: me @include(if: $all) { id displayName email }`);
    const conditional = `query($all: Boolean!) { me { id } ${fields.join(' ')} }`;
    for (const all of [true, false, true]) {
      const answer = await query(conditional, { all });
      if (all) expect(answer.body.errors?.[0].message).toMatch(/^Query is too complex/);
      else expect(answer.body.errors).toBeUndefined();
    }
  });

  it('refuses more than 30 aliases in one operation', async () => {
    const aliased = (count: number) => `{ ${Array.from({ length: count }, (_, i) => `a${i}: __typename`).join(' ')} }`;
    expect((await query(aliased(30))).body.errors).toBeUndefined();
    expectRefused(await query(aliased(31)), 400, /^Too many aliases: at most 30 per operation$/);
  });

  it('takes one operation per request: a batch is refused', async () => {
    expectRefused(
      await send(JSON.stringify([{ query: '{ __typename }' }, { query: '{ __typename }' }])),
      400,
      /batch/i,
    );
  });

  it('changes nothing over GET, and refuses a request a browser could send cross-site without a preflight', async () => {
    const mutation = encodeURIComponent(
      'mutation { markNotificationRead(id: "00000000-0000-0000-0000-000000000000") { id } }',
    );
    expectRefused(
      await send('', { method: 'GET', path: `/graphql?query=${mutation}` }),
      405,
      /^Only queries may be sent with GET/,
    );
    expectRefused(
      await send(JSON.stringify({ query: '{ __typename }' }), { contentType: 'text/plain' }),
      400,
      /Cross-Site Request Forgery/,
    );
  });

  it('refuses a body over 1 MB with 413, without echoing it', async () => {
    const answer = await query('query($x: String) { __typename }', { x: 'K'.repeat(1_100_000) });
    expectRefused(answer, 413, /too large/i);
    expect(JSON.stringify(answer.body)).not.toContain('KKKK');
  });

  it('caps list sizes: asking for more than 200 is refused with the field', async () => {
    const answer = await query('{ employers(first: 201) { edges { node { id } } } }');
    expect(answer.body.errors?.[0]).toMatchObject({
      extensions: {
        code: 'BAD_USER_INPUT',
        fields: [{ field: 'first', message: 'first must not be greater than 200' }],
      },
    });
  });

  describe('media types (GraphQL over HTTP)', () => {
    const withAccept = (accept: string | undefined, query: string) =>
      fetch(`${app.url}/graphql`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          authorization: `Bearer ${token}`,
          ...(accept ? { accept } : {}),
        },
        body: JSON.stringify({ query }),
      });

    it('answers application/graphql-response+json when the client prefers it, with 400 for request errors', async () => {
      const ok = await withAccept('application/graphql-response+json, application/json;q=0.9', '{ me { id } }');
      expect(ok.status).toBe(200);
      expect(ok.headers.get('content-type')).toBe('application/graphql-response+json; charset=utf-8');
      expect(((await ok.json()) as { data: { me: { id: string } } }).data.me.id).toEqual(expect.any(String));

      const invalid = await withAccept('application/graphql-response+json', '{ me { noSuchField } }');
      expect(invalid.status).toBe(400);
      expect(invalid.headers.get('content-type')).toBe('application/graphql-response+json; charset=utf-8');
      expect(((await invalid.json()) as Answer['body']).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    });

    it('keeps application/json for clients that ask for it or for nothing, and refuses other types with 406', async () => {
      for (const accept of [undefined, 'application/json', '*/*']) {
        const response = await withAccept(accept, '{ me { id } }');
        expect(response.headers.get('content-type')).toMatch(/^application\/json/);
      }
      const refused = await withAccept('text/html', '{ me { id } }');
      expect(refused.status).toBe(406);
      expect(((await refused.json()) as Answer['body']).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    });
  });
});
