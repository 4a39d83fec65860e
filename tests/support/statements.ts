import { Client } from 'pg';

/** A statement the process asked pg to run. */
export interface SentStatement {
  text: string;
  values: unknown[];
  /** Set for a named prepared statement. */
  name?: string;
  /** The connection that sent it: statements of one transaction share it. */
  client: Client;
}

/**
 * Every statement sent while `work` runs (all SQL passes pg's Client#query), and `work`'s result. The rest of
 * the process (queue backend, in-process workers) is included: filter by text, or by {@link carries}.
 */
export async function statementsDuring<T>(work: () => Promise<T>): Promise<{ result: T; statements: SentStatement[] }> {
  const spy = jest.spyOn(Client.prototype, 'query');
  try {
    const result = await work();
    const statements = spy.mock.calls.map(([query, values], index) => {
      const config =
        typeof query === 'string' ? { text: query } : (query as { text: string; values?: unknown[]; name?: string });
      return {
        text: config.text,
        values: config.values ?? (values as unknown[] | undefined) ?? [],
        ...(config.name ? { name: config.name } : {}),
        client: spy.mock.contexts[index] as Client,
      };
    });
    return { result, statements };
  } finally {
    spy.mockRestore();
  }
}

/** Whether `statement` has `value` among its parameters, also inside an array parameter. */
export function carries(statement: SentStatement, value: unknown): boolean {
  return statement.values.flat().includes(value);
}
