import { graphql } from '../gql';
import type { CreateCandidateProfileInput, CreateTestProfileMutation } from '../gql/graphql';
import { TestApp } from '../support/test-app';

/** Everything the owner reads of a profile (`...ProfileFields` in the tests' operations). */
export const PROFILE_FIELDS = graphql(`
  fragment ProfileFields on CandidateProfile {
    id
    version
    publicCode
    pool
    regionCode
    ownerOrganisationId
    coachId
    occupationCodes
    skillCodes
    educationLevel
    experienceBand
    hoursMin
    hoursMax
    availableFrom
    municipalityCode
    travelRadiusKm
    drivingLicences
    languages
    targetGroups
    wwEndMonth
    pitch
    status
    expiresOn
    ageBand
    internalNote
    hasClientNumber
    legalBasis
    legalBasisRecordedAt
    legalBasisRecordedBy
    missingForSharing
    createdAt
    updatedAt
  }
`);

const CREATE_PROFILE = graphql(`
  mutation CreateTestProfile($input: CreateCandidateProfileInput!) {
    createCandidateProfile(input: $input) {
      ...ProfileFields
    }
  }
`);

export type CreatedProfile = CreateTestProfileMutation['createCandidateProfile'];

/** A complete, shareable profile input; override what the test cares about (also with what is invalid on purpose). */
export function profileInput(overrides: Record<string, unknown> = {}): CreateCandidateProfileInput {
  return {
    occupationCodes: ['8344', '9333'],
    skillCodes: ['TRV-01'],
    educationLevel: 'MBO_2',
    experienceBand: 'YEARS_1_TO_3',
    hoursMin: 24,
    hoursMax: 36,
    availableFrom: '2027-01',
    municipalityCode: 'GM0014',
    travelRadiusKm: 25,
    drivingLicences: ['B'],
    languages: ['nl', 'en'],
    targetGroups: ['MAX_WW'],
    wwEndMonth: '2027-03',
    ageBand: 'FROM_50',
    pitch: 'Ervaren heftruckchauffeur, zoekt vast werk in de logistiek.',
    internalNote: 'Gesprek gehad over scholing.',
    legalBasis: 'CONSENT',
    ...overrides,
  } as CreateCandidateProfileInput;
}

/** Creates a profile through the API as `as` (a job coach). */
export async function createProfile(
  app: TestApp,
  as: string,
  overrides: Record<string, unknown> = {},
): Promise<CreatedProfile> {
  const response = await app.graphql(CREATE_PROFILE, { input: profileInput(overrides) }, { as });
  if (!response.data?.createCandidateProfile) {
    throw new Error(`createCandidateProfile failed: ${JSON.stringify(response.errors)}`);
  }
  return response.data.createCandidateProfile;
}
