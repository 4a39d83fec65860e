import { randomInt } from 'node:crypto';
import { TestApp } from '../support/test-app';

/** A KvK number no other test uses (8 digits). */
export function uniqueKvk(): string {
  return String(randomInt(10_000_000, 99_999_999));
}

export interface CreatedEmployer {
  id: string;
  kvkNumber: string;
  version: number;
}

/** Creates one valid employer through the API as `as` (an account manager); override what the test cares about. */
export async function createEmployer(
  app: TestApp,
  as: string,
  overrides: Record<string, unknown> = {},
): Promise<CreatedEmployer> {
  const response = await app.graphql<{ createEmployer: CreatedEmployer }>(
    'mutation($input: CreateEmployerInput!) { createEmployer(input: $input) { id kvkNumber version } }',
    {
      input: {
        kvkNumber: uniqueKvk(),
        legalName: `Testbedrijf ${randomInt(1e6)} B.V.`,
        municipalityCode: 'GM0106',
        ...overrides,
      },
    },
    { as },
  );
  if (!response.data?.createEmployer) throw new Error(`createEmployer failed: ${JSON.stringify(response.errors)}`);
  return response.data.createEmployer;
}
