import {
  AgeBand,
  AnonymisedCandidateProfile,
  CandidatePool,
  CandidateProfile,
  CandidateStatus,
  ExperienceBand,
  LegalBasis,
  TargetGroup,
} from './dto/candidate-profile.models';
import { CandidateProfileEntity } from './entities/candidate-profile.entity';
import { dateToMonth, missingForSharing } from './profile-rules';

/** The properties other organisations may see, picked one by one so nothing leaks by default. */
export const ANONYMISED_PROPERTIES = [
  'id',
  'publicCode',
  'pool',
  'regionCode',
  'ownerOrganisationId',
  'coachId',
  'occupationCodes',
  'skillCodes',
  'educationLevel',
  'experienceBand',
  'hoursMin',
  'hoursMax',
  'hoursFlexible',
  'availableFrom',
  'municipalityCode',
  'travelRadiusKm',
  'drivingLicences',
  'languages',
  'targetGroups',
  'wwEndMonth',
  'pitch',
  'status',
  'expiresOn',
] as const satisfies readonly (keyof CandidateProfileEntity)[];

/** A profile as the anonymised view reads it. */
export type AnonymisedProfileRow = Pick<CandidateProfileEntity, (typeof ANONYMISED_PROPERTIES)[number]>;

/** The view for other organisations: the shared fields only, picked one by one so nothing leaks by default. */
export function anonymisedView(profile: AnonymisedProfileRow): AnonymisedCandidateProfile {
  return {
    id: profile.id,
    publicCode: profile.publicCode,
    pool: profile.pool as CandidatePool,
    regionCode: profile.regionCode,
    ownerOrganisationId: profile.ownerOrganisationId,
    coachId: profile.coachId,
    occupationCodes: profile.occupationCodes,
    skillCodes: profile.skillCodes,
    educationLevel: profile.educationLevel,
    experienceBand: profile.experienceBand as ExperienceBand | null,
    hoursMin: profile.hoursMin,
    hoursMax: profile.hoursMax,
    hoursFlexible: profile.hoursFlexible,
    availableFrom: dateToMonth(profile.availableFrom),
    municipalityCode: profile.municipalityCode,
    travelRadiusKm: profile.travelRadiusKm,
    drivingLicences: profile.drivingLicences,
    languages: profile.languages,
    targetGroups: profile.targetGroups as TargetGroup[],
    wwEndMonth: dateToMonth(profile.wwEndMonth),
    pitch: profile.pitch,
    status: profile.status as CandidateStatus,
    expiresOn: profile.expiresOn,
  };
}

/** The owner's view: everything, with the client number reduced to whether one was registered. */
export function ownerView(profile: CandidateProfileEntity, hasClientNumber: boolean): CandidateProfile {
  return {
    ...anonymisedView(profile),
    version: profile.version,
    ageBand: profile.ageBand as AgeBand | null,
    internalNote: profile.internalNote,
    hasClientNumber,
    legalBasis: profile.legalBasis as LegalBasis,
    legalBasisRecordedAt: profile.legalBasisRecordedAt,
    legalBasisRecordedBy: profile.legalBasisRecordedBy,
    missingForSharing: missingForSharing(profile),
    createdAt: profile.createdAt,
    updatedAt: profile.updatedAt,
  };
}
