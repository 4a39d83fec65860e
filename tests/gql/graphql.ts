/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type AddContactInput = {
  /** Work e-mail address. */
  email?: string | null | undefined;
  employerId: string | number;
  name: string;
  phone?: string | null | undefined;
  role?: string | null | undefined;
};

export type AdvanceProposalInput = {
  /** For PLACED: hours per week (default: the candidate's maximum). */
  hoursPerWeek?: number | null | undefined;
  id: string | number;
  /** Why (required for REJECTED and WITHDRAWN); no personal details. */
  reason?: string | null | undefined;
  /** For PLACED: first working day, ISO date. */
  startDate?: string | null | undefined;
  status: ProposalStatus;
  /** The version last read; a stale one is refused with CONFLICT. */
  version: number;
};

/** For the owner's reports only: never shared, never used in matching. */
export type AgeBand =
  | 'FROM_27_TO_49'
  | 'FROM_50'
  | 'UNDER_27';

/** The owner's kind of organisation. */
export type CandidatePool =
  | 'MUNICIPALITY'
  | 'UWV';

export type CandidateStatus =
  | 'ACTIVE'
  | 'PAUSED'
  | 'PLACED';

export type ChangeVacancyStatusInput = {
  id: string | number;
  status: VacancyStatus;
  /** The version last read; a stale one is refused with CONFLICT. */
  version: number;
};

export type ContractType =
  /** Leerwerkplek (BBL). */
  | 'APPRENTICESHIP'
  /** Stage. */
  | 'INTERNSHIP'
  /** Anders. */
  | 'OTHER'
  /** Vast contract. */
  | 'PERMANENT'
  /** Tijdelijk contract. */
  | 'TEMPORARY'
  /** Uitzendwerk. */
  | 'TEMP_AGENCY';

export type CreateCandidateProfileInput = {
  ageBand?: AgeBand | null | undefined;
  /** Month, e.g. 2027-02. */
  availableFrom?: string | null | undefined;
  /** Your own client number, to find this profile again; only a keyed hash is kept, never the number. */
  clientNumber?: string | null | undefined;
  /** The owning job coach; defaults to you. */
  coachId?: string | number | null | undefined;
  drivingLicences?: Array<string> | null | undefined;
  /** Education level code, e.g. MBO_2. */
  educationLevel?: string | null | undefined;
  experienceBand?: ExperienceBand | null | undefined;
  /** The candidate can work other hours than their range (default false). */
  hoursFlexible?: boolean | null | undefined;
  hoursMax?: number | null | undefined;
  hoursMin?: number | null | undefined;
  /** Owner-only; no personal details either. */
  internalNote?: string | null | undefined;
  /** ISO 639-1 codes, e.g. nl, en. */
  languages?: Array<string> | null | undefined;
  legalBasis: LegalBasis;
  /** Municipality of residence (CBS code); decides the region. */
  municipalityCode: string;
  /** Desired ISCO-08 unit groups (4 digits), 1 to 5. */
  occupationCodes: Array<string>;
  /** A few lines on what the candidate seeks and offers; no personal details. */
  pitch?: string | null | undefined;
  skillCodes?: Array<string> | null | undefined;
  /** ACTIVE (default) shares it; PAUSED keeps it as a draft. */
  status?: CandidateStatus | null | undefined;
  targetGroups?: Array<TargetGroup> | null | undefined;
  /** Default 15. */
  travelRadiusKm?: number | null | undefined;
  /** Month the WW benefit ends, required with MAX_WW. */
  wwEndMonth?: string | null | undefined;
};

export type CreateEmployerInput = {
  city?: string | null | undefined;
  /** Vestigingsnummer, 12 digits. */
  establishmentNumber?: string | null | undefined;
  houseNumber?: string | null | undefined;
  keyAccount?: boolean | null | undefined;
  /** KvK-nummer: 8 digits. */
  kvkNumber: string;
  legalName: string;
  /** CBS code of the municipality of the business address. */
  municipalityCode?: string | null | undefined;
  /** Dutch postcode, e.g. 9401 AB. */
  postcode?: string | null | undefined;
  /** Defaults to your region when your organisation serves one. */
  regionCode?: string | null | undefined;
  /** SBI codes, 2 to 5 digits each. */
  sbiCodes?: Array<string> | null | undefined;
  sizeClass?: SizeClass | null | undefined;
  street?: string | null | undefined;
  tradeName?: string | null | undefined;
  website?: string | null | undefined;
};

