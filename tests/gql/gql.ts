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
    "\n  mutation ExpressInterest($input: ExpressInterestInput!) {\n    expressInterest(input: $input) {\n      id\n      status\n      vacancyId\n      profileId\n    }\n  }\n": typeof types.ExpressInterestDocument,
    "\n  mutation DeclineInterest($input: DeclineInterestInput!) {\n    declineInterest(input: $input) {\n      id\n      status\n      declineReason\n    }\n  }\n": typeof types.DeclineInterestDocument,
    "\n  mutation ProposeCandidate($input: ProposeCandidateInput!) {\n    proposeCandidate(input: $input) {\n      id\n      version\n      status\n      pool\n      steps {\n        fromStatus\n        toStatus\n        reason\n      }\n    }\n  }\n": typeof types.ProposeCandidateDocument,
    "\n  mutation AdvanceProposal($input: AdvanceProposalInput!) {\n    advanceProposal(input: $input) {\n      id\n      version\n      status\n      steps {\n        fromStatus\n        toStatus\n        actorId\n        reason\n      }\n    }\n  }\n": typeof types.AdvanceProposalDocument,
    "\n  query HandoverNotifications {\n    notifications(first: 200) {\n      edges {\n        node {\n          kind\n          message\n        }\n      }\n    }\n  }\n": typeof types.HandoverNotificationsDocument,
    "\n  query VacancyInterests($id: ID!) {\n    vacancy(id: $id) {\n      interests {\n        profileId\n        status\n      }\n    }\n  }\n": typeof types.VacancyInterestsDocument,
    "\n  query InterestInbox {\n    interestInbox {\n      id\n      status\n      note\n      profileId\n      vacancy {\n        id\n        title\n      }\n      expressedByUser {\n        displayName\n        email\n        organisation {\n          name\n        }\n      }\n      profile {\n        publicCode\n        coach {\n          displayName\n        }\n      }\n    }\n  }\n": typeof types.InterestInboxDocument,
    "\n  query VacancyProposals($id: ID!) {\n    vacancy(id: $id) {\n      proposals {\n        status\n        profile {\n          publicCode\n        }\n      }\n    }\n  }\n": typeof types.VacancyProposalsDocument,
    "\n  query OrganisationProposals {\n    organisationProposals {\n      id\n      status\n      vacancy {\n        title\n      }\n      proposedByUser {\n        displayName\n      }\n      steps {\n        fromStatus\n        toStatus\n        reason\n        actor {\n          displayName\n          organisation {\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.OrganisationProposalsDocument,
    "\n  mutation ReportHandoverVisit($input: VisitReportInput!) {\n    recordVisitReport(input: $input) {\n      status\n    }\n  }\n": typeof types.ReportHandoverVisitDocument,
    "\n  mutation WithdrawPlacedProfile($id: ID!) {\n    withdrawCandidateProfile(id: $id, reason: OTHER)\n  }\n": typeof types.WithdrawPlacedProfileDocument,
    "\n        mutation PrivacyWallCreateCandidateProfile($input: CreateCandidateProfileInput!) {\n          createCandidateProfile(input: $input) {\n            id\n          }\n        }\n      ": typeof types.PrivacyWallCreateCandidateProfileDocument,
    "\n        mutation PrivacyWallCreateCandidateProfile2($input: CreateCandidateProfileInput!) {\n          createCandidateProfile(input: $input) {\n            id\n          }\n        }\n      ": typeof types.PrivacyWallCreateCandidateProfile2Document,
    "\n        mutation PrivacyWallCreateVacancy($input: CreateVacancyInput!) {\n          createVacancy(input: $input) {\n            id\n          }\n        }\n      ": typeof types.PrivacyWallCreateVacancyDocument,
    "\n          mutation PrivacyWallAddEmployerContact($input: AddContactInput!) {\n            addEmployerContact(input: $input) {\n              id\n            }\n          }\n        ": typeof types.PrivacyWallAddEmployerContactDocument,
    "\n          mutation PrivacyWallPlanVisit($input: PlanVisitInput!) {\n            planVisit(input: $input) {\n              visit {\n                id\n                location\n              }\n            }\n          }\n        ": typeof types.PrivacyWallPlanVisitDocument,
    "\n        mutation PrivacyWallUpdateEmployer($input: UpdateEmployerInput!) {\n          updateEmployer(input: $input) {\n            id\n          }\n        }\n      ": typeof types.PrivacyWallUpdateEmployerDocument,
    "\n        mutation PrivacyWallRecordVisitReport($input: VisitReportInput!) {\n          recordVisitReport(input: $input) {\n            id\n          }\n        }\n      ": typeof types.PrivacyWallRecordVisitReportDocument,
    "\n        mutation PrivacyWallStartImport($input: StartImportInput!) {\n          startImport(input: $input) {\n            id\n          }\n        }\n      ": typeof types.PrivacyWallStartImportDocument,
    "\n        mutation PrivacyWallStartImport2($input: StartImportInput!) {\n          startImport(input: $input) {\n            id\n          }\n        }\n      ": typeof types.PrivacyWallStartImport2Document,
    "\n            query PrivacyWallEmployerImport($id: ID!) {\n              employerImport(id: $id) {\n                status\n                rowsFailed\n                errors {\n                  line\n                  column\n                  message\n                }\n              }\n            }\n          ": typeof types.PrivacyWallEmployerImportDocument,
    "\n        mutation PrivacyWallPlanVisit2($input: PlanVisitInput!) {\n          planVisit(input: $input) {\n            visit {\n              id\n            }\n          }\n        }\n      ": typeof types.PrivacyWallPlanVisit2Document,
    "\n        query PrivacyWallVisits {\n          visits(filter: { from: \"2027-02-03T11:00:00+01:00\", to: \"2027-02-04T00:00:00Z\" }) {\n            totalCount\n          }\n        }\n      ": typeof types.PrivacyWallVisitsDocument,
    "\n        query PrivacyWallVisits2 {\n          visits(filter: { from: \"03-02-2027 10:00\" }) {\n            totalCount\n          }\n        }\n      ": typeof types.PrivacyWallVisits2Document,
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
    "\n  mutation ExpressInterest($input: ExpressInterestInput!) {\n    expressInterest(input: $input) {\n      id\n      status\n      vacancyId\n      profileId\n    }\n  }\n": types.ExpressInterestDocument,
    "\n  mutation DeclineInterest($input: DeclineInterestInput!) {\n    declineInterest(input: $input) {\n      id\n      status\n      declineReason\n    }\n  }\n": types.DeclineInterestDocument,
    "\n  mutation ProposeCandidate($input: ProposeCandidateInput!) {\n    proposeCandidate(input: $input) {\n      id\n      version\n      status\n      pool\n      steps {\n        fromStatus\n        toStatus\n        reason\n      }\n    }\n  }\n": types.ProposeCandidateDocument,
    "\n  mutation AdvanceProposal($input: AdvanceProposalInput!) {\n    advanceProposal(input: $input) {\n      id\n      version\n      status\n      steps {\n        fromStatus\n        toStatus\n        actorId\n        reason\n      }\n    }\n  }\n": types.AdvanceProposalDocument,
    "\n  query HandoverNotifications {\n    notifications(first: 200) {\n      edges {\n        node {\n          kind\n          message\n        }\n      }\n    }\n  }\n": types.HandoverNotificationsDocument,
    "\n  query VacancyInterests($id: ID!) {\n    vacancy(id: $id) {\n      interests {\n        profileId\n        status\n      }\n    }\n  }\n": types.VacancyInterestsDocument,
    "\n  query InterestInbox {\n    interestInbox {\n      id\n      status\n      note\n      profileId\n      vacancy {\n        id\n        title\n      }\n      expressedByUser {\n        displayName\n        email\n        organisation {\n          name\n        }\n      }\n      profile {\n        publicCode\n        coach {\n          displayName\n        }\n      }\n    }\n  }\n": types.InterestInboxDocument,
    "\n  query VacancyProposals($id: ID!) {\n    vacancy(id: $id) {\n      proposals {\n        status\n        profile {\n          publicCode\n        }\n      }\n    }\n  }\n": types.VacancyProposalsDocument,
    "\n  query OrganisationProposals {\n    organisationProposals {\n      id\n      status\n      vacancy {\n        title\n      }\n      proposedByUser {\n        displayName\n      }\n      steps {\n        fromStatus\n        toStatus\n        reason\n        actor {\n          displayName\n          organisation {\n            name\n          }\n        }\n      }\n    }\n  }\n": types.OrganisationProposalsDocument,
    "\n  mutation ReportHandoverVisit($input: VisitReportInput!) {\n    recordVisitReport(input: $input) {\n      status\n    }\n  }\n": types.ReportHandoverVisitDocument,
    "\n  mutation WithdrawPlacedProfile($id: ID!) {\n    withdrawCandidateProfile(id: $id, reason: OTHER)\n  }\n": types.WithdrawPlacedProfileDocument,
    "\n        mutation PrivacyWallCreateCandidateProfile($input: CreateCandidateProfileInput!) {\n          createCandidateProfile(input: $input) {\n            id\n          }\n        }\n      ": types.PrivacyWallCreateCandidateProfileDocument,
    "\n        mutation PrivacyWallCreateCandidateProfile2($input: CreateCandidateProfileInput!) {\n          createCandidateProfile(input: $input) {\n            id\n          }\n        }\n      ": types.PrivacyWallCreateCandidateProfile2Document,
    "\n        mutation PrivacyWallCreateVacancy($input: CreateVacancyInput!) {\n          createVacancy(input: $input) {\n            id\n          }\n        }\n      ": types.PrivacyWallCreateVacancyDocument,
    "\n          mutation PrivacyWallAddEmployerContact($input: AddContactInput!) {\n            addEmployerContact(input: $input) {\n              id\n            }\n          }\n        ": types.PrivacyWallAddEmployerContactDocument,
    "\n          mutation PrivacyWallPlanVisit($input: PlanVisitInput!) {\n            planVisit(input: $input) {\n              visit {\n                id\n                location\n              }\n            }\n          }\n        ": types.PrivacyWallPlanVisitDocument,
    "\n        mutation PrivacyWallUpdateEmployer($input: UpdateEmployerInput!) {\n          updateEmployer(input: $input) {\n            id\n          }\n        }\n      ": types.PrivacyWallUpdateEmployerDocument,
    "\n        mutation PrivacyWallRecordVisitReport($input: VisitReportInput!) {\n          recordVisitReport(input: $input) {\n            id\n          }\n        }\n      ": types.PrivacyWallRecordVisitReportDocument,
    "\n        mutation PrivacyWallStartImport($input: StartImportInput!) {\n          startImport(input: $input) {\n            id\n          }\n        }\n      ": types.PrivacyWallStartImportDocument,
    "\n        mutation PrivacyWallStartImport2($input: StartImportInput!) {\n          startImport(input: $input) {\n            id\n          }\n        }\n      ": types.PrivacyWallStartImport2Document,
    "\n            query PrivacyWallEmployerImport($id: ID!) {\n              employerImport(id: $id) {\n                status\n                rowsFailed\n                errors {\n                  line\n                  column\n                  message\n                }\n              }\n            }\n          ": types.PrivacyWallEmployerImportDocument,
    "\n        mutation PrivacyWallPlanVisit2($input: PlanVisitInput!) {\n          planVisit(input: $input) {\n            visit {\n              id\n            }\n          }\n        }\n      ": types.PrivacyWallPlanVisit2Document,
    "\n        query PrivacyWallVisits {\n          visits(filter: { from: \"2027-02-03T11:00:00+01:00\", to: \"2027-02-04T00:00:00Z\" }) {\n            totalCount\n          }\n        }\n      ": types.PrivacyWallVisitsDocument,
    "\n        query PrivacyWallVisits2 {\n          visits(filter: { from: \"03-02-2027 10:00\" }) {\n            totalCount\n          }\n        }\n      ": types.PrivacyWallVisits2Document,
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
export function graphql(source: "\n  mutation ExpressInterest($input: ExpressInterestInput!) {\n    expressInterest(input: $input) {\n      id\n      status\n      vacancyId\n      profileId\n    }\n  }\n"): typeof import('./graphql').ExpressInterestDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeclineInterest($input: DeclineInterestInput!) {\n    declineInterest(input: $input) {\n      id\n      status\n      declineReason\n    }\n  }\n"): typeof import('./graphql').DeclineInterestDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProposeCandidate($input: ProposeCandidateInput!) {\n    proposeCandidate(input: $input) {\n      id\n      version\n      status\n      pool\n      steps {\n        fromStatus\n        toStatus\n        reason\n      }\n    }\n  }\n"): typeof import('./graphql').ProposeCandidateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdvanceProposal($input: AdvanceProposalInput!) {\n    advanceProposal(input: $input) {\n      id\n      version\n      status\n      steps {\n        fromStatus\n        toStatus\n        actorId\n        reason\n      }\n    }\n  }\n"): typeof import('./graphql').AdvanceProposalDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HandoverNotifications {\n    notifications(first: 200) {\n      edges {\n        node {\n          kind\n          message\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').HandoverNotificationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VacancyInterests($id: ID!) {\n    vacancy(id: $id) {\n      interests {\n        profileId\n        status\n      }\n    }\n  }\n"): typeof import('./graphql').VacancyInterestsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InterestInbox {\n    interestInbox {\n      id\n      status\n      note\n      profileId\n      vacancy {\n        id\n        title\n      }\n      expressedByUser {\n        displayName\n        email\n        organisation {\n          name\n        }\n      }\n      profile {\n        publicCode\n        coach {\n          displayName\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').InterestInboxDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VacancyProposals($id: ID!) {\n    vacancy(id: $id) {\n      proposals {\n        status\n        profile {\n          publicCode\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').VacancyProposalsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganisationProposals {\n    organisationProposals {\n      id\n      status\n      vacancy {\n        title\n      }\n      proposedByUser {\n        displayName\n      }\n      steps {\n        fromStatus\n        toStatus\n        reason\n        actor {\n          displayName\n          organisation {\n            name\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').OrganisationProposalsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReportHandoverVisit($input: VisitReportInput!) {\n    recordVisitReport(input: $input) {\n      status\n    }\n  }\n"): typeof import('./graphql').ReportHandoverVisitDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WithdrawPlacedProfile($id: ID!) {\n    withdrawCandidateProfile(id: $id, reason: OTHER)\n  }\n"): typeof import('./graphql').WithdrawPlacedProfileDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation PrivacyWallCreateCandidateProfile($input: CreateCandidateProfileInput!) {\n          createCandidateProfile(input: $input) {\n            id\n          }\n        }\n      "): typeof import('./graphql').PrivacyWallCreateCandidateProfileDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation PrivacyWallCreateCandidateProfile2($input: CreateCandidateProfileInput!) {\n          createCandidateProfile(input: $input) {\n            id\n          }\n        }\n      "): typeof import('./graphql').PrivacyWallCreateCandidateProfile2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation PrivacyWallCreateVacancy($input: CreateVacancyInput!) {\n          createVacancy(input: $input) {\n            id\n          }\n        }\n      "): typeof import('./graphql').PrivacyWallCreateVacancyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation PrivacyWallAddEmployerContact($input: AddContactInput!) {\n            addEmployerContact(input: $input) {\n              id\n            }\n          }\n        "): typeof import('./graphql').PrivacyWallAddEmployerContactDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation PrivacyWallPlanVisit($input: PlanVisitInput!) {\n            planVisit(input: $input) {\n              visit {\n                id\n                location\n              }\n            }\n          }\n        "): typeof import('./graphql').PrivacyWallPlanVisitDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation PrivacyWallUpdateEmployer($input: UpdateEmployerInput!) {\n          updateEmployer(input: $input) {\n            id\n          }\n        }\n      "): typeof import('./graphql').PrivacyWallUpdateEmployerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation PrivacyWallRecordVisitReport($input: VisitReportInput!) {\n          recordVisitReport(input: $input) {\n            id\n          }\n        }\n      "): typeof import('./graphql').PrivacyWallRecordVisitReportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation PrivacyWallStartImport($input: StartImportInput!) {\n          startImport(input: $input) {\n            id\n          }\n        }\n      "): typeof import('./graphql').PrivacyWallStartImportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation PrivacyWallStartImport2($input: StartImportInput!) {\n          startImport(input: $input) {\n            id\n          }\n        }\n      "): typeof import('./graphql').PrivacyWallStartImport2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            query PrivacyWallEmployerImport($id: ID!) {\n              employerImport(id: $id) {\n                status\n                rowsFailed\n                errors {\n                  line\n                  column\n                  message\n                }\n              }\n            }\n          "): typeof import('./graphql').PrivacyWallEmployerImportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation PrivacyWallPlanVisit2($input: PlanVisitInput!) {\n          planVisit(input: $input) {\n            visit {\n              id\n            }\n          }\n        }\n      "): typeof import('./graphql').PrivacyWallPlanVisit2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query PrivacyWallVisits {\n          visits(filter: { from: \"2027-02-03T11:00:00+01:00\", to: \"2027-02-04T00:00:00Z\" }) {\n            totalCount\n          }\n        }\n      "): typeof import('./graphql').PrivacyWallVisitsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query PrivacyWallVisits2 {\n          visits(filter: { from: \"03-02-2027 10:00\" }) {\n            totalCount\n          }\n        }\n      "): typeof import('./graphql').PrivacyWallVisits2Document;
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
