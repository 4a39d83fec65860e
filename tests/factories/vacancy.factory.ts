import { graphql } from '../gql';
import type { CreateVacancyInput } from '../gql/graphql';
import { TestApp } from '../support/test-app';

const CREATE_VACANCY = graphql(`
  mutation CreateTestVacancy($input: CreateVacancyInput!) {
    createVacancy(input: $input) {
      id
      version
    }
  }
`);

export interface CreatedVacancy {
  id: string;
  version: number;
}

/**
 * Creates one valid open vacancy through the API as `as` (an account manager) for `input.employerId`; override what
 * the test cares about.
 */
export async function createVacancy(
  app: TestApp,
  as: string,
  input: { employerId: string } & Record<string, unknown>,
): Promise<CreatedVacancy> {
  const response = await app.graphql(
    CREATE_VACANCY,
    {
      input: {
        title: 'Medewerker logistiek',
        occupationCode: '8344',
        hoursMin: 24,
        hoursMax: 38,
        municipalityCode: 'GM0014',
        contractType: 'PERMANENT',
        ...input,
      } as CreateVacancyInput,
    },
    { as },
  );
  if (!response.data?.createVacancy) throw new Error(`createVacancy failed: ${JSON.stringify(response.errors)}`);
  return response.data.createVacancy;
}