export type CreateVacancyInput = {
  /** Defaults to you. */
  accountManagerId?: string | number | null | undefined;
  /** ISO date; not before the start date. */
  closingDate?: string | null | undefined;
  contractType: ContractType;
  description?: string | null | undefined;
  drivingLicences?: Array<string> | null | undefined;
  employerId: string | number;
  hoursMax: number;
  hoursMin: number;
  jobsAgreement?: boolean | null | undefined;
  languages?: Array<string> | null | undefined;
  /** Education level code, e.g. MBO_2. */
  minEducationLevel?: string | null | undefined;
  /** CBS code of the municipality of the workplace. */
  municipalityCode: string;
  /** ISCO-08 unit group (4 digits). */
  occupationCode: string;
  /** Number of positions; default 1. */
  positions?: number | null | undefined;
  /** The work can be done from home (default false). */
  remoteWork?: boolean | null | undefined;
  skills?: Array<VacancySkillInput> | null | undefined;
  /** ISO date, e.g. 2027-02-01. */
  startDate?: string | null | undefined;
  title: string;
};

export type DeclineInterestInput = {
  interestId: string | number;
  /** Why not; no personal details. */
  reason: string;
};

/** Relevant work experience. */
export type ExperienceBand =
  | 'NONE'
  | 'OVER_10_YEARS'
  | 'UNDER_1_YEAR'
  | 'YEARS_1_TO_3'
  | 'YEARS_3_TO_10';

export type ExpressInterestInput = {
  /** What the employer looks for; no personal details. */
  note?: string | null | undefined;
  profileId: string | number;
  vacancyId: string | number;
};

export type ImportKind =
  | 'CONTACTS'
  | 'EMPLOYERS'
  | 'VACANCIES';

export type ImportStatus =
  | 'COMPLETED'
  | 'FAILED'
  | 'QUEUED'
  | 'RUNNING';

export type LegalBasis =
  | 'CONSENT'
  | 'PUBLIC_TASK';

export type NotificationKind =
  | 'CANDIDATE_INTEREST'
  | 'CANDIDATE_PROPOSED'
  | 'FOLLOW_UP_ASSIGNED'
  | 'FOLLOW_UP_DUE'
  | 'IMPORT_FINISHED'
  | 'INTEREST_DECLINED'
  | 'MAX_WW_ENDING'
  | 'PROFILE_EXPIRING'
  | 'PROFILE_REMOVED'
  | 'PROPOSAL_CHANGED'
  | 'VISIT_CANCELLED'
  | 'VISIT_CHANGED'
  | 'VISIT_INVITED';

export type ParticipantInput = {
  /** Exactly one participant is the lead. */
  isLead?: boolean | null | undefined;
  userId: string | number;
};

export type PlanVisitInput = {
  agenda?: string | null | undefined;
  /** Plan even when a participant is already booked at that time. */
  allowOverlap?: boolean | null | undefined;
  employerId: string | number;
  endsAt: string;
  location?: string | null | undefined;
  /** Default AT_EMPLOYER (its business address). */
  locationKind?: VisitLocationKind | null | undefined;
  participants: Array<ParticipantInput>;
  purpose: string;
  startsAt: string;
};

/** PROPOSED -> INTRODUCED -> INTERVIEW -> PLACED | REJECTED | WITHDRAWN (ended at any open step). */
export type ProposalStatus =
  | 'INTERVIEW'
  | 'INTRODUCED'
  | 'PLACED'
  | 'PROPOSED'
  | 'REJECTED'
  | 'WITHDRAWN';

export type ProposeCandidateInput = {
  /** The candidate agreed to be proposed for this vacancy (required: a person always decides). */
  candidateAgreed: boolean;
  /** Why this candidate fits; no personal details. */
  motivation: string;
  profileId: string | number;
  vacancyId: string | number;
};

