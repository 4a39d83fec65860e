import { Directory1763900000000 } from './1763900000000-directory';
import { Taxonomy1763900000001 } from './1763900000001-taxonomy';
import { RegionsAndMunicipalities1763900000002 } from './1763900000002-regions-and-municipalities';
import { EmployersAndVacancies1763900000003 } from './1763900000003-employers-and-vacancies';
import { EmployerImports1763900000004 } from './1763900000004-employer-imports';
import { CandidateProfiles1763900000005 } from './1763900000005-candidate-profiles';
import { Matching1763900000006 } from './1763900000006-matching';
import { Handover1763900000007 } from './1763900000007-handover';
import { Visits1763900000008 } from './1763900000008-visits';
import { Reports1763900000009 } from './1763900000009-reports';
import { CandidateMatchFacts1763900000010 } from './1763900000010-candidate-match-facts';
import { RateLimits1763900000011 } from './1763900000011-rate-limits';
import { OutboxTraceParent1763900000012 } from './1763900000012-outbox-trace-parent';
import { ClientReferenceKeys1763900000013 } from './1763900000013-client-reference-keys';
import { CandidateFactChanges1763900000014 } from './1763900000014-candidate-fact-changes';
import { PrivacyWall1763900000015 } from './1763900000015-privacy-wall';
import { SuggestionFirstSeen1763900000016 } from './1763900000016-suggestion-first-seen';
import { Mail1763900000017 } from './1763900000017-mail';
import { IdempotencyKeys1763900000018 } from './1763900000018-idempotency-keys';
import { UnfinishedMatchingRuns1763900000019 } from './1763900000019-unfinished-matching-runs';
import { OccupationSearchGaps1763900000020 } from './1763900000020-occupation-search-gaps';
import { FlexibleHours1763900000021 } from './1763900000021-flexible-hours';
import { EducationLevelsV21763900000022 } from './1763900000022-education-levels-v2';
import { RemoteVacancies1763900000023 } from './1763900000023-remote-vacancies';
import { MaxWwCohorts1763900000024 } from './1763900000024-max-ww-cohorts';
import { ImportWarnings1763900000025 } from './1763900000025-import-warnings';
import { UserIssuer1763900000026 } from './1763900000026-user-issuer';
import { MaxWwPlacementIndex1763900000027 } from './1763900000027-max-ww-placement-index';

/** Every migration, in order. A schema change adds a file here; an applied migration is never edited. */
export const migrations = [
  Directory1763900000000,
  Taxonomy1763900000001,
  RegionsAndMunicipalities1763900000002,
  EmployersAndVacancies1763900000003,
  EmployerImports1763900000004,
  CandidateProfiles1763900000005,
  Matching1763900000006,
  Handover1763900000007,
  Visits1763900000008,
  Reports1763900000009,
  CandidateMatchFacts1763900000010,
  RateLimits1763900000011,
  OutboxTraceParent1763900000012,
  ClientReferenceKeys1763900000013,
  CandidateFactChanges1763900000014,
  PrivacyWall1763900000015,
  SuggestionFirstSeen1763900000016,
  Mail1763900000017,
  IdempotencyKeys1763900000018,
  UnfinishedMatchingRuns1763900000019,
  OccupationSearchGaps1763900000020,
  FlexibleHours1763900000021,
  EducationLevelsV21763900000022,
  RemoteVacancies1763900000023,
  MaxWwCohorts1763900000024,
  ImportWarnings1763900000025,
  UserIssuer1763900000026,
  MaxWwPlacementIndex1763900000027,
];
