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

export type AddEmployerNoteInput = {
  employerId: string | number;
  text: string;
};

export type AddFollowUpInput = {
  /** ISO date. */
  dueOn?: string | null | undefined;
  /** A participant of the visit. */
  ownerId: string | number;
  title: string;
  visitId: string | number;
};

export type AddUserInput = {
  displayName: string;
  /** Work e-mail address. */
  email: string;
  /** The identity provider (its issuer URL) the subject belongs to; defaults to the organisation's only provider. */
  issuer?: string | null | undefined;
  /** Defaults to the administrator's own organisation, the only one allowed. */
  organisationId?: string | number | null | undefined;
  roles: Array<Role>;
  /** The identity provider's subject (`sub` claim) of this person. */
  subject: string;
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

export type CancelVisitInput = {
  id: string | number;
  reason: string;
  /** The version last read; a stale one is refused with CONFLICT. */
  version: number;
};

/** The owner's kind of organisation. */
export type CandidatePool =
  | 'MUNICIPALITY'
  | 'UWV';

export type CandidateStatus =
  | 'ACTIVE'
  | 'PAUSED'
  | 'PLACED';

export type ChangeCandidateStatusInput = {
  id: string | number;
  status: CandidateStatus;
  /** The version last read; a stale one is refused with CONFLICT. */
  version: number;
};

export type ChangeUserRolesInput = {
  roles: Array<Role>;
  userId: string | number;
  /** The version last read; a stale one is refused with CONFLICT. */
  version: number;
};

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

export type EmployerFilter = {
  /** true: with an open vacancy; false: without one. */
  hasOpenVacancies?: boolean | null | undefined;
  keyAccount?: boolean | null | undefined;
  /** Employers whose lead account manager is this user. */
  leadUserId?: string | number | null | undefined;
  municipalityCode?: string | null | undefined;
  /** No contact (a held visit or a note) in this many days, or never: the accounts to call. */
  noContactForDays?: number | null | undefined;
  /** SBI code or a prefix of one (e.g. 47 for retail). */
  sbi?: string | null | undefined;
  /** Part of the legal or trade name or of the place, or a KvK number. */
  search?: string | null | undefined;
  sizeClass?: SizeClass | null | undefined;
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

export type MatchingWeightsInput = {
  availability?: number | null | undefined;
  distance?: number | null | undefined;
  education?: number | null | undefined;
  hours?: number | null | undefined;
  languages?: number | null | undefined;
  niceToHaveSkills?: number | null | undefined;
  occupation?: number | null | undefined;
  requiredSkills?: number | null | undefined;
};

export type NotificationDelivery =
  | 'DAILY_DIGEST'
  | 'IMMEDIATE'
  | 'IN_APP_ONLY';

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

export type OrganisationKind =
  | 'MUNICIPALITY'
  | 'UWV';

export type ParticipantInput = {
  /** Exactly one participant is the lead. */
  isLead?: boolean | null | undefined;
  userId: string | number;
};

/** A kind of personal data the privacy guard refuses. */
export type PiiKind =
  | 'ADDRESS'
  | 'BIRTH_DATE'
  | 'BSN'
  | 'EMAIL'
  | 'IBAN'
  | 'PERSON_NAME'
  | 'PHONE';

/** A grouping of placements. SECTOR is the SBI section of the employer when placed, OCCUPATION_GROUP the ISCO major group; TARGET_GROUP counts a placement once in each of its target groups (NONE when it had none). */
export type PlacementDimension =
  | 'CONTRACT_TYPE'
  | 'MONTH'
  | 'OCCUPATION_GROUP'
  | 'ORGANISATION'
  | 'POOL'
  | 'QUARTER'
  | 'SECTOR'
  | 'TARGET_GROUP'
  | 'VIA_JOINT_VISIT';

export type PlacementReportInput = {
  /** First day, ISO date. */
  from: string;
  /** Up to 3 groupings, in the order of the row keys. */
  groupBy: Array<PlacementDimension>;
  regionCode: string;
  /** Last day, ISO date. */
  to: string;
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

export type Role =
  /** Accountmanager: keeps employer accounts and vacancies, visits employers. */
  | 'ACCOUNT_MANAGER'
  /** Manages the users of their own organisation. */
  | 'ADMIN'
  /** Werkcoach / adviseur werk: owns anonymised candidate profiles. */
  | 'JOB_COACH'
  /** Regiodirecteur: follows aggregated results of the region. */
  | 'REGIONAL_DIRECTOR';

export type SetUserActiveInput = {
  userId: string | number;
  /** The version last read; a stale one is refused with CONFLICT. */
  version: number;
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

export type TeamMemberInput = {
  employerId: string | number;
  /** Make this member the lead; the previous lead stays in the team. */
  isLead?: boolean | null | undefined;
  userId: string | number;
};

export type TimelineKind =
  | 'CREATED'
  | 'MERGED'
  | 'NOTE'
  | 'TEAM_CHANGED'
  | 'UPDATED'
  | 'VACANCY_CREATED'
  | 'VACANCY_STATUS'
  | 'VISIT';

export type UpdateCandidateProfileInput = {
  ageBand?: AgeBand | null | undefined;
  /** Month, e.g. 2027-02. */
  availableFrom?: string | null | undefined;
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
  id: string | number;
  /** Owner-only; no personal details either. */
  internalNote?: string | null | undefined;
  /** ISO 639-1 codes, e.g. nl, en. */
  languages?: Array<string> | null | undefined;
  legalBasis?: LegalBasis | null | undefined;
  /** Municipality of residence (CBS code); decides the region. */
  municipalityCode?: string | null | undefined;
  /** Desired ISCO-08 unit groups (4 digits), 1 to 5. */
  occupationCodes?: Array<string> | null | undefined;
  /** A few lines on what the candidate seeks and offers; no personal details. */
  pitch?: string | null | undefined;
  skillCodes?: Array<string> | null | undefined;
  targetGroups?: Array<TargetGroup> | null | undefined;
  /** Default 15. */
  travelRadiusKm?: number | null | undefined;
  /** The version last read; a stale one is refused with CONFLICT. */
  version: number;
  /** Month the WW benefit ends, required with MAX_WW. */
  wwEndMonth?: string | null | undefined;
};

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

/** Leave a field out to keep its current value. */
export type UpdateMatchingConfigInput = {
  maxWwBonus?: number | null | undefined;
  maxWwWindowMonths?: number | null | undefined;
  minimumHoursOverlap?: number | null | undefined;
  minimumPoolShare?: number | null | undefined;
  minimumScore?: number | null | undefined;
  regionCode: string;
  topListSize?: number | null | undefined;
  travelToleranceKm?: number | null | undefined;
  /** The version last read (0 for a region on the defaults). */
  version: number;
  weights?: MatchingWeightsInput | null | undefined;
};

/** Corrections to a user's sign-in issuer, subject, name or e-mail; what is left out stays. */
export type UpdateUserInput = {
  displayName?: string | null | undefined;
  /** Work e-mail address. */
  email?: string | null | undefined;
  /** The identity provider (its issuer URL) the subject belongs to; what is left out stays. */
  issuer?: string | null | undefined;
  /** The identity provider's subject (`sub` claim) of this person. */
  subject?: string | null | undefined;
  userId: string | number;
  /** The version last read; a stale one is refused with CONFLICT. */
  version: number;
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

export type UpdateVisitInput = {
  agenda?: string | null | undefined;
  /** Plan even when a participant is already booked at that time. */
  allowOverlap?: boolean | null | undefined;
  endsAt?: string | null | undefined;
  id: string | number;
  location?: string | null | undefined;
  /** Default AT_EMPLOYER (its business address). */
  locationKind?: VisitLocationKind | null | undefined;
  participants?: Array<ParticipantInput> | null | undefined;
  purpose?: string | null | undefined;
  startsAt?: string | null | undefined;
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

export type AuthMeQueryVariables = Exact<{ [key: string]: never; }>;


export type AuthMeQuery = { me: { displayName: string, email: string, roles: Array<Role>, organisation: { name: string, kind: OrganisationKind } } };

export type AuthAddUserMutationVariables = Exact<{
  input: AddUserInput;
}>;


export type AuthAddUserMutation = { addUser: { id: string } };

export type AuthMe2QueryVariables = Exact<{ [key: string]: never; }>;


export type AuthMe2Query = { me: { id: string } };

export type AuthMe3QueryVariables = Exact<{ [key: string]: never; }>;


export type AuthMe3Query = { me: { id: string } };

export type AuthMe4QueryVariables = Exact<{ [key: string]: never; }>;


export type AuthMe4Query = { me: { id: string } };

export type AuthMe5QueryVariables = Exact<{ [key: string]: never; }>;


export type AuthMe5Query = { me: { id: string } };

export type AuthMe6QueryVariables = Exact<{ [key: string]: never; }>;


export type AuthMe6Query = { me: { id: string } };

export type AuthMe7QueryVariables = Exact<{ [key: string]: never; }>;


export type AuthMe7Query = { me: { id: string } };

export type BackupRestoreMeQueryVariables = Exact<{ [key: string]: never; }>;


export type BackupRestoreMeQuery = { me: { displayName: string }, employers: { totalCount: number } };

export type CandidateProfilesCreateMutationVariables = Exact<{
  input: CreateCandidateProfileInput;
}>;


export type CandidateProfilesCreateMutation = { createCandidateProfile: { id: string, version: number, publicCode: string, pool: CandidatePool, regionCode: string, ownerOrganisationId: string, coachId: string, occupationCodes: Array<string>, skillCodes: Array<string>, educationLevel: string | null, experienceBand: ExperienceBand | null, hoursMin: number | null, hoursMax: number | null, availableFrom: string | null, municipalityCode: string, travelRadiusKm: number, drivingLicences: Array<string>, languages: Array<string>, targetGroups: Array<TargetGroup>, wwEndMonth: string | null, pitch: string | null, status: CandidateStatus, expiresOn: string, ageBand: AgeBand | null, internalNote: string | null, hasClientNumber: boolean, legalBasis: LegalBasis, legalBasisRecordedAt: string, legalBasisRecordedBy: string, missingForSharing: Array<string>, createdAt: string, updatedAt: string } };

export type CandidateProfilesUpdateMutationVariables = Exact<{
  input: UpdateCandidateProfileInput;
}>;


export type CandidateProfilesUpdateMutation = { updateCandidateProfile: { id: string, version: number, publicCode: string, pool: CandidatePool, regionCode: string, ownerOrganisationId: string, coachId: string, occupationCodes: Array<string>, skillCodes: Array<string>, educationLevel: string | null, experienceBand: ExperienceBand | null, hoursMin: number | null, hoursMax: number | null, availableFrom: string | null, municipalityCode: string, travelRadiusKm: number, drivingLicences: Array<string>, languages: Array<string>, targetGroups: Array<TargetGroup>, wwEndMonth: string | null, pitch: string | null, status: CandidateStatus, expiresOn: string, ageBand: AgeBand | null, internalNote: string | null, hasClientNumber: boolean, legalBasis: LegalBasis, legalBasisRecordedAt: string, legalBasisRecordedBy: string, missingForSharing: Array<string>, createdAt: string, updatedAt: string } };

export type CandidateProfilesChangeCandidateProfileStatusMutationVariables = Exact<{
  input: ChangeCandidateStatusInput;
}>;


export type CandidateProfilesChangeCandidateProfileStatusMutation = { changeCandidateProfileStatus: { id: string, version: number, status: CandidateStatus } };

export type CandidateProfilesGetQueryVariables = Exact<{
  id: string | number;
}>;


export type CandidateProfilesGetQuery = { candidateProfile: { id: string, version: number, publicCode: string, pool: CandidatePool, regionCode: string, ownerOrganisationId: string, coachId: string, occupationCodes: Array<string>, skillCodes: Array<string>, educationLevel: string | null, experienceBand: ExperienceBand | null, hoursMin: number | null, hoursMax: number | null, availableFrom: string | null, municipalityCode: string, travelRadiusKm: number, drivingLicences: Array<string>, languages: Array<string>, targetGroups: Array<TargetGroup>, wwEndMonth: string | null, pitch: string | null, status: CandidateStatus, expiresOn: string, ageBand: AgeBand | null, internalNote: string | null, hasClientNumber: boolean, legalBasis: LegalBasis, legalBasisRecordedAt: string, legalBasisRecordedBy: string, missingForSharing: Array<string>, createdAt: string, updatedAt: string } };

export type CandidateProfilesWithdrawCandidateProfileMutationVariables = Exact<{
  id: string | number;
}>;


export type CandidateProfilesWithdrawCandidateProfileMutation = { withdrawCandidateProfile: boolean };

export type CandidateProfilesCandidateProfiles2QueryVariables = Exact<{ [key: string]: never; }>;


export type CandidateProfilesCandidateProfiles2Query = { candidateProfiles: { edges: Array<{ node: { id: string } }> } };

export type CandidateProfilesCandidateProfiles3QueryVariables = Exact<{ [key: string]: never; }>;


export type CandidateProfilesCandidateProfiles3Query = { candidateProfiles: { totalCount: number } };

export type CandidateProfilesCandidateProfiles4QueryVariables = Exact<{ [key: string]: never; }>;


export type CandidateProfilesCandidateProfiles4Query = { candidateProfiles: { edges: Array<{ node: { id: string } }> } };

export type CandidateProfilesRenewCandidateProfileMutationVariables = Exact<{
  id: string | number;
  version: number;
}>;


export type CandidateProfilesRenewCandidateProfileMutation = { renewCandidateProfile: { version: number, expiresOn: string } };

export type CandidateProfilesWithdrawCandidateProfile2MutationVariables = Exact<{
  id: string | number;
}>;


export type CandidateProfilesWithdrawCandidateProfile2Mutation = { withdrawCandidateProfile: boolean };

export type CandidateProfilesCandidateProfileByClientNumberQueryVariables = Exact<{
  n: string;
}>;


export type CandidateProfilesCandidateProfileByClientNumberQuery = { candidateProfileByClientNumber: { id: string } };

export type CandidateProfilesCandidateProfileByClientNumber2QueryVariables = Exact<{
  n: string;
}>;


export type CandidateProfilesCandidateProfileByClientNumber2Query = { candidateProfileByClientNumber: { id: string } };

export type CandidateProfilesNotificationsQueryVariables = Exact<{ [key: string]: never; }>;


export type CandidateProfilesNotificationsQuery = { notifications: { edges: Array<{ node: { id: string, kind: NotificationKind, message: string, entityId: string | null } }> } };

export type CandidateProfilesMarkNotificationReadMutationVariables = Exact<{
  id: string | number;
}>;


export type CandidateProfilesMarkNotificationReadMutation = { markNotificationRead: { readAt: string | null } };

export type CandidateProfilesMarkNotificationRead2MutationVariables = Exact<{
  id: string | number;
}>;


export type CandidateProfilesMarkNotificationRead2Mutation = { markNotificationRead: { readAt: string | null } };

export type CandidateProfilesCandidateProfilesQueryVariables = Exact<{
  code?: string | null | undefined;
}>;


export type CandidateProfilesCandidateProfilesQuery = { candidateProfiles: { edges: Array<{ node: { id: string } }> } };

export type CandidateProfilesPrivacyCheckQueryVariables = Exact<{
  text: string;
}>;


export type CandidateProfilesPrivacyCheckQuery = { privacyCheck: { kinds: Array<PiiKind> } };

export type DatabaseSilentAddEmployerNoteMutationVariables = Exact<{
  input: AddEmployerNoteInput;
}>;


export type DatabaseSilentAddEmployerNoteMutation = { addEmployerNote: { id: string } };

export type DatabaseSilentEmployerQueryVariables = Exact<{
  id: string | number;
}>;


export type DatabaseSilentEmployerQuery = { employer: { id: string } };

export type DemoDataEmployersQueryVariables = Exact<{
  from: string;
  to: string;
}>;


export type DemoDataEmployersQuery = { employers: { totalCount: number }, myAgenda: { totalCount: number }, followUps: { totalCount: number } };

export type DirectoryChangeUserRolesMutationVariables = Exact<{
  input: ChangeUserRolesInput;
}>;


export type DirectoryChangeUserRolesMutation = { changeUserRoles: { id: string, roles: Array<Role>, version: number } };

export type DirectoryDeactivateUserMutationVariables = Exact<{
  input: SetUserActiveInput;
}>;


export type DirectoryDeactivateUserMutation = { deactivateUser: { id: string, active: boolean, version: number } };

export type DirectoryAddUserMutationVariables = Exact<{
  input: AddUserInput;
}>;


export type DirectoryAddUserMutation = { addUser: { id: string, email: string, roles: Array<Role>, active: boolean, organisation: { slug: string } } };

export type DirectoryRegionsQueryVariables = Exact<{ [key: string]: never; }>;


export type DirectoryRegionsQuery = { regions: Array<{ code: string, name: string }>, municipalities: Array<{ code: string, name: string, regionCode: string }> };

export type DirectoryRegions2QueryVariables = Exact<{ [key: string]: never; }>;


export type DirectoryRegions2Query = { regions: Array<{ code: string }>, municipalities: Array<{ code: string, name: string, latitude: number, longitude: number }> };

export type DirectoryMunicipalitiesQueryVariables = Exact<{ [key: string]: never; }>;


export type DirectoryMunicipalitiesQuery = { municipalities: Array<{ code: string }> };

export type DirectoryOrganisationsQueryVariables = Exact<{ [key: string]: never; }>;


export type DirectoryOrganisationsQuery = { organisations: Array<{ slug: string, kind: OrganisationKind, regionCodes: Array<string>, municipalityCodes: Array<string> }> };

export type DirectoryOrganisations2QueryVariables = Exact<{ [key: string]: never; }>;


export type DirectoryOrganisations2Query = { organisations: Array<{ slug: string }> };

export type DirectoryUsers2QueryVariables = Exact<{
  org: string | number;
}>;


export type DirectoryUsers2Query = { users: { totalCount: number } };

export type DirectoryUsers3QueryVariables = Exact<{
  org: string | number;
}>;


export type DirectoryUsers3Query = { users: { totalCount: number } };

export type DirectoryMeQueryVariables = Exact<{ [key: string]: never; }>;


export type DirectoryMeQuery = { me: { email: string } };

export type DirectoryUsersQueryVariables = Exact<{
  id: string | number;
}>;


export type DirectoryUsersQuery = { users: { edges: Array<{ node: { id: string, subject: string | null } }> } };

export type DirectoryUpdateUserMutationVariables = Exact<{
  input: UpdateUserInput;
}>;


export type DirectoryUpdateUserMutation = { updateUser: { id: string, displayName: string, email: string, version: number, subject: string | null } };

export type DirectoryMe2QueryVariables = Exact<{ [key: string]: never; }>;


export type DirectoryMe2Query = { me: { displayName: string } };

export type DirectoryMe3QueryVariables = Exact<{ [key: string]: never; }>;


export type DirectoryMe3Query = { me: { id: string } };

export type DirectoryMe4QueryVariables = Exact<{ [key: string]: never; }>;


export type DirectoryMe4Query = { me: { id: string } };

export type DirectoryMe5QueryVariables = Exact<{ [key: string]: never; }>;


export type DirectoryMe5Query = { me: { id: string } };

export type DirectoryReactivateUserMutationVariables = Exact<{
  input: SetUserActiveInput;
}>;


export type DirectoryReactivateUserMutation = { reactivateUser: { active: boolean } };

export type DirectoryMe6QueryVariables = Exact<{ [key: string]: never; }>;


export type DirectoryMe6Query = { me: { id: string } };

export type EmployerListEmployersQueryVariables = Exact<{
  first?: number | null | undefined;
}>;


export type EmployerListEmployersQuery = { employers: { totalCount: number, edges: Array<{ node: { id: string, legalName: string, contacts: Array<{ name: string, role: string | null }>, team: Array<{ userId: string, isLead: boolean }>, vacancies: Array<{ id: string, status: VacancyStatus }>, timeline: Array<{ kind: TimelineKind, text: string }> } }> } };

export type EmployerListAddEmployerContactMutationVariables = Exact<{
  input: AddContactInput;
}>;


export type EmployerListAddEmployerContactMutation = { addEmployerContact: { id: string } };

export type EmployerListCreateVacancyMutationVariables = Exact<{
  input: CreateVacancyInput;
}>;


export type EmployerListCreateVacancyMutation = { createVacancy: { id: string } };

export type EmployersCreateEmployerMutationVariables = Exact<{
  input: CreateEmployerInput;
}>;


export type EmployersCreateEmployerMutation = { createEmployer: { id: string, regionCode: string, kvkNumber: string, postcode: string | null, version: number } };

export type EmployersUpdateEmployerMutationVariables = Exact<{
  input: UpdateEmployerInput;
}>;


export type EmployersUpdateEmployerMutation = { updateEmployer: { id: string, legalName: string, keyAccount: boolean, version: number } };

export type EmployersEmployerQueryVariables = Exact<{
  id: string | number;
}>;


export type EmployersEmployerQuery = { employer: { id: string, legalName: string } };

export type EmployersCreateEmployer2MutationVariables = Exact<{
  input: CreateEmployerInput;
}>;


export type EmployersCreateEmployer2Mutation = { createEmployer: { id: string, postcode: string | null, team: Array<{ isLead: boolean, user: { email: string } }>, timeline: Array<{ kind: TimelineKind }> } };

export type EmployersEmployersQueryVariables = Exact<{ [key: string]: never; }>;


export type EmployersEmployersQuery = { employers: { totalCount: number } };

export type EmployersAddEmployerContactMutationVariables = Exact<{
  input: AddContactInput;
}>;


export type EmployersAddEmployerContactMutation = { addEmployerContact: { id: string, version: number } };

export type EmployersAddTeamMemberMutationVariables = Exact<{
  input: TeamMemberInput;
}>;


export type EmployersAddTeamMemberMutation = { addTeamMember: Array<{ userId: string, isLead: boolean }> };

export type EmployersAddTeamMember2MutationVariables = Exact<{
  input: TeamMemberInput;
}>;


export type EmployersAddTeamMember2Mutation = { addTeamMember: Array<{ userId: string }> };

export type EmployersAddEmployerNote2MutationVariables = Exact<{
  input: AddEmployerNoteInput;
}>;


export type EmployersAddEmployerNote2Mutation = { addEmployerNote: { id: string } };

export type EmployersEmployer2QueryVariables = Exact<{
  id: string | number;
}>;


export type EmployersEmployer2Query = { employer: { contacts: Array<{ name: string, email: string | null }>, timeline: Array<{ kind: TimelineKind, text: string }> } };

export type EmployersRemoveTeamMemberMutationVariables = Exact<{
  e: string | number;
  u: string | number;
}>;


export type EmployersRemoveTeamMemberMutation = { removeTeamMember: Array<{ userId: string }> };

export type EmployersAddTeamMember3MutationVariables = Exact<{
  input: TeamMemberInput;
}>;


export type EmployersAddTeamMember3Mutation = { addTeamMember: Array<{ userId: string }> };

export type EmployersAddEmployerNote3MutationVariables = Exact<{
  input: AddEmployerNoteInput;
}>;


export type EmployersAddEmployerNote3Mutation = { addEmployerNote: { id: string, kind: TimelineKind, text: string, authorId: string } };

export type EmployersAddEmployerNoteMutationVariables = Exact<{
  input: AddEmployerNoteInput;
}>;


export type EmployersAddEmployerNoteMutation = { addEmployerNote: { kind: TimelineKind, text: string } };

export type EmployersEmployers2QueryVariables = Exact<{
  filter?: EmployerFilter | null | undefined;
}>;


export type EmployersEmployers2Query = { employers: { edges: Array<{ node: { id: string } }> } };

export type EmployersEmployers3QueryVariables = Exact<{
  filter?: EmployerFilter | null | undefined;
}>;


export type EmployersEmployers3Query = { employers: { edges: Array<{ node: { id: string } }> } };

export type EmployersCreateVacancyMutationVariables = Exact<{
  input: CreateVacancyInput;
}>;


export type EmployersCreateVacancyMutation = { createVacancy: { id: string } };

export type EmployersAddEmployerNote4MutationVariables = Exact<{
  input: AddEmployerNoteInput;
}>;


export type EmployersAddEmployerNote4Mutation = { addEmployerNote: { id: string } };

export type EmployersEmployers4QueryVariables = Exact<{
  filter?: EmployerFilter | null | undefined;
}>;


export type EmployersEmployers4Query = { employers: { edges: Array<{ node: { id: string, lastContactAt: string | null } }> } };

export type EmployersEmployers5QueryVariables = Exact<{ [key: string]: never; }>;


export type EmployersEmployers5Query = { employers: { totalCount: number } };

export type EmployersMergeEmployersMutationVariables = Exact<{
  keep: string | number;
  merge: string | number;
}>;


export type EmployersMergeEmployersMutation = { mergeEmployers: { id: string, version: number, sbiCodes: Array<string>, website: string | null } };

export type EmployersPossibleDuplicatesQueryVariables = Exact<{
  id: string | number;
}>;


export type EmployersPossibleDuplicatesQuery = { possibleDuplicates: Array<{ id: string }> };

export type EmployersEmployers6QueryVariables = Exact<{ [key: string]: never; }>;


export type EmployersEmployers6Query = { employers: { edges: Array<{ node: { id: string, hasPossibleDuplicates: boolean } }> } };

export type EmployersEmployer3QueryVariables = Exact<{
  id: string | number;
}>;


export type EmployersEmployer3Query = { employer: { hasPossibleDuplicates: boolean } };

export type EmployersAddEmployerContact2MutationVariables = Exact<{
  input: AddContactInput;
}>;


export type EmployersAddEmployerContact2Mutation = { addEmployerContact: { id: string } };

export type EmployersCreateVacancy2MutationVariables = Exact<{
  input: CreateVacancyInput;
}>;


export type EmployersCreateVacancy2Mutation = { createVacancy: { id: string } };

export type EmployersEmployerMergePreviewQueryVariables = Exact<{
  keep: string | number;
  merge: string | number;
}>;


export type EmployersEmployerMergePreviewQuery = { employerMergePreview: { contacts: number, vacancies: number, visits: number, placements: number, timelineEntries: number, teamMembers: number, filledFields: Array<string> } };

export type EmployersEmployerMergePreview2QueryVariables = Exact<{
  id: string | number;
}>;


export type EmployersEmployerMergePreview2Query = { employerMergePreview: { contacts: number } };

export type EmployersEmployer4QueryVariables = Exact<{
  id: string | number;
}>;


export type EmployersEmployer4Query = { employer: { contacts: Array<{ name: string }>, vacancies: Array<{ id: string }>, team: Array<{ isLead: boolean, user: { email: string } }>, timeline: Array<{ kind: TimelineKind }> } };

export type EmployersEmployer5QueryVariables = Exact<{
  id: string | number;
}>;


export type EmployersEmployer5Query = { employer: { mergedIntoId: string | null } };

export type EmployersEmployers7QueryVariables = Exact<{
  search?: string | null | undefined;
}>;


export type EmployersEmployers7Query = { employers: { edges: Array<{ node: { id: string } }> } };

export type EmployersAddEmployerContact3MutationVariables = Exact<{
  input: AddContactInput;
}>;


export type EmployersAddEmployerContact3Mutation = { addEmployerContact: { id: string } };

export type FirstDayMeQueryVariables = Exact<{ [key: string]: never; }>;


export type FirstDayMeQuery = { me: { id: string, roles: Array<Role>, organisation: { slug: string, regionCodes: Array<string> } } };

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

export type IdempotencyCreateVacancyMutationVariables = Exact<{
  input: CreateVacancyInput;
  key?: string | null | undefined;
}>;


export type IdempotencyCreateVacancyMutation = { createVacancy: { id: string, title: string } };

export type IdempotencyAddEmployerNoteMutationVariables = Exact<{
  input: AddEmployerNoteInput;
  key?: string | null | undefined;
}>;


export type IdempotencyAddEmployerNoteMutation = { addEmployerNote: { id: string, text: string } };

export type IdempotencyPlanVisitMutationVariables = Exact<{
  input: PlanVisitInput;
  key?: string | null | undefined;
}>;


export type IdempotencyPlanVisitMutation = { planVisit: { visit: { id: string } } };

export type IdempotencyPlanVisit2MutationVariables = Exact<{
  input: PlanVisitInput;
}>;


export type IdempotencyPlanVisit2Mutation = { planVisit: { visit: { id: string } } };

export type IdempotencyAddFollowUpMutationVariables = Exact<{
  input: AddFollowUpInput;
  key?: string | null | undefined;
}>;


export type IdempotencyAddFollowUpMutation = { addFollowUp: { id: string } };

export type ImportUploadEmployerImportQueryVariables = Exact<{
  id: string | number;
}>;


export type ImportUploadEmployerImportQuery = { employerImport: { status: ImportStatus, rowsTotal: number, rowsChanged: number, rowsFailed: number, failure: string | null } };

export type ImportsStartImportMutationVariables = Exact<{
  input: StartImportInput;
}>;


export type ImportsStartImportMutation = { startImport: { id: string, status: ImportStatus } };

export type ImportsEmployerImportQueryVariables = Exact<{
  id: string | number;
}>;


export type ImportsEmployerImportQuery = { employerImport: { status: ImportStatus, rowsTotal: number, rowsDone: number, rowsChanged: number, rowsFailed: number, failure: string | null, errors: Array<{ line: number, column: string, message: string }>, warnings: Array<{ line: number, column: string, message: string }> } };

export type MatchingVacancyQueryVariables = Exact<{
  id: string | number;
  dismissed?: boolean | null | undefined;
}>;


export type MatchingVacancyQuery = { vacancy: { suggestions: Array<{ profileId: string, pool: CandidatePool, score: number, rank: number, balanced: boolean, maxWwBonus: number, distanceKm: number, explanation: Array<string>, engineVersion: number, dismissedAt: string | null, fit: { occupationMatch: string, occupationCode: string | null, distanceKm: number, maxWwPriority: boolean, missingSkills: Array<{ code: string, label: string }> } | null, components: Array<{ name: string, value: number | null, weight: number }>, profile: { id: string, publicCode: string, pool: CandidatePool, occupationCodes: Array<string>, hoursMin: number | null, hoursMax: number | null, municipalityCode: string } | null }> } };

export type MatchingMatchingRunsQueryVariables = Exact<{
  id: string | number;
}>;


export type MatchingMatchingRunsQuery = { matchingRuns: Array<{ jobId: string, status: string, error: string | null, candidates: number | null, suggestions: number | null }> };

export type MatchingCreateVacancyMutationVariables = Exact<{
  input: CreateVacancyInput;
}>;


export type MatchingCreateVacancyMutation = { createVacancy: { id: string, version: number } };

export type MatchingMatchingPreviewQueryVariables = Exact<{
  vacancyId: string | number;
  input: UpdateMatchingConfigInput;
}>;


export type MatchingMatchingPreviewQuery = { matchingPreview: { current: Array<{ profileId: string, score: number, rank: number, pool: CandidatePool }>, edited: Array<{ profileId: string, score: number, rank: number }> } };

export type MatchingMatchingConfigQueryVariables = Exact<{ [key: string]: never; }>;


export type MatchingMatchingConfigQuery = { matchingConfig: { version: number, minimumScore: number } };

export type MatchingNewSuggestionsQueryVariables = Exact<{ [key: string]: never; }>;


export type MatchingNewSuggestionsQuery = { newSuggestions: Array<{ vacancyId: string, vacancyTitle: string, count: number, bestScore: number, newestAt: string }> };

export type MatchingNewSuggestions2QueryVariables = Exact<{ [key: string]: never; }>;


export type MatchingNewSuggestions2Query = { newSuggestions: Array<{ count: number }> };

export type MatchingUpdateVacancyMutationVariables = Exact<{
  input: UpdateVacancyInput;
}>;


export type MatchingUpdateVacancyMutation = { updateVacancy: { version: number } };

export type MatchingCandidateProfileQueryVariables = Exact<{
  id: string | number;
}>;


export type MatchingCandidateProfileQuery = { candidateProfile: { suggestions: Array<{ vacancyId: string, score: number }> } };

export type MatchingCandidateProfile2QueryVariables = Exact<{
  id: string | number;
}>;


export type MatchingCandidateProfile2Query = { candidateProfile: { suggestions: Array<{ vacancyId: string }> } };

export type MatchingDismissSuggestionMutationVariables = Exact<{
  v: string | number;
  p: string | number;
}>;


export type MatchingDismissSuggestionMutation = { dismissSuggestion: { score: number } };

export type MatchingChangeCandidateProfileStatusMutationVariables = Exact<{
  input: ChangeCandidateStatusInput;
}>;


export type MatchingChangeCandidateProfileStatusMutation = { changeCandidateProfileStatus: { version: number } };

export type MatchingWithdrawCandidateProfileMutationVariables = Exact<{
  id: string | number;
}>;


export type MatchingWithdrawCandidateProfileMutation = { withdrawCandidateProfile: boolean };

export type MatchingDismissSuggestion2MutationVariables = Exact<{
  v: string | number;
  p: string | number;
}>;


export type MatchingDismissSuggestion2Mutation = { dismissSuggestion: { dismissedAt: string | null } };

export type MatchingRequestMatchingMutationVariables = Exact<{
  id: string | number;
}>;


export type MatchingRequestMatchingMutation = { requestMatching: string };

export type MatchingChangeVacancyStatusMutationVariables = Exact<{
  input: ChangeVacancyStatusInput;
}>;


export type MatchingChangeVacancyStatusMutation = { changeVacancyStatus: { status: VacancyStatus } };

export type MatchingCreateVacancy2MutationVariables = Exact<{
  input: CreateVacancyInput;
}>;


export type MatchingCreateVacancy2Mutation = { createVacancy: { id: string } };

export type MatchingVacancy2QueryVariables = Exact<{
  id: string | number;
}>;


export type MatchingVacancy2Query = { vacancy: { suggestions: Array<{ profileId: string, explanation: Array<string> }> } };

export type MatchingCreateVacancy3MutationVariables = Exact<{
  input: CreateVacancyInput;
}>;


export type MatchingCreateVacancy3Mutation = { createVacancy: { id: string, remoteWork: boolean } };

export type MatchingVacancy3QueryVariables = Exact<{
  id: string | number;
}>;


export type MatchingVacancy3Query = { vacancy: { suggestions: Array<{ profileId: string, explanation: Array<string> }> } };

export type MatchingUpdateCandidateProfileMutationVariables = Exact<{
  input: UpdateCandidateProfileInput;
}>;


export type MatchingUpdateCandidateProfileMutation = { updateCandidateProfile: { id: string } };

export type MatchingUpdateMatchingConfigMutationVariables = Exact<{
  input: UpdateMatchingConfigInput;
}>;


export type MatchingUpdateMatchingConfigMutation = { updateMatchingConfig: { regionCode: string, version: number, maxWwBonus: number, weights: { distance: number, occupation: number } } };

export type MatchingMatchingConfig2QueryVariables = Exact<{ [key: string]: never; }>;


export type MatchingMatchingConfig2Query = { matchingConfig: { version: number, maxWwBonus: number } };

export type JanDeVries_111222333QueryVariables = Exact<{ [key: string]: never; }>;


export type JanDeVries_111222333Query = { employers: { totalCount: number } };

export type MissingVacancyQueryVariables = Exact<{ [key: string]: never; }>;


export type MissingVacancyQuery = { vacancy: { id: string } };

export type MutationFuzzCreateEmployerMutationVariables = Exact<{
  input: CreateEmployerInput;
}>;


export type MutationFuzzCreateEmployerMutation = { createEmployer: { id: string } };

export type NotificationLiveNotificationAddedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type NotificationLiveNotificationAddedSubscription = { notificationAdded: { id: string, kind: NotificationKind, message: string, path: string | null, delivery: NotificationDelivery } };

export type NotificationMailPlanVisitMutationVariables = Exact<{
  input: PlanVisitInput;
}>;


export type NotificationMailPlanVisitMutation = { planVisit: { visit: { id: string, version: number, participants: Array<{ userId: string }> } } };

export type NotificationMailUpdateVisitMutationVariables = Exact<{
  input: UpdateVisitInput;
}>;


export type NotificationMailUpdateVisitMutation = { updateVisit: { visit: { id: string, version: number, participants: Array<{ userId: string }> } } };

export type NotificationMailCancelVisitMutationVariables = Exact<{
  input: CancelVisitInput;
}>;


export type NotificationMailCancelVisitMutation = { cancelVisit: { id: string, version: number } };

export type NotificationMailAddFollowUpMutationVariables = Exact<{
  input: AddFollowUpInput;
}>;


export type NotificationMailAddFollowUpMutation = { addFollowUp: { id: string } };

export type NotificationMailSetNotificationPreferenceMutationVariables = Exact<{
  kind: NotificationKind;
  delivery?: NotificationDelivery | null | undefined;
}>;


export type NotificationMailSetNotificationPreferenceMutation = { setNotificationPreference: Array<{ kind: NotificationKind, delivery: NotificationDelivery, isDefault: boolean }> };

export type NotificationMailExpressInterestMutationVariables = Exact<{
  input: ExpressInterestInput;
}>;


export type NotificationMailExpressInterestMutation = { expressInterest: { id: string } };

export type NotificationMailDeclineInterestMutationVariables = Exact<{
  input: DeclineInterestInput;
}>;


export type NotificationMailDeclineInterestMutation = { declineInterest: { id: string } };

export type NotificationMailCreateCalendarFeedMutationVariables = Exact<{ [key: string]: never; }>;


export type NotificationMailCreateCalendarFeedMutation = { createCalendarFeed: { url: string | null } };

export type NotificationMailNotificationPreferencesQueryVariables = Exact<{ [key: string]: never; }>;


export type NotificationMailNotificationPreferencesQuery = { notificationPreferences: Array<{ kind: NotificationKind, delivery: NotificationDelivery, isDefault: boolean }> };

export type NotificationMailDevMailboxQueryVariables = Exact<{ [key: string]: never; }>;


export type NotificationMailDevMailboxQuery = { devMailbox: Array<{ id: string }> };

export type NotificationMailStartImportMutationVariables = Exact<{
  input: StartImportInput;
}>;


export type NotificationMailStartImportMutation = { startImport: { id: string } };

export type PiiGuardAddEmployerNoteMutationVariables = Exact<{
  input: AddEmployerNoteInput;
}>;


export type PiiGuardAddEmployerNoteMutation = { addEmployerNote: { id: string } };

export type PiiGuardCreateVacancyMutationVariables = Exact<{
  input: CreateVacancyInput;
}>;


export type PiiGuardCreateVacancyMutation = { createVacancy: { id: string } };

export type PiiGuardCreateVacancy2MutationVariables = Exact<{
  input: CreateVacancyInput;
}>;


export type PiiGuardCreateVacancy2Mutation = { createVacancy: { id: string } };

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

export type ProductionAuthMeQueryVariables = Exact<{ [key: string]: never; }>;


export type ProductionAuthMeQuery = { me: { id: string } };

export type ProductionAuthMe2QueryVariables = Exact<{ [key: string]: never; }>;


export type ProductionAuthMe2Query = { me: { id: string } };

export type ProductionAuthMe3QueryVariables = Exact<{ [key: string]: never; }>;


export type ProductionAuthMe3Query = { me: { id: string } };

export type ProductionAuthMe4QueryVariables = Exact<{ [key: string]: never; }>;


export type ProductionAuthMe4Query = { me: { id: string } };

export type ProductionAuthMe5QueryVariables = Exact<{ [key: string]: never; }>;


export type ProductionAuthMe5Query = { me: { id: string } };

export type ProductionAuth__SchemaQueryVariables = Exact<{ [key: string]: never; }>;


export type ProductionAuth__SchemaQuery = { __schema: { types: Array<{ name: string | null }> } };

export type ProductionAuthMe6QueryVariables = Exact<{ [key: string]: never; }>;


export type ProductionAuthMe6Query = { me: { id: string } };

export type ProductionAuthIdentityProvidersQueryVariables = Exact<{ [key: string]: never; }>;


export type ProductionAuthIdentityProvidersQuery = { identityProviders: Array<{ name: string, issuer: string }> };

export type ProductionAuthAddUserMutationVariables = Exact<{
  input: AddUserInput;
}>;


export type ProductionAuthAddUserMutation = { addUser: { id: string, issuer: string | null, subject: string | null } };

export type ProductionAuthUpdateUserMutationVariables = Exact<{
  input: UpdateUserInput;
}>;


export type ProductionAuthUpdateUserMutation = { updateUser: { issuer: string | null } };

export type ProductionAuthMe7QueryVariables = Exact<{ [key: string]: never; }>;


export type ProductionAuthMe7Query = { me: { id: string } };

export type ProductionAuthMe8QueryVariables = Exact<{ [key: string]: never; }>;


export type ProductionAuthMe8Query = { me: { id: string } };

export type QueueOutageMatchingRunsQueryVariables = Exact<{
  id: string | number;
}>;


export type QueueOutageMatchingRunsQuery = { matchingRuns: Array<{ status: string }> };

export type QueueOutageCreateVacancyMutationVariables = Exact<{
  input: CreateVacancyInput;
}>;


export type QueueOutageCreateVacancyMutation = { createVacancy: { id: string } };

export type QueueOutageMeQueryVariables = Exact<{
  id: string | number;
}>;


export type QueueOutageMeQuery = { me: { id: string }, vacancy: { id: string } };

export type QueueOutageRequestMatchingMutationVariables = Exact<{
  id: string | number;
}>;


export type QueueOutageRequestMatchingMutation = { requestMatching: string };

export type QueueOutageStartImportMutationVariables = Exact<{
  input: StartImportInput;
}>;


export type QueueOutageStartImportMutation = { startImport: { id: string } };

export type QueueOutageMe2QueryVariables = Exact<{ [key: string]: never; }>;


export type QueueOutageMe2Query = { me: { id: string } };

export type RedisSilentVacancyQueryVariables = Exact<{
  id: string | number;
}>;


export type RedisSilentVacancyQuery = { vacancy: { id: string, title: string } };

export type RedisSilentRequestMatchingMutationVariables = Exact<{
  id: string | number;
}>;


export type RedisSilentRequestMatchingMutation = { requestMatching: string };

export type RedisSilentRequestMatching2MutationVariables = Exact<{
  id: string | number;
}>;


export type RedisSilentRequestMatching2Mutation = { requestMatching: string };

export type ReportReaderPlacementReportQueryVariables = Exact<{
  input: PlacementReportInput;
}>;


export type ReportReaderPlacementReportQuery = { placementReport: { total: { value: number | null, suppressed: boolean, display: string } } };

export type ReportReaderAddUserMutationVariables = Exact<{
  input: AddUserInput;
}>;


export type ReportReaderAddUserMutation = { addUser: { id: string } };

export type RequestDeadlineUpdateEmployerMutationVariables = Exact<{
  input: UpdateEmployerInput;
}>;


export type RequestDeadlineUpdateEmployerMutation = { updateEmployer: { id: string, legalName: string, version: number } };

export type RequestDeadlineAddEmployerNoteMutationVariables = Exact<{
  input: AddEmployerNoteInput;
}>;


export type RequestDeadlineAddEmployerNoteMutation = { addEmployerNote: { id: string } };

export type TaxonomyOccupationsQueryVariables = Exact<{
  search: string;
  first?: number | null | undefined;
}>;


export type TaxonomyOccupationsQuery = { occupations: Array<{ code: string, level: number, titleNl: string }> };

export type TaxonomyOccupationQueryVariables = Exact<{ [key: string]: never; }>;


export type TaxonomyOccupationQuery = { occupation: { code: string, titleEn: string, parent: { code: string } | null, ancestors: Array<{ code: string }>, children: Array<{ code: string }> }, unit: { skills: Array<{ code: string }> } };

export type TaxonomyOccupation2QueryVariables = Exact<{ [key: string]: never; }>;


export type TaxonomyOccupation2Query = { occupation: { code: string } };

export type TaxonomyOccupation3QueryVariables = Exact<{ [key: string]: never; }>;


export type TaxonomyOccupation3Query = { occupation: { code: string } };

export type TaxonomySkillsQueryVariables = Exact<{ [key: string]: never; }>;


export type TaxonomySkillsQuery = { skills: Array<{ code: string }> };

export type TaxonomySkills2QueryVariables = Exact<{ [key: string]: never; }>;


export type TaxonomySkills2Query = { skills: Array<{ code: string, labelNl: string }> };

export type TaxonomySkills3QueryVariables = Exact<{ [key: string]: never; }>;


export type TaxonomySkills3Query = { skills: Array<{ code: string }> };

export type TaxonomyEducationLevelsQueryVariables = Exact<{ [key: string]: never; }>;


export type TaxonomyEducationLevelsQuery = { educationLevels: Array<{ code: string, nlqf: number, isced: number }> };

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

export type VisitsPlanMutationVariables = Exact<{
  input: PlanVisitInput;
}>;


export type VisitsPlanMutation = { planVisit: { visit: { id: string, version: number, status: VisitStatus, joint: boolean, location: string | null, startsAt: string, endsAt: string, purpose: string, report: string | null, cancelReason: string | null, vacancyIds: Array<string>, participants: Array<{ userId: string, organisationId: string, isLead: boolean }>, followUps: Array<{ id: string, title: string, ownerId: string, doneAt: string | null, version: number }> }, warnings: Array<{ code: string, message: string }> } };

export type VisitsUpdateMutationVariables = Exact<{
  input: UpdateVisitInput;
}>;


export type VisitsUpdateMutation = { updateVisit: { visit: { id: string, version: number, status: VisitStatus, joint: boolean, location: string | null, startsAt: string, endsAt: string, purpose: string, report: string | null, cancelReason: string | null, vacancyIds: Array<string>, participants: Array<{ userId: string, organisationId: string, isLead: boolean }>, followUps: Array<{ id: string, title: string, ownerId: string, doneAt: string | null, version: number }> }, warnings: Array<{ code: string, message: string }> } };

export type VisitsCancelMutationVariables = Exact<{
  input: CancelVisitInput;
}>;


export type VisitsCancelMutation = { cancelVisit: { id: string, version: number, status: VisitStatus, joint: boolean, location: string | null, startsAt: string, endsAt: string, purpose: string, report: string | null, cancelReason: string | null, vacancyIds: Array<string>, participants: Array<{ userId: string, organisationId: string, isLead: boolean }>, followUps: Array<{ id: string, title: string, ownerId: string, doneAt: string | null, version: number }> } };

export type VisitsReportMutationVariables = Exact<{
  input: VisitReportInput;
}>;


export type VisitsReportMutation = { recordVisitReport: { id: string, version: number, status: VisitStatus, joint: boolean, location: string | null, startsAt: string, endsAt: string, purpose: string, report: string | null, cancelReason: string | null, vacancyIds: Array<string>, participants: Array<{ userId: string, organisationId: string, isLead: boolean }>, followUps: Array<{ id: string, title: string, ownerId: string, doneAt: string | null, version: number }> } };

export type VisitsEmployerQueryVariables = Exact<{
  id: string | number;
}>;


export type VisitsEmployerQuery = { employer: { timeline: Array<{ kind: TimelineKind, text: string }> } };

export type VisitsVisitPlanningCheckQueryVariables = Exact<{
  input: PlanVisitInput;
}>;


export type VisitsVisitPlanningCheckQuery = { visitPlanningCheck: { clashes: Array<{ visitId: string, userId: string, participantName: string, startsAt: string, endsAt: string, employerName: string | null }>, warnings: Array<{ code: string, message: string }> } };

export type VisitsVisitPlanningCheck2QueryVariables = Exact<{
  input: PlanVisitInput;
}>;


export type VisitsVisitPlanningCheck2Query = { visitPlanningCheck: { warnings: Array<{ code: string }> } };

export type VisitsAddTeamMemberMutationVariables = Exact<{
  input: TeamMemberInput;
}>;


export type VisitsAddTeamMemberMutation = { addTeamMember: Array<{ userId: string }> };

export type VisitsVisitQueryVariables = Exact<{
  id: string | number;
}>;


export type VisitsVisitQuery = { visit: { purpose: string } };

export type VisitsAddFollowUpMutationVariables = Exact<{
  input: AddFollowUpInput;
}>;


export type VisitsAddFollowUpMutation = { addFollowUp: { id: string, version: number } };

export type VisitsCompleteFollowUpMutationVariables = Exact<{
  id: string | number;
  version: number;
}>;


export type VisitsCompleteFollowUpMutation = { completeFollowUp: { doneAt: string | null } };

export type VisitsVisit2QueryVariables = Exact<{
  id: string | number;
}>;


export type VisitsVisit2Query = { visit: { followUps: Array<{ id: string, ownerId: string, dueOn: string | null, doneAt: string | null, version: number }> } };

export type VisitsCreateCalendarFeedMutationVariables = Exact<{ [key: string]: never; }>;


export type VisitsCreateCalendarFeedMutation = { createCalendarFeed: { id: string, url: string | null } };

export type VisitsRevokeCalendarFeedMutationVariables = Exact<{
  id: string | number;
}>;


export type VisitsRevokeCalendarFeedMutation = { revokeCalendarFeed: boolean };

export type VisitsCreateCalendarFeed2MutationVariables = Exact<{ [key: string]: never; }>;


export type VisitsCreateCalendarFeed2Mutation = { createCalendarFeed: { url: string | null } };

export type VisitsAddFollowUp2MutationVariables = Exact<{
  input: AddFollowUpInput;
}>;


export type VisitsAddFollowUp2Mutation = { addFollowUp: { id: string } };

export type VisitsMyAgendaQueryVariables = Exact<{ [key: string]: never; }>;


export type VisitsMyAgendaQuery = { myAgenda: { totalCount: number } };

export type VisitsVisitsQueryVariables = Exact<{ [key: string]: never; }>;


export type VisitsVisitsQuery = { visits: { totalCount: number } };

export type VisitsMyAgenda2QueryVariables = Exact<{
  to?: string | null | undefined;
}>;


export type VisitsMyAgenda2Query = { myAgenda: { totalCount: number, edges: Array<{ node: { id: string, joint: boolean, vacancyIds: Array<string>, participants: Array<{ userId: string }>, followUps: Array<{ id: string }> } }> } };

export type VisitsCreateCalendarFeed3MutationVariables = Exact<{ [key: string]: never; }>;


export type VisitsCreateCalendarFeed3Mutation = { createCalendarFeed: { url: string | null } };

export type WebAppUpdateEmployerMutationVariables = Exact<{
  input: UpdateEmployerInput;
}>;


export type WebAppUpdateEmployerMutation = { updateEmployer: { version: number } };

export type WebAppPlanVisitMutationVariables = Exact<{
  input: PlanVisitInput;
}>;


export type WebAppPlanVisitMutation = { planVisit: { visit: { id: string } } };

export type WebAppAddEmployerContactMutationVariables = Exact<{
  input: AddContactInput;
}>;


export type WebAppAddEmployerContactMutation = { addEmployerContact: { id: string } };

export type WebJobCoachExpressInterestMutationVariables = Exact<{
  input: ExpressInterestInput;
}>;


export type WebJobCoachExpressInterestMutation = { expressInterest: { id: string } };

export type ProfileFieldsFragment = { id: string, version: number, publicCode: string, pool: CandidatePool, regionCode: string, ownerOrganisationId: string, coachId: string, occupationCodes: Array<string>, skillCodes: Array<string>, educationLevel: string | null, experienceBand: ExperienceBand | null, hoursMin: number | null, hoursMax: number | null, availableFrom: string | null, municipalityCode: string, travelRadiusKm: number, drivingLicences: Array<string>, languages: Array<string>, targetGroups: Array<TargetGroup>, wwEndMonth: string | null, pitch: string | null, status: CandidateStatus, expiresOn: string, ageBand: AgeBand | null, internalNote: string | null, hasClientNumber: boolean, legalBasis: LegalBasis, legalBasisRecordedAt: string, legalBasisRecordedBy: string, missingForSharing: Array<string>, createdAt: string, updatedAt: string };

export type CreateTestProfileMutationVariables = Exact<{
  input: CreateCandidateProfileInput;
}>;


export type CreateTestProfileMutation = { createCandidateProfile: { id: string, version: number, publicCode: string, pool: CandidatePool, regionCode: string, ownerOrganisationId: string, coachId: string, occupationCodes: Array<string>, skillCodes: Array<string>, educationLevel: string | null, experienceBand: ExperienceBand | null, hoursMin: number | null, hoursMax: number | null, availableFrom: string | null, municipalityCode: string, travelRadiusKm: number, drivingLicences: Array<string>, languages: Array<string>, targetGroups: Array<TargetGroup>, wwEndMonth: string | null, pitch: string | null, status: CandidateStatus, expiresOn: string, ageBand: AgeBand | null, internalNote: string | null, hasClientNumber: boolean, legalBasis: LegalBasis, legalBasisRecordedAt: string, legalBasisRecordedBy: string, missingForSharing: Array<string>, createdAt: string, updatedAt: string } };

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

export type VisitFieldsFragment = { id: string, version: number, status: VisitStatus, joint: boolean, location: string | null, startsAt: string, endsAt: string, purpose: string, report: string | null, cancelReason: string | null, vacancyIds: Array<string>, participants: Array<{ userId: string, organisationId: string, isLead: boolean }>, followUps: Array<{ id: string, title: string, ownerId: string, doneAt: string | null, version: number }> };

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
export const ProfileFieldsFragmentDoc = new TypedDocumentString(`
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
    `, {"fragmentName":"ProfileFields"}) as unknown as TypedDocumentString<ProfileFieldsFragment, unknown>;
export const VisitFieldsFragmentDoc = new TypedDocumentString(`
    fragment VisitFields on Visit {
  id
  version
  status
  joint
  location
  startsAt
  endsAt
  purpose
  report
  cancelReason
  vacancyIds
  participants {
    userId
    organisationId
    isLead
  }
  followUps {
    id
    title
    ownerId
    doneAt
    version
  }
}
    `, {"fragmentName":"VisitFields"}) as unknown as TypedDocumentString<VisitFieldsFragment, unknown>;
export const AuthMeDocument = new TypedDocumentString(`
    query AuthMe {
  me {
    displayName
    email
    roles
    organisation {
      name
      kind
    }
  }
}
    `) as unknown as TypedDocumentString<AuthMeQuery, AuthMeQueryVariables>;
export const AuthAddUserDocument = new TypedDocumentString(`
    mutation AuthAddUser($input: AddUserInput!) {
  addUser(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<AuthAddUserMutation, AuthAddUserMutationVariables>;
export const AuthMe2Document = new TypedDocumentString(`
    query AuthMe2 {
  me {
    id
  }
}
    `) as unknown as TypedDocumentString<AuthMe2Query, AuthMe2QueryVariables>;
export const AuthMe3Document = new TypedDocumentString(`
    query AuthMe3 {
  me {
    id
  }
}
    `) as unknown as TypedDocumentString<AuthMe3Query, AuthMe3QueryVariables>;
export const AuthMe4Document = new TypedDocumentString(`
    query AuthMe4 {
  me {
    id
  }
}
    `) as unknown as TypedDocumentString<AuthMe4Query, AuthMe4QueryVariables>;
export const AuthMe5Document = new TypedDocumentString(`
    query AuthMe5 {
  me {
    id
  }
}
    `) as unknown as TypedDocumentString<AuthMe5Query, AuthMe5QueryVariables>;
export const AuthMe6Document = new TypedDocumentString(`
    query AuthMe6 {
  me {
    id
  }
}
    `) as unknown as TypedDocumentString<AuthMe6Query, AuthMe6QueryVariables>;
export const AuthMe7Document = new TypedDocumentString(`
    query AuthMe7 {
  me {
    id
  }
}
    `) as unknown as TypedDocumentString<AuthMe7Query, AuthMe7QueryVariables>;
export const BackupRestoreMeDocument = new TypedDocumentString(`
    query BackupRestoreMe {
  me {
    displayName
  }
  employers(first: 1) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<BackupRestoreMeQuery, BackupRestoreMeQueryVariables>;
export const CandidateProfilesCreateDocument = new TypedDocumentString(`
    mutation CandidateProfilesCreate($input: CreateCandidateProfileInput!) {
  createCandidateProfile(input: $input) {
    ...ProfileFields
  }
}
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
}`) as unknown as TypedDocumentString<CandidateProfilesCreateMutation, CandidateProfilesCreateMutationVariables>;
export const CandidateProfilesUpdateDocument = new TypedDocumentString(`
    mutation CandidateProfilesUpdate($input: UpdateCandidateProfileInput!) {
  updateCandidateProfile(input: $input) {
    ...ProfileFields
  }
}
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
}`) as unknown as TypedDocumentString<CandidateProfilesUpdateMutation, CandidateProfilesUpdateMutationVariables>;
export const CandidateProfilesChangeCandidateProfileStatusDocument = new TypedDocumentString(`
    mutation CandidateProfilesChangeCandidateProfileStatus($input: ChangeCandidateStatusInput!) {
  changeCandidateProfileStatus(input: $input) {
    id
    version
    status
  }
}
    `) as unknown as TypedDocumentString<CandidateProfilesChangeCandidateProfileStatusMutation, CandidateProfilesChangeCandidateProfileStatusMutationVariables>;
export const CandidateProfilesGetDocument = new TypedDocumentString(`
    query CandidateProfilesGet($id: ID!) {
  candidateProfile(id: $id) {
    ...ProfileFields
  }
}
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
}`) as unknown as TypedDocumentString<CandidateProfilesGetQuery, CandidateProfilesGetQueryVariables>;
export const CandidateProfilesWithdrawCandidateProfileDocument = new TypedDocumentString(`
    mutation CandidateProfilesWithdrawCandidateProfile($id: ID!) {
  withdrawCandidateProfile(id: $id, reason: OTHER)
}
    `) as unknown as TypedDocumentString<CandidateProfilesWithdrawCandidateProfileMutation, CandidateProfilesWithdrawCandidateProfileMutationVariables>;
export const CandidateProfilesCandidateProfiles2Document = new TypedDocumentString(`
    query CandidateProfilesCandidateProfiles2 {
  candidateProfiles(first: 200) {
    edges {
      node {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CandidateProfilesCandidateProfiles2Query, CandidateProfilesCandidateProfiles2QueryVariables>;
export const CandidateProfilesCandidateProfiles3Document = new TypedDocumentString(`
    query CandidateProfilesCandidateProfiles3 {
  candidateProfiles {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<CandidateProfilesCandidateProfiles3Query, CandidateProfilesCandidateProfiles3QueryVariables>;
export const CandidateProfilesCandidateProfiles4Document = new TypedDocumentString(`
    query CandidateProfilesCandidateProfiles4 {
  candidateProfiles(first: 200, filter: {status: ACTIVE}) {
    edges {
      node {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CandidateProfilesCandidateProfiles4Query, CandidateProfilesCandidateProfiles4QueryVariables>;
export const CandidateProfilesRenewCandidateProfileDocument = new TypedDocumentString(`
    mutation CandidateProfilesRenewCandidateProfile($id: ID!, $version: Int!) {
  renewCandidateProfile(id: $id, version: $version) {
    version
    expiresOn
  }
}
    `) as unknown as TypedDocumentString<CandidateProfilesRenewCandidateProfileMutation, CandidateProfilesRenewCandidateProfileMutationVariables>;
export const CandidateProfilesWithdrawCandidateProfile2Document = new TypedDocumentString(`
    mutation CandidateProfilesWithdrawCandidateProfile2($id: ID!) {
  withdrawCandidateProfile(id: $id, reason: OTHER)
}
    `) as unknown as TypedDocumentString<CandidateProfilesWithdrawCandidateProfile2Mutation, CandidateProfilesWithdrawCandidateProfile2MutationVariables>;
export const CandidateProfilesCandidateProfileByClientNumberDocument = new TypedDocumentString(`
    query CandidateProfilesCandidateProfileByClientNumber($n: String!) {
  candidateProfileByClientNumber(clientNumber: $n) {
    id
  }
}
    `) as unknown as TypedDocumentString<CandidateProfilesCandidateProfileByClientNumberQuery, CandidateProfilesCandidateProfileByClientNumberQueryVariables>;
export const CandidateProfilesCandidateProfileByClientNumber2Document = new TypedDocumentString(`
    query CandidateProfilesCandidateProfileByClientNumber2($n: String!) {
  candidateProfileByClientNumber(clientNumber: $n) {
    id
  }
}
    `) as unknown as TypedDocumentString<CandidateProfilesCandidateProfileByClientNumber2Query, CandidateProfilesCandidateProfileByClientNumber2QueryVariables>;
export const CandidateProfilesNotificationsDocument = new TypedDocumentString(`
    query CandidateProfilesNotifications {
  notifications(unreadOnly: true, first: 200) {
    edges {
      node {
        id
        kind
        message
        entityId
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CandidateProfilesNotificationsQuery, CandidateProfilesNotificationsQueryVariables>;
export const CandidateProfilesMarkNotificationReadDocument = new TypedDocumentString(`
    mutation CandidateProfilesMarkNotificationRead($id: ID!) {
  markNotificationRead(id: $id) {
    readAt
  }
}
    `) as unknown as TypedDocumentString<CandidateProfilesMarkNotificationReadMutation, CandidateProfilesMarkNotificationReadMutationVariables>;
export const CandidateProfilesMarkNotificationRead2Document = new TypedDocumentString(`
    mutation CandidateProfilesMarkNotificationRead2($id: ID!) {
  markNotificationRead(id: $id) {
    readAt
  }
}
    `) as unknown as TypedDocumentString<CandidateProfilesMarkNotificationRead2Mutation, CandidateProfilesMarkNotificationRead2MutationVariables>;
export const CandidateProfilesCandidateProfilesDocument = new TypedDocumentString(`
    query CandidateProfilesCandidateProfiles($code: String) {
  candidateProfiles(filter: {publicCode: $code}) {
    edges {
      node {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CandidateProfilesCandidateProfilesQuery, CandidateProfilesCandidateProfilesQueryVariables>;
export const CandidateProfilesPrivacyCheckDocument = new TypedDocumentString(`
    query CandidateProfilesPrivacyCheck($text: String!) {
  privacyCheck(text: $text) {
    kinds
  }
}
    `) as unknown as TypedDocumentString<CandidateProfilesPrivacyCheckQuery, CandidateProfilesPrivacyCheckQueryVariables>;
export const DatabaseSilentAddEmployerNoteDocument = new TypedDocumentString(`
    mutation DatabaseSilentAddEmployerNote($input: AddEmployerNoteInput!) {
  addEmployerNote(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<DatabaseSilentAddEmployerNoteMutation, DatabaseSilentAddEmployerNoteMutationVariables>;
export const DatabaseSilentEmployerDocument = new TypedDocumentString(`
    query DatabaseSilentEmployer($id: ID!) {
  employer(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<DatabaseSilentEmployerQuery, DatabaseSilentEmployerQueryVariables>;
export const DemoDataEmployersDocument = new TypedDocumentString(`
    query DemoDataEmployers($from: DateTime!, $to: DateTime!) {
  employers {
    totalCount
  }
  myAgenda(from: $from, to: $to) {
    totalCount
  }
  followUps {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<DemoDataEmployersQuery, DemoDataEmployersQueryVariables>;
export const DirectoryChangeUserRolesDocument = new TypedDocumentString(`
    mutation DirectoryChangeUserRoles($input: ChangeUserRolesInput!) {
  changeUserRoles(input: $input) {
    id
    roles
    version
  }
}
    `) as unknown as TypedDocumentString<DirectoryChangeUserRolesMutation, DirectoryChangeUserRolesMutationVariables>;
export const DirectoryDeactivateUserDocument = new TypedDocumentString(`
    mutation DirectoryDeactivateUser($input: SetUserActiveInput!) {
  deactivateUser(input: $input) {
    id
    active
    version
  }
}
    `) as unknown as TypedDocumentString<DirectoryDeactivateUserMutation, DirectoryDeactivateUserMutationVariables>;
export const DirectoryAddUserDocument = new TypedDocumentString(`
    mutation DirectoryAddUser($input: AddUserInput!) {
  addUser(input: $input) {
    id
    email
    roles
    active
    organisation {
      slug
    }
  }
}
    `) as unknown as TypedDocumentString<DirectoryAddUserMutation, DirectoryAddUserMutationVariables>;
export const DirectoryRegionsDocument = new TypedDocumentString(`
    query DirectoryRegions {
  regions {
    code
    name
  }
  municipalities(regionCode: "GRONINGEN") {
    code
    name
    regionCode
  }
}
    `) as unknown as TypedDocumentString<DirectoryRegionsQuery, DirectoryRegionsQueryVariables>;
export const DirectoryRegions2Document = new TypedDocumentString(`
    query DirectoryRegions2 {
  regions {
    code
  }
  municipalities(regionCode: "ZUID_LIMBURG") {
    code
    name
    latitude
    longitude
  }
}
    `) as unknown as TypedDocumentString<DirectoryRegions2Query, DirectoryRegions2QueryVariables>;
export const DirectoryMunicipalitiesDocument = new TypedDocumentString(`
    query DirectoryMunicipalities {
  municipalities(regionCode: "ATLANTIS") {
    code
  }
}
    `) as unknown as TypedDocumentString<DirectoryMunicipalitiesQuery, DirectoryMunicipalitiesQueryVariables>;
export const DirectoryOrganisationsDocument = new TypedDocumentString(`
    query DirectoryOrganisations {
  organisations(regionCode: "GRONINGEN") {
    slug
    kind
    regionCodes
    municipalityCodes
  }
}
    `) as unknown as TypedDocumentString<DirectoryOrganisationsQuery, DirectoryOrganisationsQueryVariables>;
export const DirectoryOrganisations2Document = new TypedDocumentString(`
    query DirectoryOrganisations2 {
  organisations(regionCode: "DRENTHE") {
    slug
  }
}
    `) as unknown as TypedDocumentString<DirectoryOrganisations2Query, DirectoryOrganisations2QueryVariables>;
export const DirectoryUsers2Document = new TypedDocumentString(`
    query DirectoryUsers2($org: ID!) {
  users(organisationId: $org, first: 500) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<DirectoryUsers2Query, DirectoryUsers2QueryVariables>;
export const DirectoryUsers3Document = new TypedDocumentString(`
    query DirectoryUsers3($org: ID!) {
  users(organisationId: $org) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<DirectoryUsers3Query, DirectoryUsers3QueryVariables>;
export const DirectoryMeDocument = new TypedDocumentString(`
    query DirectoryMe {
  me {
    email
  }
}
    `) as unknown as TypedDocumentString<DirectoryMeQuery, DirectoryMeQueryVariables>;
export const DirectoryUsersDocument = new TypedDocumentString(`
    query DirectoryUsers($id: ID!) {
  users(organisationId: $id, first: 200) {
    edges {
      node {
        id
        subject
      }
    }
  }
}
    `) as unknown as TypedDocumentString<DirectoryUsersQuery, DirectoryUsersQueryVariables>;
export const DirectoryUpdateUserDocument = new TypedDocumentString(`
    mutation DirectoryUpdateUser($input: UpdateUserInput!) {
  updateUser(input: $input) {
    id
    displayName
    email
    version
    subject
  }
}
    `) as unknown as TypedDocumentString<DirectoryUpdateUserMutation, DirectoryUpdateUserMutationVariables>;
export const DirectoryMe2Document = new TypedDocumentString(`
    query DirectoryMe2 {
  me {
    displayName
  }
}
    `) as unknown as TypedDocumentString<DirectoryMe2Query, DirectoryMe2QueryVariables>;
export const DirectoryMe3Document = new TypedDocumentString(`
    query DirectoryMe3 {
  me {
    id
  }
}
    `) as unknown as TypedDocumentString<DirectoryMe3Query, DirectoryMe3QueryVariables>;
export const DirectoryMe4Document = new TypedDocumentString(`
    query DirectoryMe4 {
  me {
    id
  }
}
    `) as unknown as TypedDocumentString<DirectoryMe4Query, DirectoryMe4QueryVariables>;
export const DirectoryMe5Document = new TypedDocumentString(`
    query DirectoryMe5 {
  me {
    id
  }
}
    `) as unknown as TypedDocumentString<DirectoryMe5Query, DirectoryMe5QueryVariables>;
export const DirectoryReactivateUserDocument = new TypedDocumentString(`
    mutation DirectoryReactivateUser($input: SetUserActiveInput!) {
  reactivateUser(input: $input) {
    active
  }
}
    `) as unknown as TypedDocumentString<DirectoryReactivateUserMutation, DirectoryReactivateUserMutationVariables>;
export const DirectoryMe6Document = new TypedDocumentString(`
    query DirectoryMe6 {
  me {
    id
  }
}
    `) as unknown as TypedDocumentString<DirectoryMe6Query, DirectoryMe6QueryVariables>;
export const EmployerListEmployersDocument = new TypedDocumentString(`
    query EmployerListEmployers($first: Int) {
  employers(first: $first) {
    totalCount
    edges {
      node {
        id
        legalName
        contacts {
          name
          role
        }
        team {
          userId
          isLead
        }
        vacancies {
          id
          status
        }
        timeline {
          kind
          text
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<EmployerListEmployersQuery, EmployerListEmployersQueryVariables>;
export const EmployerListAddEmployerContactDocument = new TypedDocumentString(`
    mutation EmployerListAddEmployerContact($input: AddContactInput!) {
  addEmployerContact(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<EmployerListAddEmployerContactMutation, EmployerListAddEmployerContactMutationVariables>;
export const EmployerListCreateVacancyDocument = new TypedDocumentString(`
    mutation EmployerListCreateVacancy($input: CreateVacancyInput!) {
  createVacancy(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<EmployerListCreateVacancyMutation, EmployerListCreateVacancyMutationVariables>;
export const EmployersCreateEmployerDocument = new TypedDocumentString(`
    mutation EmployersCreateEmployer($input: CreateEmployerInput!) {
  createEmployer(input: $input) {
    id
    regionCode
    kvkNumber
    postcode
    version
  }
}
    `) as unknown as TypedDocumentString<EmployersCreateEmployerMutation, EmployersCreateEmployerMutationVariables>;
export const EmployersUpdateEmployerDocument = new TypedDocumentString(`
    mutation EmployersUpdateEmployer($input: UpdateEmployerInput!) {
  updateEmployer(input: $input) {
    id
    legalName
    keyAccount
    version
  }
}
    `) as unknown as TypedDocumentString<EmployersUpdateEmployerMutation, EmployersUpdateEmployerMutationVariables>;
export const EmployersEmployerDocument = new TypedDocumentString(`
    query EmployersEmployer($id: ID!) {
  employer(id: $id) {
    id
    legalName
  }
}
    `) as unknown as TypedDocumentString<EmployersEmployerQuery, EmployersEmployerQueryVariables>;
export const EmployersCreateEmployer2Document = new TypedDocumentString(`
    mutation EmployersCreateEmployer2($input: CreateEmployerInput!) {
  createEmployer(input: $input) {
    id
    postcode
    team {
      isLead
      user {
        email
      }
    }
    timeline {
      kind
    }
  }
}
    `) as unknown as TypedDocumentString<EmployersCreateEmployer2Mutation, EmployersCreateEmployer2MutationVariables>;
export const EmployersEmployersDocument = new TypedDocumentString(`
    query EmployersEmployers {
  employers(filter: {search: "Alleen Groningen"}) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<EmployersEmployersQuery, EmployersEmployersQueryVariables>;
export const EmployersAddEmployerContactDocument = new TypedDocumentString(`
    mutation EmployersAddEmployerContact($input: AddContactInput!) {
  addEmployerContact(input: $input) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<EmployersAddEmployerContactMutation, EmployersAddEmployerContactMutationVariables>;
export const EmployersAddTeamMemberDocument = new TypedDocumentString(`
    mutation EmployersAddTeamMember($input: TeamMemberInput!) {
  addTeamMember(input: $input) {
    userId
    isLead
  }
}
    `) as unknown as TypedDocumentString<EmployersAddTeamMemberMutation, EmployersAddTeamMemberMutationVariables>;
export const EmployersAddTeamMember2Document = new TypedDocumentString(`
    mutation EmployersAddTeamMember2($input: TeamMemberInput!) {
  addTeamMember(input: $input) {
    userId
  }
}
    `) as unknown as TypedDocumentString<EmployersAddTeamMember2Mutation, EmployersAddTeamMember2MutationVariables>;
export const EmployersAddEmployerNote2Document = new TypedDocumentString(`
    mutation EmployersAddEmployerNote2($input: AddEmployerNoteInput!) {
  addEmployerNote(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<EmployersAddEmployerNote2Mutation, EmployersAddEmployerNote2MutationVariables>;
export const EmployersEmployer2Document = new TypedDocumentString(`
    query EmployersEmployer2($id: ID!) {
  employer(id: $id) {
    contacts {
      name
      email
    }
    timeline {
      kind
      text
    }
  }
}
    `) as unknown as TypedDocumentString<EmployersEmployer2Query, EmployersEmployer2QueryVariables>;
export const EmployersRemoveTeamMemberDocument = new TypedDocumentString(`
    mutation EmployersRemoveTeamMember($e: ID!, $u: ID!) {
  removeTeamMember(employerId: $e, userId: $u) {
    userId
  }
}
    `) as unknown as TypedDocumentString<EmployersRemoveTeamMemberMutation, EmployersRemoveTeamMemberMutationVariables>;
export const EmployersAddTeamMember3Document = new TypedDocumentString(`
    mutation EmployersAddTeamMember3($input: TeamMemberInput!) {
  addTeamMember(input: $input) {
    userId
  }
}
    `) as unknown as TypedDocumentString<EmployersAddTeamMember3Mutation, EmployersAddTeamMember3MutationVariables>;
export const EmployersAddEmployerNote3Document = new TypedDocumentString(`
    mutation EmployersAddEmployerNote3($input: AddEmployerNoteInput!) {
  addEmployerNote(input: $input) {
    id
    kind
    text
    authorId
  }
}
    `) as unknown as TypedDocumentString<EmployersAddEmployerNote3Mutation, EmployersAddEmployerNote3MutationVariables>;
export const EmployersAddEmployerNoteDocument = new TypedDocumentString(`
    mutation EmployersAddEmployerNote($input: AddEmployerNoteInput!) {
  addEmployerNote(input: $input) {
    kind
    text
  }
}
    `) as unknown as TypedDocumentString<EmployersAddEmployerNoteMutation, EmployersAddEmployerNoteMutationVariables>;
export const EmployersEmployers2Document = new TypedDocumentString(`
    query EmployersEmployers2($filter: EmployerFilter) {
  employers(filter: $filter, first: 200) {
    edges {
      node {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<EmployersEmployers2Query, EmployersEmployers2QueryVariables>;
export const EmployersEmployers3Document = new TypedDocumentString(`
    query EmployersEmployers3($filter: EmployerFilter) {
  employers(filter: $filter, first: 200) {
    edges {
      node {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<EmployersEmployers3Query, EmployersEmployers3QueryVariables>;
export const EmployersCreateVacancyDocument = new TypedDocumentString(`
    mutation EmployersCreateVacancy($input: CreateVacancyInput!) {
  createVacancy(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<EmployersCreateVacancyMutation, EmployersCreateVacancyMutationVariables>;
export const EmployersAddEmployerNote4Document = new TypedDocumentString(`
    mutation EmployersAddEmployerNote4($input: AddEmployerNoteInput!) {
  addEmployerNote(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<EmployersAddEmployerNote4Mutation, EmployersAddEmployerNote4MutationVariables>;
export const EmployersEmployers4Document = new TypedDocumentString(`
    query EmployersEmployers4($filter: EmployerFilter) {
  employers(filter: $filter, first: 200) {
    edges {
      node {
        id
        lastContactAt
      }
    }
  }
}
    `) as unknown as TypedDocumentString<EmployersEmployers4Query, EmployersEmployers4QueryVariables>;
export const EmployersEmployers5Document = new TypedDocumentString(`
    query EmployersEmployers5 {
  employers(filter: {noContactForDays: 0}) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<EmployersEmployers5Query, EmployersEmployers5QueryVariables>;
export const EmployersMergeEmployersDocument = new TypedDocumentString(`
    mutation EmployersMergeEmployers($keep: ID!, $merge: ID!) {
  mergeEmployers(keepId: $keep, mergeId: $merge) {
    id
    version
    sbiCodes
    website
  }
}
    `) as unknown as TypedDocumentString<EmployersMergeEmployersMutation, EmployersMergeEmployersMutationVariables>;
export const EmployersPossibleDuplicatesDocument = new TypedDocumentString(`
    query EmployersPossibleDuplicates($id: ID!) {
  possibleDuplicates(employerId: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<EmployersPossibleDuplicatesQuery, EmployersPossibleDuplicatesQueryVariables>;
export const EmployersEmployers6Document = new TypedDocumentString(`
    query EmployersEmployers6 {
  employers(filter: {search: "Assen"}, first: 200) {
    edges {
      node {
        id
        hasPossibleDuplicates
      }
    }
  }
}
    `) as unknown as TypedDocumentString<EmployersEmployers6Query, EmployersEmployers6QueryVariables>;
export const EmployersEmployer3Document = new TypedDocumentString(`
    query EmployersEmployer3($id: ID!) {
  employer(id: $id) {
    hasPossibleDuplicates
  }
}
    `) as unknown as TypedDocumentString<EmployersEmployer3Query, EmployersEmployer3QueryVariables>;
export const EmployersAddEmployerContact2Document = new TypedDocumentString(`
    mutation EmployersAddEmployerContact2($input: AddContactInput!) {
  addEmployerContact(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<EmployersAddEmployerContact2Mutation, EmployersAddEmployerContact2MutationVariables>;
export const EmployersCreateVacancy2Document = new TypedDocumentString(`
    mutation EmployersCreateVacancy2($input: CreateVacancyInput!) {
  createVacancy(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<EmployersCreateVacancy2Mutation, EmployersCreateVacancy2MutationVariables>;
export const EmployersEmployerMergePreviewDocument = new TypedDocumentString(`
    query EmployersEmployerMergePreview($keep: ID!, $merge: ID!) {
  employerMergePreview(keepId: $keep, mergeId: $merge) {
    contacts
    vacancies
    visits
    placements
    timelineEntries
    teamMembers
    filledFields
  }
}
    `) as unknown as TypedDocumentString<EmployersEmployerMergePreviewQuery, EmployersEmployerMergePreviewQueryVariables>;
export const EmployersEmployerMergePreview2Document = new TypedDocumentString(`
    query EmployersEmployerMergePreview2($id: ID!) {
  employerMergePreview(keepId: $id, mergeId: $id) {
    contacts
  }
}
    `) as unknown as TypedDocumentString<EmployersEmployerMergePreview2Query, EmployersEmployerMergePreview2QueryVariables>;
export const EmployersEmployer4Document = new TypedDocumentString(`
    query EmployersEmployer4($id: ID!) {
  employer(id: $id) {
    contacts {
      name
    }
    vacancies {
      id
    }
    team {
      isLead
      user {
        email
      }
    }
    timeline {
      kind
    }
  }
}
    `) as unknown as TypedDocumentString<EmployersEmployer4Query, EmployersEmployer4QueryVariables>;
export const EmployersEmployer5Document = new TypedDocumentString(`
    query EmployersEmployer5($id: ID!) {
  employer(id: $id) {
    mergedIntoId
  }
}
    `) as unknown as TypedDocumentString<EmployersEmployer5Query, EmployersEmployer5QueryVariables>;
export const EmployersEmployers7Document = new TypedDocumentString(`
    query EmployersEmployers7($search: String) {
  employers(filter: {search: $search}) {
    edges {
      node {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<EmployersEmployers7Query, EmployersEmployers7QueryVariables>;
export const EmployersAddEmployerContact3Document = new TypedDocumentString(`
    mutation EmployersAddEmployerContact3($input: AddContactInput!) {
  addEmployerContact(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<EmployersAddEmployerContact3Mutation, EmployersAddEmployerContact3MutationVariables>;
export const FirstDayMeDocument = new TypedDocumentString(`
    query FirstDayMe {
  me {
    id
    roles
    organisation {
      slug
      regionCodes
    }
  }
}
    `) as unknown as TypedDocumentString<FirstDayMeQuery, FirstDayMeQueryVariables>;
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
export const IdempotencyCreateVacancyDocument = new TypedDocumentString(`
    mutation IdempotencyCreateVacancy($input: CreateVacancyInput!, $key: String) {
  createVacancy(input: $input, idempotencyKey: $key) {
    id
    title
  }
}
    `) as unknown as TypedDocumentString<IdempotencyCreateVacancyMutation, IdempotencyCreateVacancyMutationVariables>;
export const IdempotencyAddEmployerNoteDocument = new TypedDocumentString(`
    mutation IdempotencyAddEmployerNote($input: AddEmployerNoteInput!, $key: String) {
  addEmployerNote(input: $input, idempotencyKey: $key) {
    id
    text
  }
}
    `) as unknown as TypedDocumentString<IdempotencyAddEmployerNoteMutation, IdempotencyAddEmployerNoteMutationVariables>;
export const IdempotencyPlanVisitDocument = new TypedDocumentString(`
    mutation IdempotencyPlanVisit($input: PlanVisitInput!, $key: String) {
  planVisit(input: $input, idempotencyKey: $key) {
    visit {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<IdempotencyPlanVisitMutation, IdempotencyPlanVisitMutationVariables>;
export const IdempotencyPlanVisit2Document = new TypedDocumentString(`
    mutation IdempotencyPlanVisit2($input: PlanVisitInput!) {
  planVisit(input: $input) {
    visit {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<IdempotencyPlanVisit2Mutation, IdempotencyPlanVisit2MutationVariables>;
export const IdempotencyAddFollowUpDocument = new TypedDocumentString(`
    mutation IdempotencyAddFollowUp($input: AddFollowUpInput!, $key: String) {
  addFollowUp(input: $input, idempotencyKey: $key) {
    id
  }
}
    `) as unknown as TypedDocumentString<IdempotencyAddFollowUpMutation, IdempotencyAddFollowUpMutationVariables>;
export const ImportUploadEmployerImportDocument = new TypedDocumentString(`
    query ImportUploadEmployerImport($id: ID!) {
  employerImport(id: $id) {
    status
    rowsTotal
    rowsChanged
    rowsFailed
    failure
  }
}
    `) as unknown as TypedDocumentString<ImportUploadEmployerImportQuery, ImportUploadEmployerImportQueryVariables>;
export const ImportsStartImportDocument = new TypedDocumentString(`
    mutation ImportsStartImport($input: StartImportInput!) {
  startImport(input: $input) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<ImportsStartImportMutation, ImportsStartImportMutationVariables>;
export const ImportsEmployerImportDocument = new TypedDocumentString(`
    query ImportsEmployerImport($id: ID!) {
  employerImport(id: $id) {
    status
    rowsTotal
    rowsDone
    rowsChanged
    rowsFailed
    failure
    errors {
      line
      column
      message
    }
    warnings {
      line
      column
      message
    }
  }
}
    `) as unknown as TypedDocumentString<ImportsEmployerImportQuery, ImportsEmployerImportQueryVariables>;
export const MatchingVacancyDocument = new TypedDocumentString(`
    query MatchingVacancy($id: ID!, $dismissed: Boolean) {
  vacancy(id: $id) {
    suggestions(includeDismissed: $dismissed) {
      profileId
      pool
      score
      rank
      balanced
      maxWwBonus
      distanceKm
      explanation
      engineVersion
      dismissedAt
      fit {
        occupationMatch
        occupationCode
        distanceKm
        maxWwPriority
        missingSkills {
          code
          label
        }
      }
      components {
        name
        value
        weight
      }
      profile {
        id
        publicCode
        pool
        occupationCodes
        hoursMin
        hoursMax
        municipalityCode
      }
    }
  }
}
    `) as unknown as TypedDocumentString<MatchingVacancyQuery, MatchingVacancyQueryVariables>;
export const MatchingMatchingRunsDocument = new TypedDocumentString(`
    query MatchingMatchingRuns($id: ID!) {
  matchingRuns(vacancyId: $id) {
    jobId
    status
    error
    candidates
    suggestions
  }
}
    `) as unknown as TypedDocumentString<MatchingMatchingRunsQuery, MatchingMatchingRunsQueryVariables>;
export const MatchingCreateVacancyDocument = new TypedDocumentString(`
    mutation MatchingCreateVacancy($input: CreateVacancyInput!) {
  createVacancy(input: $input) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<MatchingCreateVacancyMutation, MatchingCreateVacancyMutationVariables>;
export const MatchingMatchingPreviewDocument = new TypedDocumentString(`
    query MatchingMatchingPreview($vacancyId: ID!, $input: UpdateMatchingConfigInput!) {
  matchingPreview(vacancyId: $vacancyId, input: $input) {
    current {
      profileId
      score
      rank
      pool
    }
    edited {
      profileId
      score
      rank
    }
  }
}
    `) as unknown as TypedDocumentString<MatchingMatchingPreviewQuery, MatchingMatchingPreviewQueryVariables>;
export const MatchingMatchingConfigDocument = new TypedDocumentString(`
    query MatchingMatchingConfig {
  matchingConfig(regionCode: "GRONINGEN") {
    version
    minimumScore
  }
}
    `) as unknown as TypedDocumentString<MatchingMatchingConfigQuery, MatchingMatchingConfigQueryVariables>;
export const MatchingNewSuggestionsDocument = new TypedDocumentString(`
    query MatchingNewSuggestions {
  newSuggestions(days: 7) {
    vacancyId
    vacancyTitle
    count
    bestScore
    newestAt
  }
}
    `) as unknown as TypedDocumentString<MatchingNewSuggestionsQuery, MatchingNewSuggestionsQueryVariables>;
export const MatchingNewSuggestions2Document = new TypedDocumentString(`
    query MatchingNewSuggestions2 {
  newSuggestions(days: 365) {
    count
  }
}
    `) as unknown as TypedDocumentString<MatchingNewSuggestions2Query, MatchingNewSuggestions2QueryVariables>;
export const MatchingUpdateVacancyDocument = new TypedDocumentString(`
    mutation MatchingUpdateVacancy($input: UpdateVacancyInput!) {
  updateVacancy(input: $input) {
    version
  }
}
    `) as unknown as TypedDocumentString<MatchingUpdateVacancyMutation, MatchingUpdateVacancyMutationVariables>;
export const MatchingCandidateProfileDocument = new TypedDocumentString(`
    query MatchingCandidateProfile($id: ID!) {
  candidateProfile(id: $id) {
    suggestions {
      vacancyId
      score
    }
  }
}
    `) as unknown as TypedDocumentString<MatchingCandidateProfileQuery, MatchingCandidateProfileQueryVariables>;
export const MatchingCandidateProfile2Document = new TypedDocumentString(`
    query MatchingCandidateProfile2($id: ID!) {
  candidateProfile(id: $id) {
    suggestions {
      vacancyId
    }
  }
}
    `) as unknown as TypedDocumentString<MatchingCandidateProfile2Query, MatchingCandidateProfile2QueryVariables>;
export const MatchingDismissSuggestionDocument = new TypedDocumentString(`
    mutation MatchingDismissSuggestion($v: ID!, $p: ID!) {
  dismissSuggestion(vacancyId: $v, profileId: $p, reason: "x") {
    score
  }
}
    `) as unknown as TypedDocumentString<MatchingDismissSuggestionMutation, MatchingDismissSuggestionMutationVariables>;
export const MatchingChangeCandidateProfileStatusDocument = new TypedDocumentString(`
    mutation MatchingChangeCandidateProfileStatus($input: ChangeCandidateStatusInput!) {
  changeCandidateProfileStatus(input: $input) {
    version
  }
}
    `) as unknown as TypedDocumentString<MatchingChangeCandidateProfileStatusMutation, MatchingChangeCandidateProfileStatusMutationVariables>;
export const MatchingWithdrawCandidateProfileDocument = new TypedDocumentString(`
    mutation MatchingWithdrawCandidateProfile($id: ID!) {
  withdrawCandidateProfile(id: $id, reason: OTHER)
}
    `) as unknown as TypedDocumentString<MatchingWithdrawCandidateProfileMutation, MatchingWithdrawCandidateProfileMutationVariables>;
export const MatchingDismissSuggestion2Document = new TypedDocumentString(`
    mutation MatchingDismissSuggestion2($v: ID!, $p: ID!) {
  dismissSuggestion(
    vacancyId: $v
    profileId: $p
    reason: "Werkgever zoekt ervaring in de utiliteitsbouw"
  ) {
    dismissedAt
  }
}
    `) as unknown as TypedDocumentString<MatchingDismissSuggestion2Mutation, MatchingDismissSuggestion2MutationVariables>;
export const MatchingRequestMatchingDocument = new TypedDocumentString(`
    mutation MatchingRequestMatching($id: ID!) {
  requestMatching(vacancyId: $id)
}
    `) as unknown as TypedDocumentString<MatchingRequestMatchingMutation, MatchingRequestMatchingMutationVariables>;
export const MatchingChangeVacancyStatusDocument = new TypedDocumentString(`
    mutation MatchingChangeVacancyStatus($input: ChangeVacancyStatusInput!) {
  changeVacancyStatus(input: $input) {
    status
  }
}
    `) as unknown as TypedDocumentString<MatchingChangeVacancyStatusMutation, MatchingChangeVacancyStatusMutationVariables>;
export const MatchingCreateVacancy2Document = new TypedDocumentString(`
    mutation MatchingCreateVacancy2($input: CreateVacancyInput!) {
  createVacancy(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<MatchingCreateVacancy2Mutation, MatchingCreateVacancy2MutationVariables>;
export const MatchingVacancy2Document = new TypedDocumentString(`
    query MatchingVacancy2($id: ID!) {
  vacancy(id: $id) {
    suggestions {
      profileId
      explanation
    }
  }
}
    `) as unknown as TypedDocumentString<MatchingVacancy2Query, MatchingVacancy2QueryVariables>;
export const MatchingCreateVacancy3Document = new TypedDocumentString(`
    mutation MatchingCreateVacancy3($input: CreateVacancyInput!) {
  createVacancy(input: $input) {
    id
    remoteWork
  }
}
    `) as unknown as TypedDocumentString<MatchingCreateVacancy3Mutation, MatchingCreateVacancy3MutationVariables>;
export const MatchingVacancy3Document = new TypedDocumentString(`
    query MatchingVacancy3($id: ID!) {
  vacancy(id: $id) {
    suggestions {
      profileId
      explanation
    }
  }
}
    `) as unknown as TypedDocumentString<MatchingVacancy3Query, MatchingVacancy3QueryVariables>;
export const MatchingUpdateCandidateProfileDocument = new TypedDocumentString(`
    mutation MatchingUpdateCandidateProfile($input: UpdateCandidateProfileInput!) {
  updateCandidateProfile(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<MatchingUpdateCandidateProfileMutation, MatchingUpdateCandidateProfileMutationVariables>;
export const MatchingUpdateMatchingConfigDocument = new TypedDocumentString(`
    mutation MatchingUpdateMatchingConfig($input: UpdateMatchingConfigInput!) {
  updateMatchingConfig(input: $input) {
    regionCode
    version
    maxWwBonus
    weights {
      distance
      occupation
    }
  }
}
    `) as unknown as TypedDocumentString<MatchingUpdateMatchingConfigMutation, MatchingUpdateMatchingConfigMutationVariables>;
export const MatchingMatchingConfig2Document = new TypedDocumentString(`
    query MatchingMatchingConfig2 {
  matchingConfig(regionCode: "DRENTHE") {
    version
    maxWwBonus
  }
}
    `) as unknown as TypedDocumentString<MatchingMatchingConfig2Query, MatchingMatchingConfig2QueryVariables>;
export const JanDeVries_111222333Document = new TypedDocumentString(`
    query JanDeVries_111222333 {
  employers(first: 5) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<JanDeVries_111222333Query, JanDeVries_111222333QueryVariables>;
export const MissingVacancyDocument = new TypedDocumentString(`
    query MissingVacancy {
  vacancy(id: "00000000-0000-4000-8000-000000000000") {
    id
  }
}
    `) as unknown as TypedDocumentString<MissingVacancyQuery, MissingVacancyQueryVariables>;
export const MutationFuzzCreateEmployerDocument = new TypedDocumentString(`
    mutation MutationFuzzCreateEmployer($input: CreateEmployerInput!) {
  createEmployer(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<MutationFuzzCreateEmployerMutation, MutationFuzzCreateEmployerMutationVariables>;
export const NotificationLiveNotificationAddedDocument = new TypedDocumentString(`
    subscription NotificationLiveNotificationAdded {
  notificationAdded {
    id
    kind
    message
    path
    delivery
  }
}
    `) as unknown as TypedDocumentString<NotificationLiveNotificationAddedSubscription, NotificationLiveNotificationAddedSubscriptionVariables>;
export const NotificationMailPlanVisitDocument = new TypedDocumentString(`
    mutation NotificationMailPlanVisit($input: PlanVisitInput!) {
  planVisit(input: $input) {
    visit {
      id
      version
      participants {
        userId
      }
    }
  }
}
    `) as unknown as TypedDocumentString<NotificationMailPlanVisitMutation, NotificationMailPlanVisitMutationVariables>;
export const NotificationMailUpdateVisitDocument = new TypedDocumentString(`
    mutation NotificationMailUpdateVisit($input: UpdateVisitInput!) {
  updateVisit(input: $input) {
    visit {
      id
      version
      participants {
        userId
      }
    }
  }
}
    `) as unknown as TypedDocumentString<NotificationMailUpdateVisitMutation, NotificationMailUpdateVisitMutationVariables>;
export const NotificationMailCancelVisitDocument = new TypedDocumentString(`
    mutation NotificationMailCancelVisit($input: CancelVisitInput!) {
  cancelVisit(input: $input) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<NotificationMailCancelVisitMutation, NotificationMailCancelVisitMutationVariables>;
export const NotificationMailAddFollowUpDocument = new TypedDocumentString(`
    mutation NotificationMailAddFollowUp($input: AddFollowUpInput!) {
  addFollowUp(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<NotificationMailAddFollowUpMutation, NotificationMailAddFollowUpMutationVariables>;
export const NotificationMailSetNotificationPreferenceDocument = new TypedDocumentString(`
    mutation NotificationMailSetNotificationPreference($kind: NotificationKind!, $delivery: NotificationDelivery) {
  setNotificationPreference(kind: $kind, delivery: $delivery) {
    kind
    delivery
    isDefault
  }
}
    `) as unknown as TypedDocumentString<NotificationMailSetNotificationPreferenceMutation, NotificationMailSetNotificationPreferenceMutationVariables>;
export const NotificationMailExpressInterestDocument = new TypedDocumentString(`
    mutation NotificationMailExpressInterest($input: ExpressInterestInput!) {
  expressInterest(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<NotificationMailExpressInterestMutation, NotificationMailExpressInterestMutationVariables>;
export const NotificationMailDeclineInterestDocument = new TypedDocumentString(`
    mutation NotificationMailDeclineInterest($input: DeclineInterestInput!) {
  declineInterest(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<NotificationMailDeclineInterestMutation, NotificationMailDeclineInterestMutationVariables>;
export const NotificationMailCreateCalendarFeedDocument = new TypedDocumentString(`
    mutation NotificationMailCreateCalendarFeed {
  createCalendarFeed {
    url
  }
}
    `) as unknown as TypedDocumentString<NotificationMailCreateCalendarFeedMutation, NotificationMailCreateCalendarFeedMutationVariables>;
export const NotificationMailNotificationPreferencesDocument = new TypedDocumentString(`
    query NotificationMailNotificationPreferences {
  notificationPreferences {
    kind
    delivery
    isDefault
  }
}
    `) as unknown as TypedDocumentString<NotificationMailNotificationPreferencesQuery, NotificationMailNotificationPreferencesQueryVariables>;
export const NotificationMailDevMailboxDocument = new TypedDocumentString(`
    query NotificationMailDevMailbox {
  devMailbox {
    id
  }
}
    `) as unknown as TypedDocumentString<NotificationMailDevMailboxQuery, NotificationMailDevMailboxQueryVariables>;
export const NotificationMailStartImportDocument = new TypedDocumentString(`
    mutation NotificationMailStartImport($input: StartImportInput!) {
  startImport(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<NotificationMailStartImportMutation, NotificationMailStartImportMutationVariables>;
export const PiiGuardAddEmployerNoteDocument = new TypedDocumentString(`
    mutation PiiGuardAddEmployerNote($input: AddEmployerNoteInput!) {
  addEmployerNote(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<PiiGuardAddEmployerNoteMutation, PiiGuardAddEmployerNoteMutationVariables>;
export const PiiGuardCreateVacancyDocument = new TypedDocumentString(`
    mutation PiiGuardCreateVacancy($input: CreateVacancyInput!) {
  createVacancy(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<PiiGuardCreateVacancyMutation, PiiGuardCreateVacancyMutationVariables>;
export const PiiGuardCreateVacancy2Document = new TypedDocumentString(`
    mutation PiiGuardCreateVacancy2($input: CreateVacancyInput!) {
  createVacancy(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<PiiGuardCreateVacancy2Mutation, PiiGuardCreateVacancy2MutationVariables>;
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
export const ProductionAuthMeDocument = new TypedDocumentString(`
    query ProductionAuthMe {
  me {
    id
  }
}
    `) as unknown as TypedDocumentString<ProductionAuthMeQuery, ProductionAuthMeQueryVariables>;
export const ProductionAuthMe2Document = new TypedDocumentString(`
    query ProductionAuthMe2 {
  me {
    id
  }
}
    `) as unknown as TypedDocumentString<ProductionAuthMe2Query, ProductionAuthMe2QueryVariables>;
export const ProductionAuthMe3Document = new TypedDocumentString(`
    query ProductionAuthMe3 {
  me {
    id
  }
}
    `) as unknown as TypedDocumentString<ProductionAuthMe3Query, ProductionAuthMe3QueryVariables>;
export const ProductionAuthMe4Document = new TypedDocumentString(`
    query ProductionAuthMe4 {
  me {
    id
  }
}
    `) as unknown as TypedDocumentString<ProductionAuthMe4Query, ProductionAuthMe4QueryVariables>;
export const ProductionAuthMe5Document = new TypedDocumentString(`
    query ProductionAuthMe5 {
  me {
    id
  }
}
    `) as unknown as TypedDocumentString<ProductionAuthMe5Query, ProductionAuthMe5QueryVariables>;
export const ProductionAuth__SchemaDocument = new TypedDocumentString(`
    query ProductionAuth__schema {
  __schema {
    types {
      name
    }
  }
}
    `) as unknown as TypedDocumentString<ProductionAuth__SchemaQuery, ProductionAuth__SchemaQueryVariables>;
export const ProductionAuthMe6Document = new TypedDocumentString(`
    query ProductionAuthMe6 {
  me {
    id
  }
}
    `) as unknown as TypedDocumentString<ProductionAuthMe6Query, ProductionAuthMe6QueryVariables>;
export const ProductionAuthIdentityProvidersDocument = new TypedDocumentString(`
    query ProductionAuthIdentityProviders {
  identityProviders {
    name
    issuer
  }
}
    `) as unknown as TypedDocumentString<ProductionAuthIdentityProvidersQuery, ProductionAuthIdentityProvidersQueryVariables>;
export const ProductionAuthAddUserDocument = new TypedDocumentString(`
    mutation ProductionAuthAddUser($input: AddUserInput!) {
  addUser(input: $input) {
    id
    issuer
    subject
  }
}
    `) as unknown as TypedDocumentString<ProductionAuthAddUserMutation, ProductionAuthAddUserMutationVariables>;
export const ProductionAuthUpdateUserDocument = new TypedDocumentString(`
    mutation ProductionAuthUpdateUser($input: UpdateUserInput!) {
  updateUser(input: $input) {
    issuer
  }
}
    `) as unknown as TypedDocumentString<ProductionAuthUpdateUserMutation, ProductionAuthUpdateUserMutationVariables>;
export const ProductionAuthMe7Document = new TypedDocumentString(`
    query ProductionAuthMe7 {
  me {
    id
  }
}
    `) as unknown as TypedDocumentString<ProductionAuthMe7Query, ProductionAuthMe7QueryVariables>;
export const ProductionAuthMe8Document = new TypedDocumentString(`
    query ProductionAuthMe8 {
  me {
    id
  }
}
    `) as unknown as TypedDocumentString<ProductionAuthMe8Query, ProductionAuthMe8QueryVariables>;
export const QueueOutageMatchingRunsDocument = new TypedDocumentString(`
    query QueueOutageMatchingRuns($id: ID!) {
  matchingRuns(vacancyId: $id) {
    status
  }
}
    `) as unknown as TypedDocumentString<QueueOutageMatchingRunsQuery, QueueOutageMatchingRunsQueryVariables>;
export const QueueOutageCreateVacancyDocument = new TypedDocumentString(`
    mutation QueueOutageCreateVacancy($input: CreateVacancyInput!) {
  createVacancy(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<QueueOutageCreateVacancyMutation, QueueOutageCreateVacancyMutationVariables>;
export const QueueOutageMeDocument = new TypedDocumentString(`
    query QueueOutageMe($id: ID!) {
  me {
    id
  }
  vacancy(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<QueueOutageMeQuery, QueueOutageMeQueryVariables>;
export const QueueOutageRequestMatchingDocument = new TypedDocumentString(`
    mutation QueueOutageRequestMatching($id: ID!) {
  requestMatching(vacancyId: $id)
}
    `) as unknown as TypedDocumentString<QueueOutageRequestMatchingMutation, QueueOutageRequestMatchingMutationVariables>;
export const QueueOutageStartImportDocument = new TypedDocumentString(`
    mutation QueueOutageStartImport($input: StartImportInput!) {
  startImport(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<QueueOutageStartImportMutation, QueueOutageStartImportMutationVariables>;
export const QueueOutageMe2Document = new TypedDocumentString(`
    query QueueOutageMe2 {
  me {
    id
  }
}
    `) as unknown as TypedDocumentString<QueueOutageMe2Query, QueueOutageMe2QueryVariables>;
export const RedisSilentVacancyDocument = new TypedDocumentString(`
    query RedisSilentVacancy($id: ID!) {
  vacancy(id: $id) {
    id
    title
  }
}
    `) as unknown as TypedDocumentString<RedisSilentVacancyQuery, RedisSilentVacancyQueryVariables>;
export const RedisSilentRequestMatchingDocument = new TypedDocumentString(`
    mutation RedisSilentRequestMatching($id: ID!) {
  requestMatching(vacancyId: $id)
}
    `) as unknown as TypedDocumentString<RedisSilentRequestMatchingMutation, RedisSilentRequestMatchingMutationVariables>;
export const RedisSilentRequestMatching2Document = new TypedDocumentString(`
    mutation RedisSilentRequestMatching2($id: ID!) {
  requestMatching(vacancyId: $id)
}
    `) as unknown as TypedDocumentString<RedisSilentRequestMatching2Mutation, RedisSilentRequestMatching2MutationVariables>;
export const ReportReaderPlacementReportDocument = new TypedDocumentString(`
    query ReportReaderPlacementReport($input: PlacementReportInput!) {
  placementReport(input: $input) {
    total {
      value
      suppressed
      display
    }
  }
}
    `) as unknown as TypedDocumentString<ReportReaderPlacementReportQuery, ReportReaderPlacementReportQueryVariables>;
export const ReportReaderAddUserDocument = new TypedDocumentString(`
    mutation ReportReaderAddUser($input: AddUserInput!) {
  addUser(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<ReportReaderAddUserMutation, ReportReaderAddUserMutationVariables>;
export const RequestDeadlineUpdateEmployerDocument = new TypedDocumentString(`
    mutation RequestDeadlineUpdateEmployer($input: UpdateEmployerInput!) {
  updateEmployer(input: $input) {
    id
    legalName
    version
  }
}
    `) as unknown as TypedDocumentString<RequestDeadlineUpdateEmployerMutation, RequestDeadlineUpdateEmployerMutationVariables>;
export const RequestDeadlineAddEmployerNoteDocument = new TypedDocumentString(`
    mutation RequestDeadlineAddEmployerNote($input: AddEmployerNoteInput!) {
  addEmployerNote(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<RequestDeadlineAddEmployerNoteMutation, RequestDeadlineAddEmployerNoteMutationVariables>;
export const TaxonomyOccupationsDocument = new TypedDocumentString(`
    query TaxonomyOccupations($search: String!, $first: Int) {
  occupations(search: $search, first: $first) {
    code
    level
    titleNl
  }
}
    `) as unknown as TypedDocumentString<TaxonomyOccupationsQuery, TaxonomyOccupationsQueryVariables>;
export const TaxonomyOccupationDocument = new TypedDocumentString(`
    query TaxonomyOccupation {
  occupation(code: "834") {
    code
    titleEn
    parent {
      code
    }
    ancestors {
      code
    }
    children {
      code
    }
  }
  unit: occupation(code: "8344") {
    skills {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<TaxonomyOccupationQuery, TaxonomyOccupationQueryVariables>;
export const TaxonomyOccupation2Document = new TypedDocumentString(`
    query TaxonomyOccupation2 {
  occupation(code: "9999") {
    code
  }
}
    `) as unknown as TypedDocumentString<TaxonomyOccupation2Query, TaxonomyOccupation2QueryVariables>;
export const TaxonomyOccupation3Document = new TypedDocumentString(`
    query TaxonomyOccupation3 {
  occupation(code: "12a") {
    code
  }
}
    `) as unknown as TypedDocumentString<TaxonomyOccupation3Query, TaxonomyOccupation3QueryVariables>;
export const TaxonomySkillsDocument = new TypedDocumentString(`
    query TaxonomySkills {
  skills(occupationCode: "8344") {
    code
  }
}
    `) as unknown as TypedDocumentString<TaxonomySkillsQuery, TaxonomySkillsQueryVariables>;
export const TaxonomySkills2Document = new TypedDocumentString(`
    query TaxonomySkills2 {
  skills(search: "heftr") {
    code
    labelNl
  }
}
    `) as unknown as TypedDocumentString<TaxonomySkills2Query, TaxonomySkills2QueryVariables>;
export const TaxonomySkills3Document = new TypedDocumentString(`
    query TaxonomySkills3 {
  skills(occupationCode: "9999") {
    code
  }
}
    `) as unknown as TypedDocumentString<TaxonomySkills3Query, TaxonomySkills3QueryVariables>;
export const TaxonomyEducationLevelsDocument = new TypedDocumentString(`
    query TaxonomyEducationLevels {
  educationLevels {
    code
    nlqf
    isced
  }
}
    `) as unknown as TypedDocumentString<TaxonomyEducationLevelsQuery, TaxonomyEducationLevelsQueryVariables>;
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
export const VisitsPlanDocument = new TypedDocumentString(`
    mutation VisitsPlan($input: PlanVisitInput!) {
  planVisit(input: $input) {
    visit {
      ...VisitFields
    }
    warnings {
      code
      message
    }
  }
}
    fragment VisitFields on Visit {
  id
  version
  status
  joint
  location
  startsAt
  endsAt
  purpose
  report
  cancelReason
  vacancyIds
  participants {
    userId
    organisationId
    isLead
  }
  followUps {
    id
    title
    ownerId
    doneAt
    version
  }
}`) as unknown as TypedDocumentString<VisitsPlanMutation, VisitsPlanMutationVariables>;
export const VisitsUpdateDocument = new TypedDocumentString(`
    mutation VisitsUpdate($input: UpdateVisitInput!) {
  updateVisit(input: $input) {
    visit {
      ...VisitFields
    }
    warnings {
      code
      message
    }
  }
}
    fragment VisitFields on Visit {
  id
  version
  status
  joint
  location
  startsAt
  endsAt
  purpose
  report
  cancelReason
  vacancyIds
  participants {
    userId
    organisationId
    isLead
  }
  followUps {
    id
    title
    ownerId
    doneAt
    version
  }
}`) as unknown as TypedDocumentString<VisitsUpdateMutation, VisitsUpdateMutationVariables>;
export const VisitsCancelDocument = new TypedDocumentString(`
    mutation VisitsCancel($input: CancelVisitInput!) {
  cancelVisit(input: $input) {
    ...VisitFields
  }
}
    fragment VisitFields on Visit {
  id
  version
  status
  joint
  location
  startsAt
  endsAt
  purpose
  report
  cancelReason
  vacancyIds
  participants {
    userId
    organisationId
    isLead
  }
  followUps {
    id
    title
    ownerId
    doneAt
    version
  }
}`) as unknown as TypedDocumentString<VisitsCancelMutation, VisitsCancelMutationVariables>;
export const VisitsReportDocument = new TypedDocumentString(`
    mutation VisitsReport($input: VisitReportInput!) {
  recordVisitReport(input: $input) {
    ...VisitFields
  }
}
    fragment VisitFields on Visit {
  id
  version
  status
  joint
  location
  startsAt
  endsAt
  purpose
  report
  cancelReason
  vacancyIds
  participants {
    userId
    organisationId
    isLead
  }
  followUps {
    id
    title
    ownerId
    doneAt
    version
  }
}`) as unknown as TypedDocumentString<VisitsReportMutation, VisitsReportMutationVariables>;
export const VisitsEmployerDocument = new TypedDocumentString(`
    query VisitsEmployer($id: ID!) {
  employer(id: $id) {
    timeline {
      kind
      text
    }
  }
}
    `) as unknown as TypedDocumentString<VisitsEmployerQuery, VisitsEmployerQueryVariables>;
export const VisitsVisitPlanningCheckDocument = new TypedDocumentString(`
    query VisitsVisitPlanningCheck($input: PlanVisitInput!) {
  visitPlanningCheck(input: $input) {
    clashes {
      visitId
      userId
      participantName
      startsAt
      endsAt
      employerName
    }
    warnings {
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<VisitsVisitPlanningCheckQuery, VisitsVisitPlanningCheckQueryVariables>;
export const VisitsVisitPlanningCheck2Document = new TypedDocumentString(`
    query VisitsVisitPlanningCheck2($input: PlanVisitInput!) {
  visitPlanningCheck(input: $input) {
    warnings {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<VisitsVisitPlanningCheck2Query, VisitsVisitPlanningCheck2QueryVariables>;
export const VisitsAddTeamMemberDocument = new TypedDocumentString(`
    mutation VisitsAddTeamMember($input: TeamMemberInput!) {
  addTeamMember(input: $input) {
    userId
  }
}
    `) as unknown as TypedDocumentString<VisitsAddTeamMemberMutation, VisitsAddTeamMemberMutationVariables>;
export const VisitsVisitDocument = new TypedDocumentString(`
    query VisitsVisit($id: ID!) {
  visit(id: $id) {
    purpose
  }
}
    `) as unknown as TypedDocumentString<VisitsVisitQuery, VisitsVisitQueryVariables>;
export const VisitsAddFollowUpDocument = new TypedDocumentString(`
    mutation VisitsAddFollowUp($input: AddFollowUpInput!) {
  addFollowUp(input: $input) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<VisitsAddFollowUpMutation, VisitsAddFollowUpMutationVariables>;
export const VisitsCompleteFollowUpDocument = new TypedDocumentString(`
    mutation VisitsCompleteFollowUp($id: ID!, $version: Int!) {
  completeFollowUp(id: $id, version: $version) {
    doneAt
  }
}
    `) as unknown as TypedDocumentString<VisitsCompleteFollowUpMutation, VisitsCompleteFollowUpMutationVariables>;
export const VisitsVisit2Document = new TypedDocumentString(`
    query VisitsVisit2($id: ID!) {
  visit(id: $id) {
    followUps {
      id
      ownerId
      dueOn
      doneAt
      version
    }
  }
}
    `) as unknown as TypedDocumentString<VisitsVisit2Query, VisitsVisit2QueryVariables>;
export const VisitsCreateCalendarFeedDocument = new TypedDocumentString(`
    mutation VisitsCreateCalendarFeed {
  createCalendarFeed {
    id
    url
  }
}
    `) as unknown as TypedDocumentString<VisitsCreateCalendarFeedMutation, VisitsCreateCalendarFeedMutationVariables>;
export const VisitsRevokeCalendarFeedDocument = new TypedDocumentString(`
    mutation VisitsRevokeCalendarFeed($id: ID!) {
  revokeCalendarFeed(id: $id)
}
    `) as unknown as TypedDocumentString<VisitsRevokeCalendarFeedMutation, VisitsRevokeCalendarFeedMutationVariables>;
export const VisitsCreateCalendarFeed2Document = new TypedDocumentString(`
    mutation VisitsCreateCalendarFeed2 {
  createCalendarFeed {
    url
  }
}
    `) as unknown as TypedDocumentString<VisitsCreateCalendarFeed2Mutation, VisitsCreateCalendarFeed2MutationVariables>;
export const VisitsAddFollowUp2Document = new TypedDocumentString(`
    mutation VisitsAddFollowUp2($input: AddFollowUpInput!) {
  addFollowUp(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<VisitsAddFollowUp2Mutation, VisitsAddFollowUp2MutationVariables>;
export const VisitsMyAgendaDocument = new TypedDocumentString(`
    query VisitsMyAgenda {
  myAgenda(after: "bm90IGEgY3Vyc29y") {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<VisitsMyAgendaQuery, VisitsMyAgendaQueryVariables>;
export const VisitsVisitsDocument = new TypedDocumentString(`
    query VisitsVisits {
  visits(first: 500) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<VisitsVisitsQuery, VisitsVisitsQueryVariables>;
export const VisitsMyAgenda2Document = new TypedDocumentString(`
    query VisitsMyAgenda2($to: DateTime) {
  myAgenda(from: "2029-01-01T00:00:00Z", to: $to, first: 200) {
    totalCount
    edges {
      node {
        id
        joint
        participants {
          userId
        }
        followUps {
          id
        }
        vacancyIds
      }
    }
  }
}
    `) as unknown as TypedDocumentString<VisitsMyAgenda2Query, VisitsMyAgenda2QueryVariables>;
export const VisitsCreateCalendarFeed3Document = new TypedDocumentString(`
    mutation VisitsCreateCalendarFeed3 {
  createCalendarFeed {
    url
  }
}
    `) as unknown as TypedDocumentString<VisitsCreateCalendarFeed3Mutation, VisitsCreateCalendarFeed3MutationVariables>;
export const WebAppUpdateEmployerDocument = new TypedDocumentString(`
    mutation WebAppUpdateEmployer($input: UpdateEmployerInput!) {
  updateEmployer(input: $input) {
    version
  }
}
    `) as unknown as TypedDocumentString<WebAppUpdateEmployerMutation, WebAppUpdateEmployerMutationVariables>;
export const WebAppPlanVisitDocument = new TypedDocumentString(`
    mutation WebAppPlanVisit($input: PlanVisitInput!) {
  planVisit(input: $input) {
    visit {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<WebAppPlanVisitMutation, WebAppPlanVisitMutationVariables>;
export const WebAppAddEmployerContactDocument = new TypedDocumentString(`
    mutation WebAppAddEmployerContact($input: AddContactInput!) {
  addEmployerContact(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<WebAppAddEmployerContactMutation, WebAppAddEmployerContactMutationVariables>;
export const WebJobCoachExpressInterestDocument = new TypedDocumentString(`
    mutation WebJobCoachExpressInterest($input: ExpressInterestInput!) {
  expressInterest(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<WebJobCoachExpressInterestMutation, WebJobCoachExpressInterestMutationVariables>;
export const CreateTestProfileDocument = new TypedDocumentString(`
    mutation CreateTestProfile($input: CreateCandidateProfileInput!) {
  createCandidateProfile(input: $input) {
    ...ProfileFields
  }
}
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
}`) as unknown as TypedDocumentString<CreateTestProfileMutation, CreateTestProfileMutationVariables>;
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