export type SizeClass =
  /** 250 employees or more. */
  | 'LARGE'
  /** 50 to 249 employees. */
  | 'MEDIUM'
  /** Fewer than 10 employees. */
  | 'MICRO'
  /** 10 to 49 employees. */
  | 'SMALL';

export type StartImportInput = {
  /** The CSV file, base64-encoded (at most 700 kB before encoding; POST /imports takes up to 50 MB). */
  content: string;
  fileName: string;
  kind: ImportKind;
  /** Defaults to your region when your organisation serves one. */
  regionCode?: string | null | undefined;
};

export type TargetGroup =
  | 'AGE_50_PLUS'
  | 'JOBS_AGREEMENT'
  | 'MAX_WW'
  | 'SOCIAL_ASSISTANCE'
  | 'STATUS_HOLDER'
  | 'YOUTH_WITHOUT_QUALIFICATION';

export type TimelineKind =
  | 'CREATED'
  | 'MERGED'
  | 'NOTE'
  | 'TEAM_CHANGED'
  | 'UPDATED'
  | 'VACANCY_CREATED'
  | 'VACANCY_STATUS'
  | 'VISIT';

export type UpdateEmployerInput = {
  city?: string | null | undefined;
  /** Vestigingsnummer, 12 digits. */
  establishmentNumber?: string | null | undefined;
  houseNumber?: string | null | undefined;
  id: string | number;
  keyAccount?: boolean | null | undefined;
  legalName?: string | null | undefined;
  /** CBS code of the municipality of the business address. */
  municipalityCode?: string | null | undefined;
  /** Dutch postcode, e.g. 9401 AB. */
  postcode?: string | null | undefined;
  /** SBI codes, 2 to 5 digits each. */
  sbiCodes?: Array<string> | null | undefined;
  sizeClass?: SizeClass | null | undefined;
  street?: string | null | undefined;
  tradeName?: string | null | undefined;
  /** The version last read; a stale one is refused with CONFLICT. */
  version: number;
  website?: string | null | undefined;
};

export type UpdateVacancyInput = {
  /** Defaults to you. */
  accountManagerId?: string | number | null | undefined;
  /** ISO date; not before the start date. */
  closingDate?: string | null | undefined;
  contractType?: ContractType | null | undefined;
  description?: string | null | undefined;
  drivingLicences?: Array<string> | null | undefined;
  hoursMax?: number | null | undefined;
  hoursMin?: number | null | undefined;
  id: string | number;
  jobsAgreement?: boolean | null | undefined;
  languages?: Array<string> | null | undefined;
  /** Education level code, e.g. MBO_2. */
  minEducationLevel?: string | null | undefined;
  /** CBS code of the municipality of the workplace. */
  municipalityCode?: string | null | undefined;
  /** ISCO-08 unit group (4 digits). */
  occupationCode?: string | null | undefined;
  /** Number of positions; default 1. */
  positions?: number | null | undefined;
  /** The work can be done from home (default false). */
  remoteWork?: boolean | null | undefined;
  skills?: Array<VacancySkillInput> | null | undefined;
  /** ISO date, e.g. 2027-02-01. */
  startDate?: string | null | undefined;
  title?: string | null | undefined;
  /** The version last read; a stale one is refused with CONFLICT. */
  version: number;
};

export type VacancyFilter = {
  employerId?: string | number | null | undefined;
  municipalityCode?: string | null | undefined;
  /** ISCO-08 code or prefix (a group includes its unit groups). */
  occupationCode?: string | null | undefined;
  ownerOrganisationId?: string | number | null | undefined;
  status?: VacancyStatus | null | undefined;
};

export type VacancySkillInput = {
  code: string;
  required: boolean;
  /** 1-5; default 1. */
  weight?: number | null | undefined;
};

/** OPEN <-> ON_HOLD; OPEN -> FILLED or CLOSED. */
export type VacancyStatus =
  | 'CLOSED'
  | 'FILLED'
  | 'ON_HOLD'
  | 'OPEN';

