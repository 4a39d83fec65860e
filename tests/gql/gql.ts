/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  mutation CreateVacancy($input: CreateVacancyInput!) {\n    createVacancy(input: $input) {\n      id\n      status\n      version\n      regionCode\n      ownerOrganisationId\n      skills {\n        skillCode\n        required\n        weight\n      }\n    }\n  }\n": typeof types.CreateVacancyDocument,
    "\n  mutation ChangeVacancyStatus($input: ChangeVacancyStatusInput!) {\n    changeVacancyStatus(input: $input) {\n      status\n      version\n    }\n  }\n": typeof types.ChangeVacancyStatusDocument,
    "\n  mutation UpdateVacancy($input: UpdateVacancyInput!) {\n    updateVacancy(input: $input) {\n      id\n    }\n  }\n": typeof types.UpdateVacancyDocument,
    "\n  query EmployerVacancies($id: ID!) {\n    employer(id: $id) {\n      vacancies {\n        id\n      }\n      timeline {\n        kind\n      }\n    }\n  }\n": typeof types.EmployerVacanciesDocument,
    "\n  query Vacancy($id: ID!) {\n    vacancy(id: $id) {\n      id\n      title\n    }\n  }\n": typeof types.VacancyDocument,
    "\n  query Vacancies($filter: VacancyFilter) {\n    vacancies(filter: $filter, first: 100) {\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n": typeof types.VacanciesDocument,
    "\n  mutation CreateTestEmployer($input: CreateEmployerInput!) {\n    createEmployer(input: $input) {\n      id\n      kvkNumber\n      version\n    }\n  }\n": typeof types.CreateTestEmployerDocument,
    "\n  mutation ProposeTestCandidate($input: ProposeCandidateInput!) {\n    proposeCandidate(input: $input) {\n      id\n      version\n      status\n    }\n  }\n": typeof types.ProposeTestCandidateDocument,
    "\n  mutation AdvanceTestProposal($input: AdvanceProposalInput!) {\n    advanceProposal(input: $input) {\n      id\n      version\n      status\n    }\n  }\n": typeof types.AdvanceTestProposalDocument,
    "\n  mutation CreateTestVacancy($input: CreateVacancyInput!) {\n    createVacancy(input: $input) {\n      id\n      version\n    }\n  }\n": typeof types.CreateTestVacancyDocument,
    "\n  mutation PlanTestVisit($input: PlanVisitInput!) {\n    planVisit(input: $input) {\n      visit {\n        id\n        version\n      }\n    }\n  }\n": typeof types.PlanTestVisitDocument,
};
const documents: Documents = {
    "\n  mutation CreateVacancy($input: CreateVacancyInput!) {\n    createVacancy(input: $input) {\n      id\n      status\n      version\n      regionCode\n      ownerOrganisationId\n      skills {\n        skillCode\n        required\n        weight\n      }\n    }\n  }\n": types.CreateVacancyDocument,
    "\n  mutation ChangeVacancyStatus($input: ChangeVacancyStatusInput!) {\n    changeVacancyStatus(input: $input) {\n      status\n      version\n    }\n  }\n": types.ChangeVacancyStatusDocument,
    "\n  mutation UpdateVacancy($input: UpdateVacancyInput!) {\n    updateVacancy(input: $input) {\n      id\n    }\n  }\n": types.UpdateVacancyDocument,
    "\n  query EmployerVacancies($id: ID!) {\n    employer(id: $id) {\n      vacancies {\n        id\n      }\n      timeline {\n        kind\n      }\n    }\n  }\n": types.EmployerVacanciesDocument,
    "\n  query Vacancy($id: ID!) {\n    vacancy(id: $id) {\n      id\n      title\n    }\n  }\n": types.VacancyDocument,
    "\n  query Vacancies($filter: VacancyFilter) {\n    vacancies(filter: $filter, first: 100) {\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n": types.VacanciesDocument,
    "\n  mutation CreateTestEmployer($input: CreateEmployerInput!) {\n    createEmployer(input: $input) {\n      id\n      kvkNumber\n      version\n    }\n  }\n": types.CreateTestEmployerDocument,
    "\n  mutation ProposeTestCandidate($input: ProposeCandidateInput!) {\n    proposeCandidate(input: $input) {\n      id\n      version\n      status\n    }\n  }\n": types.ProposeTestCandidateDocument,
    "\n  mutation AdvanceTestProposal($input: AdvanceProposalInput!) {\n    advanceProposal(input: $input) {\n      id\n      version\n      status\n    }\n  }\n": types.AdvanceTestProposalDocument,
    "\n  mutation CreateTestVacancy($input: CreateVacancyInput!) {\n    createVacancy(input: $input) {\n      id\n      version\n    }\n  }\n": types.CreateTestVacancyDocument,
    "\n  mutation PlanTestVisit($input: PlanVisitInput!) {\n    planVisit(input: $input) {\n      visit {\n        id\n        version\n      }\n    }\n  }\n": types.PlanTestVisitDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateVacancy($input: CreateVacancyInput!) {\n    createVacancy(input: $input) {\n      id\n      status\n      version\n      regionCode\n      ownerOrganisationId\n      skills {\n        skillCode\n        required\n        weight\n      }\n    }\n  }\n"): typeof import('./graphql').CreateVacancyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeVacancyStatus($input: ChangeVacancyStatusInput!) {\n    changeVacancyStatus(input: $input) {\n      status\n      version\n    }\n  }\n"): typeof import('./graphql').ChangeVacancyStatusDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateVacancy($input: UpdateVacancyInput!) {\n    updateVacancy(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').UpdateVacancyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EmployerVacancies($id: ID!) {\n    employer(id: $id) {\n      vacancies {\n        id\n      }\n      timeline {\n        kind\n      }\n    }\n  }\n"): typeof import('./graphql').EmployerVacanciesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Vacancy($id: ID!) {\n    vacancy(id: $id) {\n      id\n      title\n    }\n  }\n"): typeof import('./graphql').VacancyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Vacancies($filter: VacancyFilter) {\n    vacancies(filter: $filter, first: 100) {\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').VacanciesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateTestEmployer($input: CreateEmployerInput!) {\n    createEmployer(input: $input) {\n      id\n      kvkNumber\n      version\n    }\n  }\n"): typeof import('./graphql').CreateTestEmployerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProposeTestCandidate($input: ProposeCandidateInput!) {\n    proposeCandidate(input: $input) {\n      id\n      version\n      status\n    }\n  }\n"): typeof import('./graphql').ProposeTestCandidateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdvanceTestProposal($input: AdvanceProposalInput!) {\n    advanceProposal(input: $input) {\n      id\n      version\n      status\n    }\n  }\n"): typeof import('./graphql').AdvanceTestProposalDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateTestVacancy($input: CreateVacancyInput!) {\n    createVacancy(input: $input) {\n      id\n      version\n    }\n  }\n"): typeof import('./graphql').CreateTestVacancyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PlanTestVisit($input: PlanVisitInput!) {\n    planVisit(input: $input) {\n      visit {\n        id\n        version\n      }\n    }\n  }\n"): typeof import('./graphql').PlanTestVisitDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
