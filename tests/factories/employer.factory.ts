import { randomInt } from 'node:crypto';
import { graphql } from '../gql';
import type { CreateEmployerInput } from '../gql/graphql';
import { TestApp } from '../support/test-app';

const CREATE_EMPLOYER = graphql(`
  mutation CreateTestEmployer($input: CreateEmployerInput!) {
    createEmployer(input: $input) {
      id
      kvkNumber
      version
    }
  }
`);

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
  const response = await app.graphql(
    CREATE_EMPLOYER,
    {
      input: {
        kvkNumber: uniqueKvk(),
        legalName: `Testbedrijf ${randomInt(1e6)} B.V.`,
        municipalityCode: 'GM0106',
        ...overrides,
      } as CreateEmployerInput,
    },
    { as },
  );
  if (!response.data?.createEmployer) throw new Error(`createEmployer failed: ${JSON.stringify(response.errors)}`);
  return response.data.createEmployer;
}