export type VisitLocationKind =
  | 'AT_EMPLOYER'
  | 'ELSEWHERE'
  | 'ONLINE';

export type VisitReportInput = {
  agreements?: string | null | undefined;
  id: string | number;
  /** ISO date. */
  nextContactOn?: string | null | undefined;
  /** What was discussed; no personal details of job seekers. */
  report: string;
  /** Target groups the employer is interested in. */
  targetGroupInterest?: Array<TargetGroup> | null | undefined;
  /** Vacancies spotted (the employer's own vacancies). */
  vacancyIds?: Array<string | number> | null | undefined;
  /** The version last read; a stale one is refused with CONFLICT. */
  version: number;
};

/** PLANNED -> HELD | CANCELLED. */
export type VisitStatus =
  | 'CANCELLED'
  | 'HELD'
  | 'PLANNED';

export type ExpressInterestMutationVariables = Exact<{
  input: ExpressInterestInput;
}>;


export type ExpressInterestMutation = { expressInterest: { id: string, status: string, vacancyId: string, profileId: string } };

export type DeclineInterestMutationVariables = Exact<{
  input: DeclineInterestInput;
}>;


export type DeclineInterestMutation = { declineInterest: { id: string, status: string, declineReason: string | null } };

export type ProposeCandidateMutationVariables = Exact<{
  input: ProposeCandidateInput;
}>;


export type ProposeCandidateMutation = { proposeCandidate: { id: string, version: number, status: ProposalStatus, pool: CandidatePool, steps: Array<{ fromStatus: ProposalStatus | null, toStatus: ProposalStatus, reason: string | null }> } };

export type AdvanceProposalMutationVariables = Exact<{
  input: AdvanceProposalInput;
}>;


export type AdvanceProposalMutation = { advanceProposal: { id: string, version: number, status: ProposalStatus, steps: Array<{ fromStatus: ProposalStatus | null, toStatus: ProposalStatus, actorId: string, reason: string | null }> } };

export type HandoverNotificationsQueryVariables = Exact<{ [key: string]: never; }>;


export type HandoverNotificationsQuery = { notifications: { edges: Array<{ node: { kind: NotificationKind, message: string } }> } };

export type VacancyInterestsQueryVariables = Exact<{
  id: string | number;
}>;


export type VacancyInterestsQuery = { vacancy: { interests: Array<{ profileId: string, status: string }> } };

export type InterestInboxQueryVariables = Exact<{ [key: string]: never; }>;


export type InterestInboxQuery = { interestInbox: Array<{ id: string, status: string, note: string | null, profileId: string, vacancy: { id: string, title: string }, expressedByUser: { displayName: string, email: string, organisation: { name: string } }, profile: { publicCode: string, coach: { displayName: string } } | null }> };

export type VacancyProposalsQueryVariables = Exact<{
  id: string | number;
}>;


export type VacancyProposalsQuery = { vacancy: { proposals: Array<{ status: ProposalStatus, profile: { publicCode: string } | null }> } };

export type OrganisationProposalsQueryVariables = Exact<{ [key: string]: never; }>;


export type OrganisationProposalsQuery = { organisationProposals: Array<{ id: string, status: ProposalStatus, vacancy: { title: string }, proposedByUser: { displayName: string }, steps: Array<{ fromStatus: ProposalStatus | null, toStatus: ProposalStatus, reason: string | null, actor: { displayName: string, organisation: { name: string } } }> }> };

export type ReportHandoverVisitMutationVariables = Exact<{
  input: VisitReportInput;
}>;


export type ReportHandoverVisitMutation = { recordVisitReport: { status: VisitStatus } };

export type WithdrawPlacedProfileMutationVariables = Exact<{
  id: string | number;
}>;


export type WithdrawPlacedProfileMutation = { withdrawCandidateProfile: boolean };

export type PrivacyWallCreateCandidateProfileMutationVariables = Exact<{
  input: CreateCandidateProfileInput;
}>;


export type PrivacyWallCreateCandidateProfileMutation = { createCandidateProfile: { id: string } };

