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
    // A request error leaves `data` out: nothing was executed.
    expect(answer.body).not.toHaveProperty('data');
    expect(answer.body.errors).toEqual([
      expect.objectContaining({
        message: expect.stringMatching(message),
        extensions: expect.objectContaining({ code: 'BAD_USER_INPUT' }),
      }),
    ]);
  };

  it('refuses a query nested deeper than 12 levels, saying it is the depth', async () => {
    let selection = 'id';
    for (let depth = 0; depth < 6; depth++) selection = `suggestions { vacancy { ${selection} } }`;
    expectRefused(
      await query(`{ vacancy(id: "00000000-0000-4000-8000-000000000000") { ${selection} } }`),
      400,
      /^Query is too deep: 14 levels \(maximum 12\)$/,
    );
  });

  it('stops parsing a query of 300,000 fields (1 MB) at the token limit, before any work', async () => {
    const huge = `{ ${'a '.repeat(300_000)}}`;
    expectRefused(await send(JSON.stringify({ query: huge })), 400, /contains more th\w+ 5000 tokens/);
  });

  it('refuses a query, variables or extensions of the wrong JSON type as a request error naming it', async () => {
    for (const [body, field] of [
      [{ query: 1 }, 'query'],
      [{ query: true }, 'query'],
      [{ query: '{ __typename }', variables: 5 }, 'variables'],
      [{ query: '{ __typename }', operationName: 7 }, 'operationName'],
      [{ query: '{ __typename }', extensions: 'x' }, 'extensions'],
    ] as const) {
      const answer = await send(JSON.stringify(body));
      expectRefused(answer, 400, new RegExp(`${field} must be`));
      expect(answer.body.errors?.[0].extensions).toMatchObject({ fields: [{ field }] });
    }
    const nullExtensions = await send(JSON.stringify({ query: '{ __typename }', extensions: null }));
    expect(nullExtensions).toMatchObject({ status: 200, body: { data: { __typename: 'Query' } } });
  });

  it('marks every GraphQL response Cache-Control: no-store', async () => {
    for (const body of [{ query: '{ me { id } }' }, { query: '{ nope }' }]) {
      const response = await fetch(`${app.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify(body),
      });
      expect(response.headers.get('cache-control')).toBe('no-store');
    }
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
    // A form post from another site: a simple content type and no header that would need a preflight.
    const crossSite = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expectRefused(
      { status: crossSite.status, body: (await crossSite.json()) as Answer['body'] },
      400,
      /Cross-Site Request Forgery/,
    );
    const get = (headers: Record<string, string>) =>
      fetch(`${app.url}/graphql?query=${encodeURIComponent('{ me { id } }')}`, { headers });
    // A bearer token or a JSON content type cannot cross sites without a preflight: not a CSRF suspect (urql GETs).
    expect((await get({ authorization: `Bearer ${token}` })).status).toBe(200);
    expect((await get({ 'content-type': 'application/json' })).status).toBe(200);
    expect((await get({})).status).toBe(400);
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