export type PrivacyWallCreateCandidateProfile2MutationVariables = Exact<{
  input: CreateCandidateProfileInput;
}>;


export type PrivacyWallCreateCandidateProfile2Mutation = { createCandidateProfile: { id: string } };

export type PrivacyWallCreateVacancyMutationVariables = Exact<{
  input: CreateVacancyInput;
}>;


export type PrivacyWallCreateVacancyMutation = { createVacancy: { id: string } };

export type PrivacyWallAddEmployerContactMutationVariables = Exact<{
  input: AddContactInput;
}>;


export type PrivacyWallAddEmployerContactMutation = { addEmployerContact: { id: string } };

export type PrivacyWallPlanVisitMutationVariables = Exact<{
  input: PlanVisitInput;
}>;


export type PrivacyWallPlanVisitMutation = { planVisit: { visit: { id: string, location: string | null } } };

export type PrivacyWallUpdateEmployerMutationVariables = Exact<{
  input: UpdateEmployerInput;
}>;


export type PrivacyWallUpdateEmployerMutation = { updateEmployer: { id: string } };

export type PrivacyWallRecordVisitReportMutationVariables = Exact<{
  input: VisitReportInput;
}>;


export type PrivacyWallRecordVisitReportMutation = { recordVisitReport: { id: string } };

export type PrivacyWallStartImportMutationVariables = Exact<{
  input: StartImportInput;
}>;


export type PrivacyWallStartImportMutation = { startImport: { id: string } };

export type PrivacyWallStartImport2MutationVariables = Exact<{
  input: StartImportInput;
}>;


export type PrivacyWallStartImport2Mutation = { startImport: { id: string } };

export type PrivacyWallEmployerImportQueryVariables = Exact<{
  id: string | number;
}>;


export type PrivacyWallEmployerImportQuery = { employerImport: { status: ImportStatus, rowsFailed: number, errors: Array<{ line: number, column: string, message: string }> } };

export type PrivacyWallPlanVisit2MutationVariables = Exact<{
  input: PlanVisitInput;
}>;


export type PrivacyWallPlanVisit2Mutation = { planVisit: { visit: { id: string } } };

export type PrivacyWallVisitsQueryVariables = Exact<{ [key: string]: never; }>;


export type PrivacyWallVisitsQuery = { visits: { totalCount: number } };

export type PrivacyWallVisits2QueryVariables = Exact<{ [key: string]: never; }>;


export type PrivacyWallVisits2Query = { visits: { totalCount: number } };

export type CreateVacancyMutationVariables = Exact<{
  input: CreateVacancyInput;
}>;


export type CreateVacancyMutation = { createVacancy: { id: string, status: VacancyStatus, version: number, regionCode: string, ownerOrganisationId: string, skills: Array<{ skillCode: string, required: boolean, weight: number }> } };

export type ChangeVacancyStatusMutationVariables = Exact<{
  input: ChangeVacancyStatusInput;
}>;


export type ChangeVacancyStatusMutation = { changeVacancyStatus: { status: VacancyStatus, version: number } };

export type UpdateVacancyMutationVariables = Exact<{
  input: UpdateVacancyInput;
}>;


export type UpdateVacancyMutation = { updateVacancy: { id: string } };

export type EmployerVacanciesQueryVariables = Exact<{
  id: string | number;
}>;


export type EmployerVacanciesQuery = { employer: { vacancies: Array<{ id: string }>, timeline: Array<{ kind: TimelineKind }> } };

export type VacancyQueryVariables = Exact<{
  id: string | number;
}>;


export type VacancyQuery = { vacancy: { id: string, title: string } };

export type VacanciesQueryVariables = Exact<{
  filter?: VacancyFilter | null | undefined;
}>;


export type VacanciesQuery = { vacancies: { edges: Array<{ node: { id: string } }> } };

export type CreateTestEmployerMutationVariables = Exact<{
  input: CreateEmployerInput;
}>;


export type CreateTestEmployerMutation = { createEmployer: { id: string, kvkNumber: string, version: number } };

export type ProposeTestCandidateMutationVariables = Exact<{
  input: ProposeCandidateInput;
}>;


export type ProposeTestCandidateMutation = { proposeCandidate: { id: string, version: number, status: ProposalStatus } };

export type AdvanceTestProposalMutationVariables = Exact<{
  input: AdvanceProposalInput;
}>;


export type AdvanceTestProposalMutation = { advanceProposal: { id: string, version: number, status: ProposalStatus } };

export type CreateTestVacancyMutationVariables = Exact<{
  input: CreateVacancyInput;
}>;


export type CreateTestVacancyMutation = { createVacancy: { id: string, version: number } };

export type PlanTestVisitMutationVariables = Exact<{
  input: PlanVisitInput;
}>;


export type PlanTestVisitMutation = { planVisit: { visit: { id: string, version: number } } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}

export const ExpressInterestDocument = new TypedDocumentString(`
    mutation ExpressInterest($input: ExpressInterestInput!) {
  expressInterest(input: $input) {
    id
    status
    vacancyId
    profileId
  }
}
    `) as unknown as TypedDocumentString<ExpressInterestMutation, ExpressInterestMutationVariables>;
export const DeclineInterestDocument = new TypedDocumentString(`
    mutation DeclineInterest($input: DeclineInterestInput!) {
  declineInterest(input: $input) {
    id
    status
    declineReason
  }
}
    `) as unknown as TypedDocumentString<DeclineInterestMutation, DeclineInterestMutationVariables>;
export const ProposeCandidateDocument = new TypedDocumentString(`
    mutation ProposeCandidate($input: ProposeCandidateInput!) {
  proposeCandidate(input: $input) {
    id
    version
    status
    pool
    steps {
      fromStatus
      toStatus
      reason
    }
  }
}
    `) as unknown as TypedDocumentString<ProposeCandidateMutation, ProposeCandidateMutationVariables>;
export const AdvanceProposalDocument = new TypedDocumentString(`
    mutation AdvanceProposal($input: AdvanceProposalInput!) {
  advanceProposal(input: $input) {
    id
    version
    status
    steps {
      fromStatus
      toStatus
      actorId
      reason
    }
  }
}
    `) as unknown as TypedDocumentString<AdvanceProposalMutation, AdvanceProposalMutationVariables>;
export const HandoverNotificationsDocument = new TypedDocumentString(`
    query HandoverNotifications {
  notifications(first: 200) {
    edges {
      node {
        kind
        message
      }
    }
  }
}
    `) as unknown as TypedDocumentString<HandoverNotificationsQuery, HandoverNotificationsQueryVariables>;
export const VacancyInterestsDocument = new TypedDocumentString(`
    query VacancyInterests($id: ID!) {
  vacancy(id: $id) {
    interests {
      profileId
      status
    }
  }
}
    `) as unknown as TypedDocumentString<VacancyInterestsQuery, VacancyInterestsQueryVariables>;
export const InterestInboxDocument = new TypedDocumentString(`
    query InterestInbox {
  interestInbox {
    id
    status
    note
    profileId
    vacancy {
      id
      title
    }
    expressedByUser {
      displayName
      email
      organisation {
        name
      }
    }
    profile {
      publicCode
      coach {
        displayName
      }
    }
  }
}
    `) as unknown as TypedDocumentString<InterestInboxQuery, InterestInboxQueryVariables>;
export const VacancyProposalsDocument = new TypedDocumentString(`
    query VacancyProposals($id: ID!) {
  vacancy(id: $id) {
    proposals {
      status
      profile {
        publicCode
      }
    }
  }
}
    `) as unknown as TypedDocumentString<VacancyProposalsQuery, VacancyProposalsQueryVariables>;
export const OrganisationProposalsDocument = new TypedDocumentString(`
    query OrganisationProposals {
  organisationProposals {
    id
    status
    vacancy {
      title
    }
    proposedByUser {
      displayName
    }
    steps {
      fromStatus
      toStatus
      reason
      actor {
        displayName
        organisation {
          name
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<OrganisationProposalsQuery, OrganisationProposalsQueryVariables>;
export const ReportHandoverVisitDocument = new TypedDocumentString(`
    mutation ReportHandoverVisit($input: VisitReportInput!) {
  recordVisitReport(input: $input) {
    status
  }
}
    `) as unknown as TypedDocumentString<ReportHandoverVisitMutation, ReportHandoverVisitMutationVariables>;
export const WithdrawPlacedProfileDocument = new TypedDocumentString(`
    mutation WithdrawPlacedProfile($id: ID!) {
  withdrawCandidateProfile(id: $id, reason: OTHER)
}
    `) as unknown as TypedDocumentString<WithdrawPlacedProfileMutation, WithdrawPlacedProfileMutationVariables>;
export const PrivacyWallCreateCandidateProfileDocument = new TypedDocumentString(`
    mutation PrivacyWallCreateCandidateProfile($input: CreateCandidateProfileInput!) {
  createCandidateProfile(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<PrivacyWallCreateCandidateProfileMutation, PrivacyWallCreateCandidateProfileMutationVariables>;
export const PrivacyWallCreateCandidateProfile2Document = new TypedDocumentString(`
    mutation PrivacyWallCreateCandidateProfile2($input: CreateCandidateProfileInput!) {
  createCandidateProfile(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<PrivacyWallCreateCandidateProfile2Mutation, PrivacyWallCreateCandidateProfile2MutationVariables>;
export const PrivacyWallCreateVacancyDocument = new TypedDocumentString(`
    mutation PrivacyWallCreateVacancy($input: CreateVacancyInput!) {
  createVacancy(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<PrivacyWallCreateVacancyMutation, PrivacyWallCreateVacancyMutationVariables>;
export const PrivacyWallAddEmployerContactDocument = new TypedDocumentString(`
    mutation PrivacyWallAddEmployerContact($input: AddContactInput!) {
  addEmployerContact(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<PrivacyWallAddEmployerContactMutation, PrivacyWallAddEmployerContactMutationVariables>;
export const PrivacyWallPlanVisitDocument = new TypedDocumentString(`
    mutation PrivacyWallPlanVisit($input: PlanVisitInput!) {
  planVisit(input: $input) {
    visit {
      id
      location
    }
  }
}
    `) as unknown as TypedDocumentString<PrivacyWallPlanVisitMutation, PrivacyWallPlanVisitMutationVariables>;
export const PrivacyWallUpdateEmployerDocument = new TypedDocumentString(`
    mutation PrivacyWallUpdateEmployer($input: UpdateEmployerInput!) {
  updateEmployer(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<PrivacyWallUpdateEmployerMutation, PrivacyWallUpdateEmployerMutationVariables>;
export const PrivacyWallRecordVisitReportDocument = new TypedDocumentString(`
    mutation PrivacyWallRecordVisitReport($input: VisitReportInput!) {
  recordVisitReport(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<PrivacyWallRecordVisitReportMutation, PrivacyWallRecordVisitReportMutationVariables>;
export const PrivacyWallStartImportDocument = new TypedDocumentString(`
    mutation PrivacyWallStartImport($input: StartImportInput!) {
  startImport(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<PrivacyWallStartImportMutation, PrivacyWallStartImportMutationVariables>;
export const PrivacyWallStartImport2Document = new TypedDocumentString(`
    mutation PrivacyWallStartImport2($input: StartImportInput!) {
  startImport(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<PrivacyWallStartImport2Mutation, PrivacyWallStartImport2MutationVariables>;
export const PrivacyWallEmployerImportDocument = new TypedDocumentString(`
    query PrivacyWallEmployerImport($id: ID!) {
  employerImport(id: $id) {
    status
    rowsFailed
    errors {
      line
      column
      message
    }
  }
}
    `) as unknown as TypedDocumentString<PrivacyWallEmployerImportQuery, PrivacyWallEmployerImportQueryVariables>;
export const PrivacyWallPlanVisit2Document = new TypedDocumentString(`
    mutation PrivacyWallPlanVisit2($input: PlanVisitInput!) {
  planVisit(input: $input) {
    visit {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<PrivacyWallPlanVisit2Mutation, PrivacyWallPlanVisit2MutationVariables>;
export const PrivacyWallVisitsDocument = new TypedDocumentString(`
    query PrivacyWallVisits {
  visits(filter: {from: "2027-02-03T11:00:00+01:00", to: "2027-02-04T00:00:00Z"}) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<PrivacyWallVisitsQuery, PrivacyWallVisitsQueryVariables>;
export const PrivacyWallVisits2Document = new TypedDocumentString(`
    query PrivacyWallVisits2 {
  visits(filter: {from: "03-02-2027 10:00"}) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<PrivacyWallVisits2Query, PrivacyWallVisits2QueryVariables>;
export const CreateVacancyDocument = new TypedDocumentString(`
    mutation CreateVacancy($input: CreateVacancyInput!) {
  createVacancy(input: $input) {
    id
    status
    version
    regionCode
    ownerOrganisationId
    skills {
      skillCode
      required
      weight
    }
  }
}
    `) as unknown as TypedDocumentString<CreateVacancyMutation, CreateVacancyMutationVariables>;
export const ChangeVacancyStatusDocument = new TypedDocumentString(`
    mutation ChangeVacancyStatus($input: ChangeVacancyStatusInput!) {
  changeVacancyStatus(input: $input) {
    status
    version
  }
}
    `) as unknown as TypedDocumentString<ChangeVacancyStatusMutation, ChangeVacancyStatusMutationVariables>;
export const UpdateVacancyDocument = new TypedDocumentString(`
    mutation UpdateVacancy($input: UpdateVacancyInput!) {
  updateVacancy(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<UpdateVacancyMutation, UpdateVacancyMutationVariables>;
export const EmployerVacanciesDocument = new TypedDocumentString(`
    query EmployerVacancies($id: ID!) {
  employer(id: $id) {
    vacancies {
      id
    }
    timeline {
      kind
    }
  }
}
    `) as unknown as TypedDocumentString<EmployerVacanciesQuery, EmployerVacanciesQueryVariables>;
export const VacancyDocument = new TypedDocumentString(`
    query Vacancy($id: ID!) {
  vacancy(id: $id) {
    id
    title
  }
}
    `) as unknown as TypedDocumentString<VacancyQuery, VacancyQueryVariables>;
export const VacanciesDocument = new TypedDocumentString(`
    query Vacancies($filter: VacancyFilter) {
  vacancies(filter: $filter, first: 100) {
    edges {
      node {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<VacanciesQuery, VacanciesQueryVariables>;
export const CreateTestEmployerDocument = new TypedDocumentString(`
    mutation CreateTestEmployer($input: CreateEmployerInput!) {
  createEmployer(input: $input) {
    id
    kvkNumber
    version
  }
}
    `) as unknown as TypedDocumentString<CreateTestEmployerMutation, CreateTestEmployerMutationVariables>;
export const ProposeTestCandidateDocument = new TypedDocumentString(`
    mutation ProposeTestCandidate($input: ProposeCandidateInput!) {
  proposeCandidate(input: $input) {
    id
    version
    status
  }
}
    `) as unknown as TypedDocumentString<ProposeTestCandidateMutation, ProposeTestCandidateMutationVariables>;
export const AdvanceTestProposalDocument = new TypedDocumentString(`
    mutation AdvanceTestProposal($input: AdvanceProposalInput!) {
  advanceProposal(input: $input) {
    id
    version
    status
  }
}
    `) as unknown as TypedDocumentString<AdvanceTestProposalMutation, AdvanceTestProposalMutationVariables>;
export const CreateTestVacancyDocument = new TypedDocumentString(`
    mutation CreateTestVacancy($input: CreateVacancyInput!) {
  createVacancy(input: $input) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<CreateTestVacancyMutation, CreateTestVacancyMutationVariables>;
export const PlanTestVisitDocument = new TypedDocumentString(`
    mutation PlanTestVisit($input: PlanVisitInput!) {
  planVisit(input: $input) {
    visit {
      id
      version
    }
  }
}
    `) as unknown as TypedDocumentString<PlanTestVisitMutation, PlanTestVisitMutationVariables>;