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
    "\n  query AuthMe {\n    me {\n      displayName\n      email\n      roles\n      organisation {\n        name\n        kind\n      }\n    }\n  }\n": typeof types.AuthMeDocument,
    "\n        mutation AuthAddUser($input: AddUserInput!) {\n          addUser(input: $input) {\n            id\n          }\n        }\n      ": typeof types.AuthAddUserDocument,
    "\n            query AuthMe2 {\n              me {\n                id\n              }\n            }\n          ": typeof types.AuthMe2Document,
    "\n            query AuthMe3 {\n              me {\n                id\n              }\n            }\n          ": typeof types.AuthMe3Document,
    "\n            query AuthMe4 {\n              me {\n                id\n              }\n            }\n          ": typeof types.AuthMe4Document,
    "\n            query AuthMe5 {\n              me {\n                id\n              }\n            }\n          ": typeof types.AuthMe5Document,
    "\n            query AuthMe6 {\n              me {\n                id\n              }\n            }\n          ": typeof types.AuthMe6Document,
    "\n            query AuthMe7 {\n              me {\n                id\n              }\n            }\n          ": typeof types.AuthMe7Document,
    "\n          query BackupRestoreMe {\n            me {\n              displayName\n            }\n            employers(first: 1) {\n              totalCount\n            }\n          }\n        ": typeof types.BackupRestoreMeDocument,
    "\n  mutation CandidateProfilesCreate($input: CreateCandidateProfileInput!) {\n    createCandidateProfile(input: $input) {\n      ...ProfileFields\n    }\n  }\n": typeof types.CandidateProfilesCreateDocument,
    "\n  mutation CandidateProfilesUpdate($input: UpdateCandidateProfileInput!) {\n    updateCandidateProfile(input: $input) {\n      ...ProfileFields\n    }\n  }\n": typeof types.CandidateProfilesUpdateDocument,
    "\n  mutation CandidateProfilesChangeCandidateProfileStatus($input: ChangeCandidateStatusInput!) {\n    changeCandidateProfileStatus(input: $input) {\n      id\n      version\n      status\n    }\n  }\n": typeof types.CandidateProfilesChangeCandidateProfileStatusDocument,
    "\n  query CandidateProfilesGet($id: ID!) {\n    candidateProfile(id: $id) {\n      ...ProfileFields\n    }\n  }\n": typeof types.CandidateProfilesGetDocument,
    "\n            mutation CandidateProfilesWithdrawCandidateProfile($id: ID!) {\n              withdrawCandidateProfile(id: $id, reason: OTHER)\n            }\n          ": typeof types.CandidateProfilesWithdrawCandidateProfileDocument,
    "\n          query CandidateProfilesCandidateProfiles2 {\n            candidateProfiles(first: 200) {\n              edges {\n                node {\n                  id\n                }\n              }\n            }\n          }\n        ": typeof types.CandidateProfilesCandidateProfiles2Document,
    "\n            query CandidateProfilesCandidateProfiles3 {\n              candidateProfiles {\n                totalCount\n              }\n            }\n          ": typeof types.CandidateProfilesCandidateProfiles3Document,
    "\n          query CandidateProfilesCandidateProfiles4 {\n            candidateProfiles(first: 200, filter: { status: ACTIVE }) {\n              edges {\n                node {\n                  id\n                }\n              }\n            }\n          }\n        ": typeof types.CandidateProfilesCandidateProfiles4Document,
    "\n          mutation CandidateProfilesRenewCandidateProfile($id: ID!, $version: Int!) {\n            renewCandidateProfile(id: $id, version: $version) {\n              version\n              expiresOn\n            }\n          }\n        ": typeof types.CandidateProfilesRenewCandidateProfileDocument,
    "\n          mutation CandidateProfilesWithdrawCandidateProfile2($id: ID!) {\n            withdrawCandidateProfile(id: $id, reason: OTHER)\n          }\n        ": typeof types.CandidateProfilesWithdrawCandidateProfile2Document,
    "\n          query CandidateProfilesCandidateProfileByClientNumber($n: String!) {\n            candidateProfileByClientNumber(clientNumber: $n) {\n              id\n            }\n          }\n        ": typeof types.CandidateProfilesCandidateProfileByClientNumberDocument,
    "\n          query CandidateProfilesCandidateProfileByClientNumber2($n: String!) {\n            candidateProfileByClientNumber(clientNumber: $n) {\n              id\n            }\n          }\n        ": typeof types.CandidateProfilesCandidateProfileByClientNumber2Document,
    "\n          query CandidateProfilesNotifications {\n            notifications(unreadOnly: true, first: 200) {\n              edges {\n                node {\n                  id\n                  kind\n                  message\n                  entityId\n                }\n              }\n            }\n          }\n        ": typeof types.CandidateProfilesNotificationsDocument,
    "\n          mutation CandidateProfilesMarkNotificationRead($id: ID!) {\n            markNotificationRead(id: $id) {\n              readAt\n            }\n          }\n        ": typeof types.CandidateProfilesMarkNotificationReadDocument,
    "\n          mutation CandidateProfilesMarkNotificationRead2($id: ID!) {\n            markNotificationRead(id: $id) {\n              readAt\n            }\n          }\n        ": typeof types.CandidateProfilesMarkNotificationRead2Document,
    "\n        query CandidateProfilesCandidateProfiles($code: String) {\n          candidateProfiles(filter: { publicCode: $code }) {\n            edges {\n              node {\n                id\n              }\n            }\n          }\n        }\n      ": typeof types.CandidateProfilesCandidateProfilesDocument,
    "\n        query CandidateProfilesPrivacyCheck($text: String!) {\n          privacyCheck(text: $text) {\n            kinds\n          }\n        }\n      ": typeof types.CandidateProfilesPrivacyCheckDocument,
    "\n  mutation DatabaseSilentAddEmployerNote($input: AddEmployerNoteInput!) {\n    addEmployerNote(input: $input) {\n      id\n    }\n  }\n": typeof types.DatabaseSilentAddEmployerNoteDocument,
    "\n            query DatabaseSilentEmployer($id: ID!) {\n              employer(id: $id) {\n                id\n              }\n            }\n          ": typeof types.DatabaseSilentEmployerDocument,
    "\n        query DemoDataEmployers($from: DateTime!, $to: DateTime!) {\n          employers {\n            totalCount\n          }\n          myAgenda(from: $from, to: $to) {\n            totalCount\n          }\n          followUps {\n            totalCount\n          }\n        }\n      ": typeof types.DemoDataEmployersDocument,
    "\n  mutation DirectoryChangeUserRoles($input: ChangeUserRolesInput!) {\n    changeUserRoles(input: $input) {\n      id\n      roles\n      version\n    }\n  }\n": typeof types.DirectoryChangeUserRolesDocument,
    "\n  mutation DirectoryDeactivateUser($input: SetUserActiveInput!) {\n    deactivateUser(input: $input) {\n      id\n      active\n      version\n    }\n  }\n": typeof types.DirectoryDeactivateUserDocument,
    "\n  mutation DirectoryAddUser($input: AddUserInput!) {\n    addUser(input: $input) {\n      id\n      email\n      roles\n      active\n      organisation {\n        slug\n      }\n    }\n  }\n": typeof types.DirectoryAddUserDocument,
    "\n          query DirectoryRegions {\n            regions {\n              code\n              name\n            }\n            municipalities(regionCode: \"GRONINGEN\") {\n              code\n              name\n              regionCode\n            }\n          }\n        ": typeof types.DirectoryRegionsDocument,
    "\n          query DirectoryRegions2 {\n            regions {\n              code\n            }\n            municipalities(regionCode: \"ZUID_LIMBURG\") {\n              code\n              name\n              latitude\n              longitude\n            }\n          }\n        ": typeof types.DirectoryRegions2Document,
    "\n          query DirectoryMunicipalities {\n            municipalities(regionCode: \"ATLANTIS\") {\n              code\n            }\n          }\n        ": typeof types.DirectoryMunicipalitiesDocument,
    "\n          query DirectoryOrganisations {\n            organisations(regionCode: \"GRONINGEN\") {\n              slug\n              kind\n              regionCodes\n              municipalityCodes\n            }\n          }\n        ": typeof types.DirectoryOrganisationsDocument,
    "\n          query DirectoryOrganisations2 {\n            organisations(regionCode: \"DRENTHE\") {\n              slug\n            }\n          }\n        ": typeof types.DirectoryOrganisations2Document,
    "\n          query DirectoryUsers2($org: ID!) {\n            users(organisationId: $org, first: 500) {\n              totalCount\n            }\n          }\n        ": typeof types.DirectoryUsers2Document,
    "\n          query DirectoryUsers3($org: ID!) {\n            users(organisationId: $org) {\n              totalCount\n            }\n          }\n        ": typeof types.DirectoryUsers3Document,
    "\n          query DirectoryMe {\n            me {\n              email\n            }\n          }\n        ": typeof types.DirectoryMeDocument,
    "\n        query DirectoryUsers($id: ID!) {\n          users(organisationId: $id, first: 200) {\n            edges {\n              node {\n                id\n                subject\n              }\n            }\n          }\n        }\n      ": typeof types.DirectoryUsersDocument,
    "\n        mutation DirectoryUpdateUser($input: UpdateUserInput!) {\n          updateUser(input: $input) {\n            id\n            displayName\n            email\n            version\n            subject\n          }\n        }\n      ": typeof types.DirectoryUpdateUserDocument,
    "\n          query DirectoryMe2 {\n            me {\n              displayName\n            }\n          }\n        ": typeof types.DirectoryMe2Document,
    "\n          query DirectoryMe3 {\n            me {\n              id\n            }\n          }\n        ": typeof types.DirectoryMe3Document,
    "\n              query DirectoryMe4 {\n                me {\n                  id\n                }\n              }\n            ": typeof types.DirectoryMe4Document,
    "\n              query DirectoryMe5 {\n                me {\n                  id\n                }\n              }\n            ": typeof types.DirectoryMe5Document,
    "\n          mutation DirectoryReactivateUser($input: SetUserActiveInput!) {\n            reactivateUser(input: $input) {\n              active\n            }\n          }\n        ": typeof types.DirectoryReactivateUserDocument,
    "\n              query DirectoryMe6 {\n                me {\n                  id\n                }\n              }\n            ": typeof types.DirectoryMe6Document,
    "\n  query EmployerListEmployers($first: Int) {\n    employers(first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          legalName\n          contacts {\n            name\n            role\n          }\n          team {\n            userId\n            isLead\n          }\n          vacancies {\n            id\n            status\n          }\n          timeline {\n            kind\n            text\n          }\n        }\n      }\n    }\n  }\n": typeof types.EmployerListEmployersDocument,
    "\n          mutation EmployerListAddEmployerContact($input: AddContactInput!) {\n            addEmployerContact(input: $input) {\n              id\n            }\n          }\n        ": typeof types.EmployerListAddEmployerContactDocument,
    "\n            mutation EmployerListCreateVacancy($input: CreateVacancyInput!) {\n              createVacancy(input: $input) {\n                id\n              }\n            }\n          ": typeof types.EmployerListCreateVacancyDocument,
    "\n  mutation EmployersCreateEmployer($input: CreateEmployerInput!) {\n    createEmployer(input: $input) {\n      id\n      regionCode\n      kvkNumber\n      postcode\n      version\n    }\n  }\n": typeof types.EmployersCreateEmployerDocument,
    "\n  mutation EmployersUpdateEmployer($input: UpdateEmployerInput!) {\n    updateEmployer(input: $input) {\n      id\n      legalName\n      keyAccount\n      version\n    }\n  }\n": typeof types.EmployersUpdateEmployerDocument,
    "\n  query EmployersEmployer($id: ID!) {\n    employer(id: $id) {\n      id\n      legalName\n    }\n  }\n": typeof types.EmployersEmployerDocument,
    "\n        mutation EmployersCreateEmployer2($input: CreateEmployerInput!) {\n          createEmployer(input: $input) {\n            id\n            postcode\n            team {\n              isLead\n              user {\n                email\n              }\n            }\n            timeline {\n              kind\n            }\n          }\n        }\n      ": typeof types.EmployersCreateEmployer2Document,
    "\n          query EmployersEmployers {\n            employers(filter: { search: \"Alleen Groningen\" }) {\n              totalCount\n            }\n          }\n        ": typeof types.EmployersEmployersDocument,
    "\n        mutation EmployersAddEmployerContact($input: AddContactInput!) {\n          addEmployerContact(input: $input) {\n            id\n            version\n          }\n        }\n      ": typeof types.EmployersAddEmployerContactDocument,
    "\n        mutation EmployersAddTeamMember($input: TeamMemberInput!) {\n          addTeamMember(input: $input) {\n            userId\n            isLead\n          }\n        }\n      ": typeof types.EmployersAddTeamMemberDocument,
    "\n        mutation EmployersAddTeamMember2($input: TeamMemberInput!) {\n          addTeamMember(input: $input) {\n            userId\n          }\n        }\n      ": typeof types.EmployersAddTeamMember2Document,
    "\n        mutation EmployersAddEmployerNote2($input: AddEmployerNoteInput!) {\n          addEmployerNote(input: $input) {\n            id\n          }\n        }\n      ": typeof types.EmployersAddEmployerNote2Document,
    "\n        query EmployersEmployer2($id: ID!) {\n          employer(id: $id) {\n            contacts {\n              name\n              email\n            }\n            timeline {\n              kind\n              text\n            }\n          }\n        }\n      ": typeof types.EmployersEmployer2Document,
    "\n      mutation EmployersRemoveTeamMember($e: ID!, $u: ID!) {\n        removeTeamMember(employerId: $e, userId: $u) {\n          userId\n        }\n      }\n    ": typeof types.EmployersRemoveTeamMemberDocument,
    "\n        mutation EmployersAddTeamMember3($input: TeamMemberInput!) {\n          addTeamMember(input: $input) {\n            userId\n          }\n        }\n      ": typeof types.EmployersAddTeamMember3Document,
    "\n            mutation EmployersAddEmployerNote3($input: AddEmployerNoteInput!) {\n              addEmployerNote(input: $input) {\n                id\n                kind\n                text\n                authorId\n              }\n            }\n          ": typeof types.EmployersAddEmployerNote3Document,
    "\n      mutation EmployersAddEmployerNote($input: AddEmployerNoteInput!) {\n        addEmployerNote(input: $input) {\n          kind\n          text\n        }\n      }\n    ": typeof types.EmployersAddEmployerNoteDocument,
    "\n        query EmployersEmployers2($filter: EmployerFilter) {\n          employers(filter: $filter, first: 200) {\n            edges {\n              node {\n                id\n              }\n            }\n          }\n        }\n      ": typeof types.EmployersEmployers2Document,
    "\n        query EmployersEmployers3($filter: EmployerFilter) {\n          employers(filter: $filter, first: 200) {\n            edges {\n              node {\n                id\n              }\n            }\n          }\n        }\n      ": typeof types.EmployersEmployers3Document,
    "\n        mutation EmployersCreateVacancy($input: CreateVacancyInput!) {\n          createVacancy(input: $input) {\n            id\n          }\n        }\n      ": typeof types.EmployersCreateVacancyDocument,
    "\n        mutation EmployersAddEmployerNote4($input: AddEmployerNoteInput!) {\n          addEmployerNote(input: $input) {\n            id\n          }\n        }\n      ": typeof types.EmployersAddEmployerNote4Document,
    "\n          query EmployersEmployers4($filter: EmployerFilter) {\n            employers(filter: $filter, first: 200) {\n              edges {\n                node {\n                  id\n                  lastContactAt\n                }\n              }\n            }\n          }\n        ": typeof types.EmployersEmployers4Document,
    "\n        query EmployersEmployers5 {\n          employers(filter: { noContactForDays: 0 }) {\n            totalCount\n          }\n        }\n      ": typeof types.EmployersEmployers5Document,
    "\n    mutation EmployersMergeEmployers($keep: ID!, $merge: ID!) {\n      mergeEmployers(keepId: $keep, mergeId: $merge) {\n        id\n        version\n        sbiCodes\n        website\n      }\n    }\n  ": typeof types.EmployersMergeEmployersDocument,
    "\n        query EmployersPossibleDuplicates($id: ID!) {\n          possibleDuplicates(employerId: $id) {\n            id\n          }\n        }\n      ": typeof types.EmployersPossibleDuplicatesDocument,
    "\n        query EmployersEmployers6 {\n          employers(filter: { search: \"Assen\" }, first: 200) {\n            edges {\n              node {\n                id\n                hasPossibleDuplicates\n              }\n            }\n          }\n        }\n      ": typeof types.EmployersEmployers6Document,
    "\n        query EmployersEmployer3($id: ID!) {\n          employer(id: $id) {\n            hasPossibleDuplicates\n          }\n        }\n      ": typeof types.EmployersEmployer3Document,
    "\n        mutation EmployersAddEmployerContact2($input: AddContactInput!) {\n          addEmployerContact(input: $input) {\n            id\n          }\n        }\n      ": typeof types.EmployersAddEmployerContact2Document,
    "\n        mutation EmployersCreateVacancy2($input: CreateVacancyInput!) {\n          createVacancy(input: $input) {\n            id\n          }\n        }\n      ": typeof types.EmployersCreateVacancy2Document,
    "\n        query EmployersEmployerMergePreview($keep: ID!, $merge: ID!) {\n          employerMergePreview(keepId: $keep, mergeId: $merge) {\n            contacts\n            vacancies\n            visits\n            placements\n            timelineEntries\n            teamMembers\n            filledFields\n          }\n        }\n      ": typeof types.EmployersEmployerMergePreviewDocument,
    "\n        query EmployersEmployerMergePreview2($id: ID!) {\n          employerMergePreview(keepId: $id, mergeId: $id) {\n            contacts\n          }\n        }\n      ": typeof types.EmployersEmployerMergePreview2Document,
    "\n        query EmployersEmployer4($id: ID!) {\n          employer(id: $id) {\n            contacts {\n              name\n            }\n            vacancies {\n              id\n            }\n            team {\n              isLead\n              user {\n                email\n              }\n            }\n            timeline {\n              kind\n            }\n          }\n        }\n      ": typeof types.EmployersEmployer4Document,
    "\n        query EmployersEmployer5($id: ID!) {\n          employer(id: $id) {\n            mergedIntoId\n          }\n        }\n      ": typeof types.EmployersEmployer5Document,
    "\n        query EmployersEmployers7($search: String) {\n          employers(filter: { search: $search }) {\n            edges {\n              node {\n                id\n              }\n            }\n          }\n        }\n      ": typeof types.EmployersEmployers7Document,
    "\n        mutation EmployersAddEmployerContact3($input: AddContactInput!) {\n          addEmployerContact(input: $input) {\n            id\n          }\n        }\n      ": typeof types.EmployersAddEmployerContact3Document,
    "\n        query FirstDayMe {\n          me {\n            id\n            roles\n            organisation {\n              slug\n              regionCodes\n            }\n          }\n        }\n      ": typeof types.FirstDayMeDocument,
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
    "\n  mutation IdempotencyCreateVacancy($input: CreateVacancyInput!, $key: String) {\n    createVacancy(input: $input, idempotencyKey: $key) {\n      id\n      title\n    }\n  }\n": typeof types.IdempotencyCreateVacancyDocument,
    "\n  mutation IdempotencyAddEmployerNote($input: AddEmployerNoteInput!, $key: String) {\n    addEmployerNote(input: $input, idempotencyKey: $key) {\n      id\n      text\n    }\n  }\n": typeof types.IdempotencyAddEmployerNoteDocument,
    "\n          mutation IdempotencyPlanVisit($input: PlanVisitInput!, $key: String) {\n            planVisit(input: $input, idempotencyKey: $key) {\n              visit {\n                id\n              }\n            }\n          }\n        ": typeof types.IdempotencyPlanVisitDocument,
    "\n        mutation IdempotencyPlanVisit2($input: PlanVisitInput!) {\n          planVisit(input: $input) {\n            visit {\n              id\n            }\n          }\n        }\n      ": typeof types.IdempotencyPlanVisit2Document,
    "\n          mutation IdempotencyAddFollowUp($input: AddFollowUpInput!, $key: String) {\n            addFollowUp(input: $input, idempotencyKey: $key) {\n              id\n            }\n          }\n        ": typeof types.IdempotencyAddFollowUpDocument,
    "\n  query ImportUploadEmployerImport($id: ID!) {\n    employerImport(id: $id) {\n      status\n      rowsTotal\n      rowsChanged\n      rowsFailed\n      failure\n    }\n  }\n": typeof types.ImportUploadEmployerImportDocument,
    "\n  mutation ImportsStartImport($input: StartImportInput!) {\n    startImport(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.ImportsStartImportDocument,
    "\n  query ImportsEmployerImport($id: ID!) {\n    employerImport(id: $id) {\n      status\n      rowsTotal\n      rowsDone\n      rowsChanged\n      rowsFailed\n      failure\n      errors {\n        line\n        column\n        message\n      }\n      warnings {\n        line\n        column\n        message\n      }\n    }\n  }\n": typeof types.ImportsEmployerImportDocument,
    "\n  query MatchingVacancy($id: ID!, $dismissed: Boolean) {\n    vacancy(id: $id) {\n      suggestions(includeDismissed: $dismissed) {\n        profileId\n        pool\n        score\n        rank\n        balanced\n        maxWwBonus\n        distanceKm\n        explanation\n        engineVersion\n        dismissedAt\n        fit {\n          occupationMatch\n          occupationCode\n          distanceKm\n          maxWwPriority\n          missingSkills {\n            code\n            label\n          }\n        }\n        components {\n          name\n          value\n          weight\n        }\n        profile {\n          id\n          publicCode\n          pool\n          occupationCodes\n          hoursMin\n          hoursMax\n          municipalityCode\n        }\n      }\n    }\n  }\n": typeof types.MatchingVacancyDocument,
    "\n          query MatchingMatchingRuns($id: ID!) {\n            matchingRuns(vacancyId: $id) {\n              jobId\n              status\n              error\n              candidates\n              suggestions\n            }\n          }\n        ": typeof types.MatchingMatchingRunsDocument,
    "\n        mutation MatchingCreateVacancy($input: CreateVacancyInput!) {\n          createVacancy(input: $input) {\n            id\n            version\n          }\n        }\n      ": typeof types.MatchingCreateVacancyDocument,
    "\n      query MatchingMatchingPreview($vacancyId: ID!, $input: UpdateMatchingConfigInput!) {\n        matchingPreview(vacancyId: $vacancyId, input: $input) {\n          current {\n            profileId\n            score\n            rank\n            pool\n          }\n          edited {\n            profileId\n            score\n            rank\n          }\n        }\n      }\n    ": typeof types.MatchingMatchingPreviewDocument,
    "\n        query MatchingMatchingConfig {\n          matchingConfig(regionCode: \"GRONINGEN\") {\n            version\n            minimumScore\n          }\n        }\n      ": typeof types.MatchingMatchingConfigDocument,
    "\n      query MatchingNewSuggestions {\n        newSuggestions(days: 7) {\n          vacancyId\n          vacancyTitle\n          count\n          bestScore\n          newestAt\n        }\n      }\n    ": typeof types.MatchingNewSuggestionsDocument,
    "\n        query MatchingNewSuggestions2 {\n          newSuggestions(days: 365) {\n            count\n          }\n        }\n      ": typeof types.MatchingNewSuggestions2Document,
    "\n        mutation MatchingUpdateVacancy($input: UpdateVacancyInput!) {\n          updateVacancy(input: $input) {\n            version\n          }\n        }\n      ": typeof types.MatchingUpdateVacancyDocument,
    "\n        query MatchingCandidateProfile($id: ID!) {\n          candidateProfile(id: $id) {\n            suggestions {\n              vacancyId\n              score\n            }\n          }\n        }\n      ": typeof types.MatchingCandidateProfileDocument,
    "\n        query MatchingCandidateProfile2($id: ID!) {\n          candidateProfile(id: $id) {\n            suggestions {\n              vacancyId\n            }\n          }\n        }\n      ": typeof types.MatchingCandidateProfile2Document,
    "\n        mutation MatchingDismissSuggestion($v: ID!, $p: ID!) {\n          dismissSuggestion(vacancyId: $v, profileId: $p, reason: \"x\") {\n            score\n          }\n        }\n      ": typeof types.MatchingDismissSuggestionDocument,
    "\n        mutation MatchingChangeCandidateProfileStatus($input: ChangeCandidateStatusInput!) {\n          changeCandidateProfileStatus(input: $input) {\n            version\n          }\n        }\n      ": typeof types.MatchingChangeCandidateProfileStatusDocument,
    "\n        mutation MatchingWithdrawCandidateProfile($id: ID!) {\n          withdrawCandidateProfile(id: $id, reason: OTHER)\n        }\n      ": typeof types.MatchingWithdrawCandidateProfileDocument,
    "\n        mutation MatchingDismissSuggestion2($v: ID!, $p: ID!) {\n          dismissSuggestion(vacancyId: $v, profileId: $p, reason: \"Werkgever zoekt ervaring in de utiliteitsbouw\") {\n            dismissedAt\n          }\n        }\n      ": typeof types.MatchingDismissSuggestion2Document,
    "\n        mutation MatchingRequestMatching($id: ID!) {\n          requestMatching(vacancyId: $id)\n        }\n      ": typeof types.MatchingRequestMatchingDocument,
    "\n        mutation MatchingChangeVacancyStatus($input: ChangeVacancyStatusInput!) {\n          changeVacancyStatus(input: $input) {\n            status\n          }\n        }\n      ": typeof types.MatchingChangeVacancyStatusDocument,
    "\n        mutation MatchingCreateVacancy2($input: CreateVacancyInput!) {\n          createVacancy(input: $input) {\n            id\n          }\n        }\n      ": typeof types.MatchingCreateVacancy2Document,
    "\n              query MatchingVacancy2($id: ID!) {\n                vacancy(id: $id) {\n                  suggestions {\n                    profileId\n                    explanation\n                  }\n                }\n              }\n            ": typeof types.MatchingVacancy2Document,
    "\n        mutation MatchingCreateVacancy3($input: CreateVacancyInput!) {\n          createVacancy(input: $input) {\n            id\n            remoteWork\n          }\n        }\n      ": typeof types.MatchingCreateVacancy3Document,
    "\n              query MatchingVacancy3($id: ID!) {\n                vacancy(id: $id) {\n                  suggestions {\n                    profileId\n                    explanation\n                  }\n                }\n              }\n            ": typeof types.MatchingVacancy3Document,
    "\n        mutation MatchingUpdateCandidateProfile($input: UpdateCandidateProfileInput!) {\n          updateCandidateProfile(input: $input) {\n            id\n          }\n        }\n      ": typeof types.MatchingUpdateCandidateProfileDocument,
    "\n      mutation MatchingUpdateMatchingConfig($input: UpdateMatchingConfigInput!) {\n        updateMatchingConfig(input: $input) {\n          regionCode\n          version\n          maxWwBonus\n          weights {\n            distance\n            occupation\n          }\n        }\n      }\n    ": typeof types.MatchingUpdateMatchingConfigDocument,
    "\n        query MatchingMatchingConfig2 {\n          matchingConfig(regionCode: \"DRENTHE\") {\n            version\n            maxWwBonus\n          }\n        }\n      ": typeof types.MatchingMatchingConfig2Document,
    "\n          query JanDeVries_111222333 {\n            employers(first: 5) {\n              totalCount\n            }\n          }\n        ": typeof types.JanDeVries_111222333Document,
    "\n        query MissingVacancy {\n          vacancy(id: \"00000000-0000-4000-8000-000000000000\") {\n            id\n          }\n        }\n      ": typeof types.MissingVacancyDocument,
    "\n        mutation MutationFuzzCreateEmployer($input: CreateEmployerInput!) {\n          createEmployer(input: $input) {\n            id\n          }\n        }\n      ": typeof types.MutationFuzzCreateEmployerDocument,
    "\n  subscription NotificationLiveNotificationAdded {\n    notificationAdded {\n      id\n      kind\n      message\n      path\n      delivery\n    }\n  }\n": typeof types.NotificationLiveNotificationAddedDocument,
    "\n  mutation NotificationMailPlanVisit($input: PlanVisitInput!) {\n    planVisit(input: $input) {\n      visit {\n        id\n        version\n        participants {\n          userId\n        }\n      }\n    }\n  }\n": typeof types.NotificationMailPlanVisitDocument,
    "\n  mutation NotificationMailUpdateVisit($input: UpdateVisitInput!) {\n    updateVisit(input: $input) {\n      visit {\n        id\n        version\n        participants {\n          userId\n        }\n      }\n    }\n  }\n": typeof types.NotificationMailUpdateVisitDocument,
    "\n  mutation NotificationMailCancelVisit($input: CancelVisitInput!) {\n    cancelVisit(input: $input) {\n      id\n      version\n    }\n  }\n": typeof types.NotificationMailCancelVisitDocument,
    "\n  mutation NotificationMailAddFollowUp($input: AddFollowUpInput!) {\n    addFollowUp(input: $input) {\n      id\n    }\n  }\n": typeof types.NotificationMailAddFollowUpDocument,
    "\n  mutation NotificationMailSetNotificationPreference($kind: NotificationKind!, $delivery: NotificationDelivery) {\n    setNotificationPreference(kind: $kind, delivery: $delivery) {\n      kind\n      delivery\n      isDefault\n    }\n  }\n": typeof types.NotificationMailSetNotificationPreferenceDocument,
    "\n        mutation NotificationMailExpressInterest($input: ExpressInterestInput!) {\n          expressInterest(input: $input) {\n            id\n          }\n        }\n      ": typeof types.NotificationMailExpressInterestDocument,
    "\n        mutation NotificationMailDeclineInterest($input: DeclineInterestInput!) {\n          declineInterest(input: $input) {\n            id\n          }\n        }\n      ": typeof types.NotificationMailDeclineInterestDocument,
    "\n        mutation NotificationMailCreateCalendarFeed {\n          createCalendarFeed {\n            url\n          }\n        }\n      ": typeof types.NotificationMailCreateCalendarFeedDocument,
    "\n        query NotificationMailNotificationPreferences {\n          notificationPreferences {\n            kind\n            delivery\n            isDefault\n          }\n        }\n      ": typeof types.NotificationMailNotificationPreferencesDocument,
    "\n        query NotificationMailDevMailbox {\n          devMailbox {\n            id\n          }\n        }\n      ": typeof types.NotificationMailDevMailboxDocument,
    "\n        mutation NotificationMailStartImport($input: StartImportInput!) {\n          startImport(input: $input) {\n            id\n          }\n        }\n      ": typeof types.NotificationMailStartImportDocument,
    "\n        mutation PiiGuardAddEmployerNote($input: AddEmployerNoteInput!) {\n          addEmployerNote(input: $input) {\n            id\n          }\n        }\n      ": typeof types.PiiGuardAddEmployerNoteDocument,
    "\n        mutation PiiGuardCreateVacancy($input: CreateVacancyInput!) {\n          createVacancy(input: $input) {\n            id\n          }\n        }\n      ": typeof types.PiiGuardCreateVacancyDocument,
    "\n        mutation PiiGuardCreateVacancy2($input: CreateVacancyInput!) {\n          createVacancy(input: $input) {\n            id\n          }\n        }\n      ": typeof types.PiiGuardCreateVacancy2Document,
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
    "\n        query ProductionAuthMe {\n          me {\n            id\n          }\n        }\n      ": typeof types.ProductionAuthMeDocument,
    "\n            query ProductionAuthMe2 {\n              me {\n                id\n              }\n            }\n          ": typeof types.ProductionAuthMe2Document,
    "\n            query ProductionAuthMe3 {\n              me {\n                id\n              }\n            }\n          ": typeof types.ProductionAuthMe3Document,
    "\n              query ProductionAuthMe4 {\n                me {\n                  id\n                }\n              }\n            ": typeof types.ProductionAuthMe4Document,
    "\n            query ProductionAuthMe5 {\n              me {\n                id\n              }\n            }\n          ": typeof types.ProductionAuthMe5Document,
    "\n        query ProductionAuth__schema {\n          __schema {\n            types {\n              name\n            }\n          }\n        }\n      ": typeof types.ProductionAuth__SchemaDocument,
    "\n        query ProductionAuthMe6 {\n          me {\n            id\n          }\n        }\n      ": typeof types.ProductionAuthMe6Document,
    "\n        query ProductionAuthIdentityProviders {\n          identityProviders {\n            name\n            issuer\n          }\n        }\n      ": typeof types.ProductionAuthIdentityProvidersDocument,
    "\n          mutation ProductionAuthAddUser($input: AddUserInput!) {\n            addUser(input: $input) {\n              id\n              issuer\n              subject\n            }\n          }\n        ": typeof types.ProductionAuthAddUserDocument,
    "\n        mutation ProductionAuthUpdateUser($input: UpdateUserInput!) {\n          updateUser(input: $input) {\n            issuer\n          }\n        }\n      ": typeof types.ProductionAuthUpdateUserDocument,
    "\n          query ProductionAuthMe7 {\n            me {\n              id\n            }\n          }\n        ": typeof types.ProductionAuthMe7Document,
    "\n          query ProductionAuthMe8 {\n            me {\n              id\n            }\n          }\n        ": typeof types.ProductionAuthMe8Document,
    "\n          query QueueOutageMatchingRuns($id: ID!) {\n            matchingRuns(vacancyId: $id) {\n              status\n            }\n          }\n        ": typeof types.QueueOutageMatchingRunsDocument,
    "\n        mutation QueueOutageCreateVacancy($input: CreateVacancyInput!) {\n          createVacancy(input: $input) {\n            id\n          }\n        }\n      ": typeof types.QueueOutageCreateVacancyDocument,
    "\n          query QueueOutageMe($id: ID!) {\n            me {\n              id\n            }\n            vacancy(id: $id) {\n              id\n            }\n          }\n        ": typeof types.QueueOutageMeDocument,
    "\n          mutation QueueOutageRequestMatching($id: ID!) {\n            requestMatching(vacancyId: $id)\n          }\n        ": typeof types.QueueOutageRequestMatchingDocument,
    "\n        mutation QueueOutageStartImport($input: StartImportInput!) {\n          startImport(input: $input) {\n            id\n          }\n        }\n      ": typeof types.QueueOutageStartImportDocument,
    "\n        query QueueOutageMe2 {\n          me {\n            id\n          }\n        }\n      ": typeof types.QueueOutageMe2Document,
    "\n            query RedisSilentVacancy($id: ID!) {\n              vacancy(id: $id) {\n                id\n                title\n              }\n            }\n          ": typeof types.RedisSilentVacancyDocument,
    "\n          mutation RedisSilentRequestMatching($id: ID!) {\n            requestMatching(vacancyId: $id)\n          }\n        ": typeof types.RedisSilentRequestMatchingDocument,
    "\n            mutation RedisSilentRequestMatching2($id: ID!) {\n              requestMatching(vacancyId: $id)\n            }\n          ": typeof types.RedisSilentRequestMatching2Document,
    "\n  query ReportReaderPlacementReport($input: PlacementReportInput!) {\n    placementReport(input: $input) {\n      total {\n        value\n        suppressed\n        display\n      }\n    }\n  }\n": typeof types.ReportReaderPlacementReportDocument,
    "\n        mutation ReportReaderAddUser($input: AddUserInput!) {\n          addUser(input: $input) {\n            id\n          }\n        }\n      ": typeof types.ReportReaderAddUserDocument,
    "\n  mutation RequestDeadlineUpdateEmployer($input: UpdateEmployerInput!) {\n    updateEmployer(input: $input) {\n      id\n      legalName\n      version\n    }\n  }\n": typeof types.RequestDeadlineUpdateEmployerDocument,
    "\n          mutation RequestDeadlineAddEmployerNote($input: AddEmployerNoteInput!) {\n            addEmployerNote(input: $input) {\n              id\n            }\n          }\n        ": typeof types.RequestDeadlineAddEmployerNoteDocument,
    "\n  query TaxonomyOccupations($search: String!, $first: Int) {\n    occupations(search: $search, first: $first) {\n      code\n      level\n      titleNl\n    }\n  }\n": typeof types.TaxonomyOccupationsDocument,
    "\n        query TaxonomyOccupation {\n          occupation(code: \"834\") {\n            code\n            titleEn\n            parent {\n              code\n            }\n            ancestors {\n              code\n            }\n            children {\n              code\n            }\n          }\n          unit: occupation(code: \"8344\") {\n            skills {\n              code\n            }\n          }\n        }\n      ": typeof types.TaxonomyOccupationDocument,
    "\n            query TaxonomyOccupation2 {\n              occupation(code: \"9999\") {\n                code\n              }\n            }\n          ": typeof types.TaxonomyOccupation2Document,
    "\n            query TaxonomyOccupation3 {\n              occupation(code: \"12a\") {\n                code\n              }\n            }\n          ": typeof types.TaxonomyOccupation3Document,
    "\n        query TaxonomySkills {\n          skills(occupationCode: \"8344\") {\n            code\n          }\n        }\n      ": typeof types.TaxonomySkillsDocument,
    "\n        query TaxonomySkills2 {\n          skills(search: \"heftr\") {\n            code\n            labelNl\n          }\n        }\n      ": typeof types.TaxonomySkills2Document,
    "\n            query TaxonomySkills3 {\n              skills(occupationCode: \"9999\") {\n                code\n              }\n            }\n          ": typeof types.TaxonomySkills3Document,
    "\n        query TaxonomyEducationLevels {\n          educationLevels {\n            code\n            nlqf\n            isced\n          }\n        }\n      ": typeof types.TaxonomyEducationLevelsDocument,
    "\n  mutation CreateVacancy($input: CreateVacancyInput!) {\n    createVacancy(input: $input) {\n      id\n      status\n      version\n      regionCode\n      ownerOrganisationId\n      skills {\n        skillCode\n        required\n        weight\n      }\n    }\n  }\n": typeof types.CreateVacancyDocument,
    "\n  mutation ChangeVacancyStatus($input: ChangeVacancyStatusInput!) {\n    changeVacancyStatus(input: $input) {\n      status\n      version\n    }\n  }\n": typeof types.ChangeVacancyStatusDocument,
    "\n  mutation UpdateVacancy($input: UpdateVacancyInput!) {\n    updateVacancy(input: $input) {\n      id\n    }\n  }\n": typeof types.UpdateVacancyDocument,
    "\n  query EmployerVacancies($id: ID!) {\n    employer(id: $id) {\n      vacancies {\n        id\n      }\n      timeline {\n        kind\n      }\n    }\n  }\n": typeof types.EmployerVacanciesDocument,
    "\n  query Vacancy($id: ID!) {\n    vacancy(id: $id) {\n      id\n      title\n    }\n  }\n": typeof types.VacancyDocument,
    "\n  query Vacancies($filter: VacancyFilter) {\n    vacancies(filter: $filter, first: 100) {\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n": typeof types.VacanciesDocument,
    "\n  mutation VisitsPlan($input: PlanVisitInput!) {\n    planVisit(input: $input) {\n      visit {\n        ...VisitFields\n      }\n      warnings {\n        code\n        message\n      }\n    }\n  }\n": typeof types.VisitsPlanDocument,
    "\n  mutation VisitsUpdate($input: UpdateVisitInput!) {\n    updateVisit(input: $input) {\n      visit {\n        ...VisitFields\n      }\n      warnings {\n        code\n        message\n      }\n    }\n  }\n": typeof types.VisitsUpdateDocument,
    "\n  mutation VisitsCancel($input: CancelVisitInput!) {\n    cancelVisit(input: $input) {\n      ...VisitFields\n    }\n  }\n": typeof types.VisitsCancelDocument,
    "\n  mutation VisitsReport($input: VisitReportInput!) {\n    recordVisitReport(input: $input) {\n      ...VisitFields\n    }\n  }\n": typeof types.VisitsReportDocument,
    "\n        query VisitsEmployer($id: ID!) {\n          employer(id: $id) {\n            timeline {\n              kind\n              text\n            }\n          }\n        }\n      ": typeof types.VisitsEmployerDocument,
    "\n        query VisitsVisitPlanningCheck($input: PlanVisitInput!) {\n          visitPlanningCheck(input: $input) {\n            clashes {\n              visitId\n              userId\n              participantName\n              startsAt\n              endsAt\n              employerName\n            }\n            warnings {\n              code\n              message\n            }\n          }\n        }\n      ": typeof types.VisitsVisitPlanningCheckDocument,
    "\n        query VisitsVisitPlanningCheck2($input: PlanVisitInput!) {\n          visitPlanningCheck(input: $input) {\n            warnings {\n              code\n            }\n          }\n        }\n      ": typeof types.VisitsVisitPlanningCheck2Document,
    "\n        mutation VisitsAddTeamMember($input: TeamMemberInput!) {\n          addTeamMember(input: $input) {\n            userId\n          }\n        }\n      ": typeof types.VisitsAddTeamMemberDocument,
    "\n        query VisitsVisit($id: ID!) {\n          visit(id: $id) {\n            purpose\n          }\n        }\n      ": typeof types.VisitsVisitDocument,
    "\n          mutation VisitsAddFollowUp($input: AddFollowUpInput!) {\n            addFollowUp(input: $input) {\n              id\n              version\n            }\n          }\n        ": typeof types.VisitsAddFollowUpDocument,
    "\n        mutation VisitsCompleteFollowUp($id: ID!, $version: Int!) {\n          completeFollowUp(id: $id, version: $version) {\n            doneAt\n          }\n        }\n      ": typeof types.VisitsCompleteFollowUpDocument,
    "\n        query VisitsVisit2($id: ID!) {\n          visit(id: $id) {\n            followUps {\n              id\n              ownerId\n              dueOn\n              doneAt\n              version\n            }\n          }\n        }\n      ": typeof types.VisitsVisit2Document,
    "\n        mutation VisitsCreateCalendarFeed {\n          createCalendarFeed {\n            id\n            url\n          }\n        }\n      ": typeof types.VisitsCreateCalendarFeedDocument,
    "\n        mutation VisitsRevokeCalendarFeed($id: ID!) {\n          revokeCalendarFeed(id: $id)\n        }\n      ": typeof types.VisitsRevokeCalendarFeedDocument,
    "\n        mutation VisitsCreateCalendarFeed2 {\n          createCalendarFeed {\n            url\n          }\n        }\n      ": typeof types.VisitsCreateCalendarFeed2Document,
    "\n          mutation VisitsAddFollowUp2($input: AddFollowUpInput!) {\n            addFollowUp(input: $input) {\n              id\n            }\n          }\n        ": typeof types.VisitsAddFollowUp2Document,
    "\n          query VisitsMyAgenda {\n            myAgenda(after: \"bm90IGEgY3Vyc29y\") {\n              totalCount\n            }\n          }\n        ": typeof types.VisitsMyAgendaDocument,
    "\n          query VisitsVisits {\n            visits(first: 500) {\n              totalCount\n            }\n          }\n        ": typeof types.VisitsVisitsDocument,
    "\n          query VisitsMyAgenda2($to: DateTime) {\n            myAgenda(from: \"2029-01-01T00:00:00Z\", to: $to, first: 200) {\n              totalCount\n              edges {\n                node {\n                  id\n                  joint\n                  participants {\n                    userId\n                  }\n                  followUps {\n                    id\n                  }\n                  vacancyIds\n                }\n              }\n            }\n          }\n        ": typeof types.VisitsMyAgenda2Document,
    "\n        mutation VisitsCreateCalendarFeed3 {\n          createCalendarFeed {\n            url\n          }\n        }\n      ": typeof types.VisitsCreateCalendarFeed3Document,
    "\n        mutation WebAppUpdateEmployer($input: UpdateEmployerInput!) {\n          updateEmployer(input: $input) {\n            version\n          }\n        }\n      ": typeof types.WebAppUpdateEmployerDocument,
    "\n        mutation WebAppPlanVisit($input: PlanVisitInput!) {\n          planVisit(input: $input) {\n            visit {\n              id\n            }\n          }\n        }\n      ": typeof types.WebAppPlanVisitDocument,
    "\n        mutation WebAppAddEmployerContact($input: AddContactInput!) {\n          addEmployerContact(input: $input) {\n            id\n          }\n        }\n      ": typeof types.WebAppAddEmployerContactDocument,
    "\n        mutation WebJobCoachExpressInterest($input: ExpressInterestInput!) {\n          expressInterest(input: $input) {\n            id\n          }\n        }\n      ": typeof types.WebJobCoachExpressInterestDocument,
    "\n  fragment ProfileFields on CandidateProfile {\n    id\n    version\n    publicCode\n    pool\n    regionCode\n    ownerOrganisationId\n    coachId\n    occupationCodes\n    skillCodes\n    educationLevel\n    experienceBand\n    hoursMin\n    hoursMax\n    availableFrom\n    municipalityCode\n    travelRadiusKm\n    drivingLicences\n    languages\n    targetGroups\n    wwEndMonth\n    pitch\n    status\n    expiresOn\n    ageBand\n    internalNote\n    hasClientNumber\n    legalBasis\n    legalBasisRecordedAt\n    legalBasisRecordedBy\n    missingForSharing\n    createdAt\n    updatedAt\n  }\n": typeof types.ProfileFieldsFragmentDoc,
    "\n  mutation CreateTestProfile($input: CreateCandidateProfileInput!) {\n    createCandidateProfile(input: $input) {\n      ...ProfileFields\n    }\n  }\n": typeof types.CreateTestProfileDocument,
    "\n  mutation CreateTestEmployer($input: CreateEmployerInput!) {\n    createEmployer(input: $input) {\n      id\n      kvkNumber\n      version\n    }\n  }\n": typeof types.CreateTestEmployerDocument,
    "\n  mutation ProposeTestCandidate($input: ProposeCandidateInput!) {\n    proposeCandidate(input: $input) {\n      id\n      version\n      status\n    }\n  }\n": typeof types.ProposeTestCandidateDocument,
    "\n  mutation AdvanceTestProposal($input: AdvanceProposalInput!) {\n    advanceProposal(input: $input) {\n      id\n      version\n      status\n    }\n  }\n": typeof types.AdvanceTestProposalDocument,
    "\n  mutation CreateTestVacancy($input: CreateVacancyInput!) {\n    createVacancy(input: $input) {\n      id\n      version\n    }\n  }\n": typeof types.CreateTestVacancyDocument,
    "\n  fragment VisitFields on Visit {\n    id\n    version\n    status\n    joint\n    location\n    startsAt\n    endsAt\n    purpose\n    report\n    cancelReason\n    vacancyIds\n    participants {\n      userId\n      organisationId\n      isLead\n    }\n    followUps {\n      id\n      title\n      ownerId\n      doneAt\n      version\n    }\n  }\n": typeof types.VisitFieldsFragmentDoc,
    "\n  mutation PlanTestVisit($input: PlanVisitInput!) {\n    planVisit(input: $input) {\n      visit {\n        id\n        version\n      }\n    }\n  }\n": typeof types.PlanTestVisitDocument,
};
const documents: Documents = {
    "\n  query AuthMe {\n    me {\n      displayName\n      email\n      roles\n      organisation {\n        name\n        kind\n      }\n    }\n  }\n": types.AuthMeDocument,
    "\n        mutation AuthAddUser($input: AddUserInput!) {\n          addUser(input: $input) {\n            id\n          }\n        }\n      ": types.AuthAddUserDocument,
    "\n            query AuthMe2 {\n              me {\n                id\n              }\n            }\n          ": types.AuthMe2Document,
    "\n            query AuthMe3 {\n              me {\n                id\n              }\n            }\n          ": types.AuthMe3Document,
    "\n            query AuthMe4 {\n              me {\n                id\n              }\n            }\n          ": types.AuthMe4Document,
    "\n            query AuthMe5 {\n              me {\n                id\n              }\n            }\n          ": types.AuthMe5Document,
    "\n            query AuthMe6 {\n              me {\n                id\n              }\n            }\n          ": types.AuthMe6Document,
    "\n            query AuthMe7 {\n              me {\n                id\n              }\n            }\n          ": types.AuthMe7Document,
    "\n          query BackupRestoreMe {\n            me {\n              displayName\n            }\n            employers(first: 1) {\n              totalCount\n            }\n          }\n        ": types.BackupRestoreMeDocument,
    "\n  mutation CandidateProfilesCreate($input: CreateCandidateProfileInput!) {\n    createCandidateProfile(input: $input) {\n      ...ProfileFields\n    }\n  }\n": types.CandidateProfilesCreateDocument,
    "\n  mutation CandidateProfilesUpdate($input: UpdateCandidateProfileInput!) {\n    updateCandidateProfile(input: $input) {\n      ...ProfileFields\n    }\n  }\n": types.CandidateProfilesUpdateDocument,
    "\n  mutation CandidateProfilesChangeCandidateProfileStatus($input: ChangeCandidateStatusInput!) {\n    changeCandidateProfileStatus(input: $input) {\n      id\n      version\n      status\n    }\n  }\n": types.CandidateProfilesChangeCandidateProfileStatusDocument,
    "\n  query CandidateProfilesGet($id: ID!) {\n    candidateProfile(id: $id) {\n      ...ProfileFields\n    }\n  }\n": types.CandidateProfilesGetDocument,
    "\n            mutation CandidateProfilesWithdrawCandidateProfile($id: ID!) {\n              withdrawCandidateProfile(id: $id, reason: OTHER)\n            }\n          ": types.CandidateProfilesWithdrawCandidateProfileDocument,
    "\n          query CandidateProfilesCandidateProfiles2 {\n            candidateProfiles(first: 200) {\n              edges {\n                node {\n                  id\n                }\n              }\n            }\n          }\n        ": types.CandidateProfilesCandidateProfiles2Document,
    "\n            query CandidateProfilesCandidateProfiles3 {\n              candidateProfiles {\n                totalCount\n              }\n            }\n          ": types.CandidateProfilesCandidateProfiles3Document,
    "\n          query CandidateProfilesCandidateProfiles4 {\n            candidateProfiles(first: 200, filter: { status: ACTIVE }) {\n              edges {\n                node {\n                  id\n                }\n              }\n            }\n          }\n        ": types.CandidateProfilesCandidateProfiles4Document,
    "\n          mutation CandidateProfilesRenewCandidateProfile($id: ID!, $version: Int!) {\n            renewCandidateProfile(id: $id, version: $version) {\n              version\n              expiresOn\n            }\n          }\n        ": types.CandidateProfilesRenewCandidateProfileDocument,
    "\n          mutation CandidateProfilesWithdrawCandidateProfile2($id: ID!) {\n            withdrawCandidateProfile(id: $id, reason: OTHER)\n          }\n        ": types.CandidateProfilesWithdrawCandidateProfile2Document,
    "\n          query CandidateProfilesCandidateProfileByClientNumber($n: String!) {\n            candidateProfileByClientNumber(clientNumber: $n) {\n              id\n            }\n          }\n        ": types.CandidateProfilesCandidateProfileByClientNumberDocument,
    "\n          query CandidateProfilesCandidateProfileByClientNumber2($n: String!) {\n            candidateProfileByClientNumber(clientNumber: $n) {\n              id\n            }\n          }\n        ": types.CandidateProfilesCandidateProfileByClientNumber2Document,
    "\n          query CandidateProfilesNotifications {\n            notifications(unreadOnly: true, first: 200) {\n              edges {\n                node {\n                  id\n                  kind\n                  message\n                  entityId\n                }\n              }\n            }\n          }\n        ": types.CandidateProfilesNotificationsDocument,
    "\n          mutation CandidateProfilesMarkNotificationRead($id: ID!) {\n            markNotificationRead(id: $id) {\n              readAt\n            }\n          }\n        ": types.CandidateProfilesMarkNotificationReadDocument,
    "\n          mutation CandidateProfilesMarkNotificationRead2($id: ID!) {\n            markNotificationRead(id: $id) {\n              readAt\n            }\n          }\n        ": types.CandidateProfilesMarkNotificationRead2Document,
    "\n        query CandidateProfilesCandidateProfiles($code: String) {\n          candidateProfiles(filter: { publicCode: $code }) {\n            edges {\n              node {\n                id\n              }\n            }\n          }\n        }\n      ": types.CandidateProfilesCandidateProfilesDocument,
    "\n        query CandidateProfilesPrivacyCheck($text: String!) {\n          privacyCheck(text: $text) {\n            kinds\n          }\n        }\n      ": types.CandidateProfilesPrivacyCheckDocument,
    "\n  mutation DatabaseSilentAddEmployerNote($input: AddEmployerNoteInput!) {\n    addEmployerNote(input: $input) {\n      id\n    }\n  }\n": types.DatabaseSilentAddEmployerNoteDocument,
    "\n            query DatabaseSilentEmployer($id: ID!) {\n              employer(id: $id) {\n                id\n              }\n            }\n          ": types.DatabaseSilentEmployerDocument,
    "\n        query DemoDataEmployers($from: DateTime!, $to: DateTime!) {\n          employers {\n            totalCount\n          }\n          myAgenda(from: $from, to: $to) {\n            totalCount\n          }\n          followUps {\n            totalCount\n          }\n        }\n      ": types.DemoDataEmployersDocument,
    "\n  mutation DirectoryChangeUserRoles($input: ChangeUserRolesInput!) {\n    changeUserRoles(input: $input) {\n      id\n      roles\n      version\n    }\n  }\n": types.DirectoryChangeUserRolesDocument,
    "\n  mutation DirectoryDeactivateUser($input: SetUserActiveInput!) {\n    deactivateUser(input: $input) {\n      id\n      active\n      version\n    }\n  }\n": types.DirectoryDeactivateUserDocument,
    "\n  mutation DirectoryAddUser($input: AddUserInput!) {\n    addUser(input: $input) {\n      id\n      email\n      roles\n      active\n      organisation {\n        slug\n      }\n    }\n  }\n": types.DirectoryAddUserDocument,
    "\n          query DirectoryRegions {\n            regions {\n              code\n              name\n            }\n            municipalities(regionCode: \"GRONINGEN\") {\n              code\n              name\n              regionCode\n            }\n          }\n        ": types.DirectoryRegionsDocument,
    "\n          query DirectoryRegions2 {\n            regions {\n              code\n            }\n            municipalities(regionCode: \"ZUID_LIMBURG\") {\n              code\n              name\n              latitude\n              longitude\n            }\n          }\n        ": types.DirectoryRegions2Document,
    "\n          query DirectoryMunicipalities {\n            municipalities(regionCode: \"ATLANTIS\") {\n              code\n            }\n          }\n        ": types.DirectoryMunicipalitiesDocument,
    "\n          query DirectoryOrganisations {\n            organisations(regionCode: \"GRONINGEN\") {\n              slug\n              kind\n              regionCodes\n              municipalityCodes\n            }\n          }\n        ": types.DirectoryOrganisationsDocument,
    "\n          query DirectoryOrganisations2 {\n            organisations(regionCode: \"DRENTHE\") {\n              slug\n            }\n          }\n        ": types.DirectoryOrganisations2Document,
    "\n          query DirectoryUsers2($org: ID!) {\n            users(organisationId: $org, first: 500) {\n              totalCount\n            }\n          }\n        ": types.DirectoryUsers2Document,
    "\n          query DirectoryUsers3($org: ID!) {\n            users(organisationId: $org) {\n              totalCount\n            }\n          }\n        ": types.DirectoryUsers3Document,
    "\n          query DirectoryMe {\n            me {\n              email\n            }\n          }\n        ": types.DirectoryMeDocument,
    "\n        query DirectoryUsers($id: ID!) {\n          users(organisationId: $id, first: 200) {\n            edges {\n              node {\n                id\n                subject\n              }\n            }\n          }\n        }\n      ": types.DirectoryUsersDocument,
    "\n        mutation DirectoryUpdateUser($input: UpdateUserInput!) {\n          updateUser(input: $input) {\n            id\n            displayName\n            email\n            version\n            subject\n          }\n        }\n      ": types.DirectoryUpdateUserDocument,
    "\n          query DirectoryMe2 {\n            me {\n              displayName\n            }\n          }\n        ": types.DirectoryMe2Document,
    "\n          query DirectoryMe3 {\n            me {\n              id\n            }\n          }\n        ": types.DirectoryMe3Document,
    "\n              query DirectoryMe4 {\n                me {\n                  id\n                }\n              }\n            ": types.DirectoryMe4Document,
    "\n              query DirectoryMe5 {\n                me {\n                  id\n                }\n              }\n            ": types.DirectoryMe5Document,
    "\n          mutation DirectoryReactivateUser($input: SetUserActiveInput!) {\n            reactivateUser(input: $input) {\n              active\n            }\n          }\n        ": types.DirectoryReactivateUserDocument,
    "\n              query DirectoryMe6 {\n                me {\n                  id\n                }\n              }\n            ": types.DirectoryMe6Document,
    "\n  query EmployerListEmployers($first: Int) {\n    employers(first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          legalName\n          contacts {\n            name\n            role\n          }\n          team {\n            userId\n            isLead\n          }\n          vacancies {\n            id\n            status\n          }\n          timeline {\n            kind\n            text\n          }\n        }\n      }\n    }\n  }\n": types.EmployerListEmployersDocument,
    "\n          mutation EmployerListAddEmployerContact($input: AddContactInput!) {\n            addEmployerContact(input: $input) {\n              id\n            }\n          }\n        ": types.EmployerListAddEmployerContactDocument,
    "\n            mutation EmployerListCreateVacancy($input: CreateVacancyInput!) {\n              createVacancy(input: $input) {\n                id\n              }\n            }\n          ": types.EmployerListCreateVacancyDocument,
    "\n  mutation EmployersCreateEmployer($input: CreateEmployerInput!) {\n    createEmployer(input: $input) {\n      id\n      regionCode\n      kvkNumber\n      postcode\n      version\n    }\n  }\n": types.EmployersCreateEmployerDocument,
    "\n  mutation EmployersUpdateEmployer($input: UpdateEmployerInput!) {\n    updateEmployer(input: $input) {\n      id\n      legalName\n      keyAccount\n      version\n    }\n  }\n": types.EmployersUpdateEmployerDocument,
    "\n  query EmployersEmployer($id: ID!) {\n    employer(id: $id) {\n      id\n      legalName\n    }\n  }\n": types.EmployersEmployerDocument,
    "\n        mutation EmployersCreateEmployer2($input: CreateEmployerInput!) {\n          createEmployer(input: $input) {\n            id\n            postcode\n            team {\n              isLead\n              user {\n                email\n              }\n            }\n            timeline {\n              kind\n            }\n          }\n        }\n      ": types.EmployersCreateEmployer2Document,
    "\n          query EmployersEmployers {\n            employers(filter: { search: \"Alleen Groningen\" }) {\n              totalCount\n            }\n          }\n        ": types.EmployersEmployersDocument,
    "\n        mutation EmployersAddEmployerContact($input: AddContactInput!) {\n          addEmployerContact(input: $input) {\n            id\n            version\n          }\n        }\n      ": types.EmployersAddEmployerContactDocument,
    "\n        mutation EmployersAddTeamMember($input: TeamMemberInput!) {\n          addTeamMember(input: $input) {\n            userId\n            isLead\n          }\n        }\n      ": types.EmployersAddTeamMemberDocument,
    "\n        mutation EmployersAddTeamMember2($input: TeamMemberInput!) {\n          addTeamMember(input: $input) {\n            userId\n          }\n        }\n      ": types.EmployersAddTeamMember2Document,
    "\n        mutation EmployersAddEmployerNote2($input: AddEmployerNoteInput!) {\n          addEmployerNote(input: $input) {\n            id\n          }\n        }\n      ": types.EmployersAddEmployerNote2Document,
    "\n        query EmployersEmployer2($id: ID!) {\n          employer(id: $id) {\n            contacts {\n              name\n              email\n            }\n            timeline {\n              kind\n              text\n            }\n          }\n        }\n      ": types.EmployersEmployer2Document,
    "\n      mutation EmployersRemoveTeamMember($e: ID!, $u: ID!) {\n        removeTeamMember(employerId: $e, userId: $u) {\n          userId\n        }\n      }\n    ": types.EmployersRemoveTeamMemberDocument,
    "\n        mutation EmployersAddTeamMember3($input: TeamMemberInput!) {\n          addTeamMember(input: $input) {\n            userId\n          }\n        }\n      ": types.EmployersAddTeamMember3Document,
    "\n            mutation EmployersAddEmployerNote3($input: AddEmployerNoteInput!) {\n              addEmployerNote(input: $input) {\n                id\n                kind\n                text\n                authorId\n              }\n            }\n          ": types.EmployersAddEmployerNote3Document,
    "\n      mutation EmployersAddEmployerNote($input: AddEmployerNoteInput!) {\n        addEmployerNote(input: $input) {\n          kind\n          text\n        }\n      }\n    ": types.EmployersAddEmployerNoteDocument,
    "\n        query EmployersEmployers2($filter: EmployerFilter) {\n          employers(filter: $filter, first: 200) {\n            edges {\n              node {\n                id\n              }\n            }\n          }\n        }\n      ": types.EmployersEmployers2Document,
    "\n        query EmployersEmployers3($filter: EmployerFilter) {\n          employers(filter: $filter, first: 200) {\n            edges {\n              node {\n                id\n              }\n            }\n          }\n        }\n      ": types.EmployersEmployers3Document,
    "\n        mutation EmployersCreateVacancy($input: CreateVacancyInput!) {\n          createVacancy(input: $input) {\n            id\n          }\n        }\n      ": types.EmployersCreateVacancyDocument,
    "\n        mutation EmployersAddEmployerNote4($input: AddEmployerNoteInput!) {\n          addEmployerNote(input: $input) {\n            id\n          }\n        }\n      ": types.EmployersAddEmployerNote4Document,
    "\n          query EmployersEmployers4($filter: EmployerFilter) {\n            employers(filter: $filter, first: 200) {\n              edges {\n                node {\n                  id\n                  lastContactAt\n                }\n              }\n            }\n          }\n        ": types.EmployersEmployers4Document,
    "\n        query EmployersEmployers5 {\n          employers(filter: { noContactForDays: 0 }) {\n            totalCount\n          }\n        }\n      ": types.EmployersEmployers5Document,
    "\n    mutation EmployersMergeEmployers($keep: ID!, $merge: ID!) {\n      mergeEmployers(keepId: $keep, mergeId: $merge) {\n        id\n        version\n        sbiCodes\n        website\n      }\n    }\n  ": types.EmployersMergeEmployersDocument,
    "\n        query EmployersPossibleDuplicates($id: ID!) {\n          possibleDuplicates(employerId: $id) {\n            id\n          }\n        }\n      ": types.EmployersPossibleDuplicatesDocument,
    "\n        query EmployersEmployers6 {\n          employers(filter: { search: \"Assen\" }, first: 200) {\n            edges {\n              node {\n                id\n                hasPossibleDuplicates\n              }\n            }\n          }\n        }\n      ": types.EmployersEmployers6Document,
    "\n        query EmployersEmployer3($id: ID!) {\n          employer(id: $id) {\n            hasPossibleDuplicates\n          }\n        }\n      ": types.EmployersEmployer3Document,
    "\n        mutation EmployersAddEmployerContact2($input: AddContactInput!) {\n          addEmployerContact(input: $input) {\n            id\n          }\n        }\n      ": types.EmployersAddEmployerContact2Document,
    "\n        mutation EmployersCreateVacancy2($input: CreateVacancyInput!) {\n          createVacancy(input: $input) {\n            id\n          }\n        }\n      ": types.EmployersCreateVacancy2Document,
    "\n        query EmployersEmployerMergePreview($keep: ID!, $merge: ID!) {\n          employerMergePreview(keepId: $keep, mergeId: $merge) {\n            contacts\n            vacancies\n            visits\n            placements\n            timelineEntries\n            teamMembers\n            filledFields\n          }\n        }\n      ": types.EmployersEmployerMergePreviewDocument,
    "\n        query EmployersEmployerMergePreview2($id: ID!) {\n          employerMergePreview(keepId: $id, mergeId: $id) {\n            contacts\n          }\n        }\n      ": types.EmployersEmployerMergePreview2Document,
    "\n        query EmployersEmployer4($id: ID!) {\n          employer(id: $id) {\n            contacts {\n              name\n            }\n            vacancies {\n              id\n            }\n            team {\n              isLead\n              user {\n                email\n              }\n            }\n            timeline {\n              kind\n            }\n          }\n        }\n      ": types.EmployersEmployer4Document,
    "\n        query EmployersEmployer5($id: ID!) {\n          employer(id: $id) {\n            mergedIntoId\n          }\n        }\n      ": types.EmployersEmployer5Document,
    "\n        query EmployersEmployers7($search: String) {\n          employers(filter: { search: $search }) {\n            edges {\n              node {\n                id\n              }\n            }\n          }\n        }\n      ": types.EmployersEmployers7Document,
    "\n        mutation EmployersAddEmployerContact3($input: AddContactInput!) {\n          addEmployerContact(input: $input) {\n            id\n          }\n        }\n      ": types.EmployersAddEmployerContact3Document,
    "\n        query FirstDayMe {\n          me {\n            id\n            roles\n            organisation {\n              slug\n              regionCodes\n            }\n          }\n        }\n      ": types.FirstDayMeDocument,
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
    "\n  mutation IdempotencyCreateVacancy($input: CreateVacancyInput!, $key: String) {\n    createVacancy(input: $input, idempotencyKey: $key) {\n      id\n      title\n    }\n  }\n": types.IdempotencyCreateVacancyDocument,
    "\n  mutation IdempotencyAddEmployerNote($input: AddEmployerNoteInput!, $key: String) {\n    addEmployerNote(input: $input, idempotencyKey: $key) {\n      id\n      text\n    }\n  }\n": types.IdempotencyAddEmployerNoteDocument,
    "\n          mutation IdempotencyPlanVisit($input: PlanVisitInput!, $key: String) {\n            planVisit(input: $input, idempotencyKey: $key) {\n              visit {\n                id\n              }\n            }\n          }\n        ": types.IdempotencyPlanVisitDocument,
    "\n        mutation IdempotencyPlanVisit2($input: PlanVisitInput!) {\n          planVisit(input: $input) {\n            visit {\n              id\n            }\n          }\n        }\n      ": types.IdempotencyPlanVisit2Document,
    "\n          mutation IdempotencyAddFollowUp($input: AddFollowUpInput!, $key: String) {\n            addFollowUp(input: $input, idempotencyKey: $key) {\n              id\n            }\n          }\n        ": types.IdempotencyAddFollowUpDocument,
    "\n  query ImportUploadEmployerImport($id: ID!) {\n    employerImport(id: $id) {\n      status\n      rowsTotal\n      rowsChanged\n      rowsFailed\n      failure\n    }\n  }\n": types.ImportUploadEmployerImportDocument,
    "\n  mutation ImportsStartImport($input: StartImportInput!) {\n    startImport(input: $input) {\n      id\n      status\n    }\n  }\n": types.ImportsStartImportDocument,
    "\n  query ImportsEmployerImport($id: ID!) {\n    employerImport(id: $id) {\n      status\n      rowsTotal\n      rowsDone\n      rowsChanged\n      rowsFailed\n      failure\n      errors {\n        line\n        column\n        message\n      }\n      warnings {\n        line\n        column\n        message\n      }\n    }\n  }\n": types.ImportsEmployerImportDocument,
    "\n  query MatchingVacancy($id: ID!, $dismissed: Boolean) {\n    vacancy(id: $id) {\n      suggestions(includeDismissed: $dismissed) {\n        profileId\n        pool\n        score\n        rank\n        balanced\n        maxWwBonus\n        distanceKm\n        explanation\n        engineVersion\n        dismissedAt\n        fit {\n          occupationMatch\n          occupationCode\n          distanceKm\n          maxWwPriority\n          missingSkills {\n            code\n            label\n          }\n        }\n        components {\n          name\n          value\n          weight\n        }\n        profile {\n          id\n          publicCode\n          pool\n          occupationCodes\n          hoursMin\n          hoursMax\n          municipalityCode\n        }\n      }\n    }\n  }\n": types.MatchingVacancyDocument,
    "\n          query MatchingMatchingRuns($id: ID!) {\n            matchingRuns(vacancyId: $id) {\n              jobId\n              status\n              error\n              candidates\n              suggestions\n            }\n          }\n        ": types.MatchingMatchingRunsDocument,
    "\n        mutation MatchingCreateVacancy($input: CreateVacancyInput!) {\n          createVacancy(input: $input) {\n            id\n            version\n          }\n        }\n      ": types.MatchingCreateVacancyDocument,
    "\n      query MatchingMatchingPreview($vacancyId: ID!, $input: UpdateMatchingConfigInput!) {\n        matchingPreview(vacancyId: $vacancyId, input: $input) {\n          current {\n            profileId\n            score\n            rank\n            pool\n          }\n          edited {\n            profileId\n            score\n            rank\n          }\n        }\n      }\n    ": types.MatchingMatchingPreviewDocument,
    "\n        query MatchingMatchingConfig {\n          matchingConfig(regionCode: \"GRONINGEN\") {\n            version\n            minimumScore\n          }\n        }\n      ": types.MatchingMatchingConfigDocument,
    "\n      query MatchingNewSuggestions {\n        newSuggestions(days: 7) {\n          vacancyId\n          vacancyTitle\n          count\n          bestScore\n          newestAt\n        }\n      }\n    ": types.MatchingNewSuggestionsDocument,
    "\n        query MatchingNewSuggestions2 {\n          newSuggestions(days: 365) {\n            count\n          }\n        }\n      ": types.MatchingNewSuggestions2Document,
    "\n        mutation MatchingUpdateVacancy($input: UpdateVacancyInput!) {\n          updateVacancy(input: $input) {\n            version\n          }\n        }\n      ": types.MatchingUpdateVacancyDocument,
    "\n        query MatchingCandidateProfile($id: ID!) {\n          candidateProfile(id: $id) {\n            suggestions {\n              vacancyId\n              score\n            }\n          }\n        }\n      ": types.MatchingCandidateProfileDocument,
    "\n        query MatchingCandidateProfile2($id: ID!) {\n          candidateProfile(id: $id) {\n            suggestions {\n              vacancyId\n            }\n          }\n        }\n      ": types.MatchingCandidateProfile2Document,
    "\n        mutation MatchingDismissSuggestion($v: ID!, $p: ID!) {\n          dismissSuggestion(vacancyId: $v, profileId: $p, reason: \"x\") {\n            score\n          }\n        }\n      ": types.MatchingDismissSuggestionDocument,
    "\n        mutation MatchingChangeCandidateProfileStatus($input: ChangeCandidateStatusInput!) {\n          changeCandidateProfileStatus(input: $input) {\n            version\n          }\n        }\n      ": types.MatchingChangeCandidateProfileStatusDocument,
    "\n        mutation MatchingWithdrawCandidateProfile($id: ID!) {\n          withdrawCandidateProfile(id: $id, reason: OTHER)\n        }\n      ": types.MatchingWithdrawCandidateProfileDocument,
    "\n        mutation MatchingDismissSuggestion2($v: ID!, $p: ID!) {\n          dismissSuggestion(vacancyId: $v, profileId: $p, reason: \"Werkgever zoekt ervaring in de utiliteitsbouw\") {\n            dismissedAt\n          }\n        }\n      ": types.MatchingDismissSuggestion2Document,
    "\n        mutation MatchingRequestMatching($id: ID!) {\n          requestMatching(vacancyId: $id)\n        }\n      ": types.MatchingRequestMatchingDocument,
    "\n        mutation MatchingChangeVacancyStatus($input: ChangeVacancyStatusInput!) {\n          changeVacancyStatus(input: $input) {\n            status\n          }\n        }\n      ": types.MatchingChangeVacancyStatusDocument,
    "\n        mutation MatchingCreateVacancy2($input: CreateVacancyInput!) {\n          createVacancy(input: $input) {\n            id\n          }\n        }\n      ": types.MatchingCreateVacancy2Document,
    "\n              query MatchingVacancy2($id: ID!) {\n                vacancy(id: $id) {\n                  suggestions {\n                    profileId\n                    explanation\n                  }\n                }\n              }\n            ": types.MatchingVacancy2Document,
    "\n        mutation MatchingCreateVacancy3($input: CreateVacancyInput!) {\n          createVacancy(input: $input) {\n            id\n            remoteWork\n          }\n        }\n      ": types.MatchingCreateVacancy3Document,
    "\n              query MatchingVacancy3($id: ID!) {\n                vacancy(id: $id) {\n                  suggestions {\n                    profileId\n                    explanation\n                  }\n                }\n              }\n            ": types.MatchingVacancy3Document,
    "\n        mutation MatchingUpdateCandidateProfile($input: UpdateCandidateProfileInput!) {\n          updateCandidateProfile(input: $input) {\n            id\n          }\n        }\n      ": types.MatchingUpdateCandidateProfileDocument,
    "\n      mutation MatchingUpdateMatchingConfig($input: UpdateMatchingConfigInput!) {\n        updateMatchingConfig(input: $input) {\n          regionCode\n          version\n          maxWwBonus\n          weights {\n            distance\n            occupation\n          }\n        }\n      }\n    ": types.MatchingUpdateMatchingConfigDocument,
    "\n        query MatchingMatchingConfig2 {\n          matchingConfig(regionCode: \"DRENTHE\") {\n            version\n            maxWwBonus\n          }\n        }\n      ": types.MatchingMatchingConfig2Document,
    "\n          query JanDeVries_111222333 {\n            employers(first: 5) {\n              totalCount\n            }\n          }\n        ": types.JanDeVries_111222333Document,
    "\n        query MissingVacancy {\n          vacancy(id: \"00000000-0000-4000-8000-000000000000\") {\n            id\n          }\n        }\n      ": types.MissingVacancyDocument,
    "\n        mutation MutationFuzzCreateEmployer($input: CreateEmployerInput!) {\n          createEmployer(input: $input) {\n            id\n          }\n        }\n      ": types.MutationFuzzCreateEmployerDocument,
    "\n  subscription NotificationLiveNotificationAdded {\n    notificationAdded {\n      id\n      kind\n      message\n      path\n      delivery\n    }\n  }\n": types.NotificationLiveNotificationAddedDocument,
    "\n  mutation NotificationMailPlanVisit($input: PlanVisitInput!) {\n    planVisit(input: $input) {\n      visit {\n        id\n        version\n        participants {\n          userId\n        }\n      }\n    }\n  }\n": types.NotificationMailPlanVisitDocument,
    "\n  mutation NotificationMailUpdateVisit($input: UpdateVisitInput!) {\n    updateVisit(input: $input) {\n      visit {\n        id\n        version\n        participants {\n          userId\n        }\n      }\n    }\n  }\n": types.NotificationMailUpdateVisitDocument,
    "\n  mutation NotificationMailCancelVisit($input: CancelVisitInput!) {\n    cancelVisit(input: $input) {\n      id\n      version\n    }\n  }\n": types.NotificationMailCancelVisitDocument,
    "\n  mutation NotificationMailAddFollowUp($input: AddFollowUpInput!) {\n    addFollowUp(input: $input) {\n      id\n    }\n  }\n": types.NotificationMailAddFollowUpDocument,
    "\n  mutation NotificationMailSetNotificationPreference($kind: NotificationKind!, $delivery: NotificationDelivery) {\n    setNotificationPreference(kind: $kind, delivery: $delivery) {\n      kind\n      delivery\n      isDefault\n    }\n  }\n": types.NotificationMailSetNotificationPreferenceDocument,
    "\n        mutation NotificationMailExpressInterest($input: ExpressInterestInput!) {\n          expressInterest(input: $input) {\n            id\n          }\n        }\n      ": types.NotificationMailExpressInterestDocument,
    "\n        mutation NotificationMailDeclineInterest($input: DeclineInterestInput!) {\n          declineInterest(input: $input) {\n            id\n          }\n        }\n      ": types.NotificationMailDeclineInterestDocument,
    "\n        mutation NotificationMailCreateCalendarFeed {\n          createCalendarFeed {\n            url\n          }\n        }\n      ": types.NotificationMailCreateCalendarFeedDocument,
    "\n        query NotificationMailNotificationPreferences {\n          notificationPreferences {\n            kind\n            delivery\n            isDefault\n          }\n        }\n      ": types.NotificationMailNotificationPreferencesDocument,
    "\n        query NotificationMailDevMailbox {\n          devMailbox {\n            id\n          }\n        }\n      ": types.NotificationMailDevMailboxDocument,
    "\n        mutation NotificationMailStartImport($input: StartImportInput!) {\n          startImport(input: $input) {\n            id\n          }\n        }\n      ": types.NotificationMailStartImportDocument,
    "\n        mutation PiiGuardAddEmployerNote($input: AddEmployerNoteInput!) {\n          addEmployerNote(input: $input) {\n            id\n          }\n        }\n      ": types.PiiGuardAddEmployerNoteDocument,
    "\n        mutation PiiGuardCreateVacancy($input: CreateVacancyInput!) {\n          createVacancy(input: $input) {\n            id\n          }\n        }\n      ": types.PiiGuardCreateVacancyDocument,
    "\n        mutation PiiGuardCreateVacancy2($input: CreateVacancyInput!) {\n          createVacancy(input: $input) {\n            id\n          }\n        }\n      ": types.PiiGuardCreateVacancy2Document,
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
    "\n        query ProductionAuthMe {\n          me {\n            id\n          }\n        }\n      ": types.ProductionAuthMeDocument,
    "\n            query ProductionAuthMe2 {\n              me {\n                id\n              }\n            }\n          ": types.ProductionAuthMe2Document,
    "\n            query ProductionAuthMe3 {\n              me {\n                id\n              }\n            }\n          ": types.ProductionAuthMe3Document,
    "\n              query ProductionAuthMe4 {\n                me {\n                  id\n                }\n              }\n            ": types.ProductionAuthMe4Document,
    "\n            query ProductionAuthMe5 {\n              me {\n                id\n              }\n            }\n          ": types.ProductionAuthMe5Document,
    "\n        query ProductionAuth__schema {\n          __schema {\n            types {\n              name\n            }\n          }\n        }\n      ": types.ProductionAuth__SchemaDocument,
    "\n        query ProductionAuthMe6 {\n          me {\n            id\n          }\n        }\n      ": types.ProductionAuthMe6Document,
    "\n        query ProductionAuthIdentityProviders {\n          identityProviders {\n            name\n            issuer\n          }\n        }\n      ": types.ProductionAuthIdentityProvidersDocument,
    "\n          mutation ProductionAuthAddUser($input: AddUserInput!) {\n            addUser(input: $input) {\n              id\n              issuer\n              subject\n            }\n          }\n        ": types.ProductionAuthAddUserDocument,
    "\n        mutation ProductionAuthUpdateUser($input: UpdateUserInput!) {\n          updateUser(input: $input) {\n            issuer\n          }\n        }\n      ": types.ProductionAuthUpdateUserDocument,
    "\n          query ProductionAuthMe7 {\n            me {\n              id\n            }\n          }\n        ": types.ProductionAuthMe7Document,
    "\n          query ProductionAuthMe8 {\n            me {\n              id\n            }\n          }\n        ": types.ProductionAuthMe8Document,
    "\n          query QueueOutageMatchingRuns($id: ID!) {\n            matchingRuns(vacancyId: $id) {\n              status\n            }\n          }\n        ": types.QueueOutageMatchingRunsDocument,
    "\n        mutation QueueOutageCreateVacancy($input: CreateVacancyInput!) {\n          createVacancy(input: $input) {\n            id\n          }\n        }\n      ": types.QueueOutageCreateVacancyDocument,
    "\n          query QueueOutageMe($id: ID!) {\n            me {\n              id\n            }\n            vacancy(id: $id) {\n              id\n            }\n          }\n        ": types.QueueOutageMeDocument,
    "\n          mutation QueueOutageRequestMatching($id: ID!) {\n            requestMatching(vacancyId: $id)\n          }\n        ": types.QueueOutageRequestMatchingDocument,
    "\n        mutation QueueOutageStartImport($input: StartImportInput!) {\n          startImport(input: $input) {\n            id\n          }\n        }\n      ": types.QueueOutageStartImportDocument,
    "\n        query QueueOutageMe2 {\n          me {\n            id\n          }\n        }\n      ": types.QueueOutageMe2Document,
    "\n            query RedisSilentVacancy($id: ID!) {\n              vacancy(id: $id) {\n                id\n                title\n              }\n            }\n          ": types.RedisSilentVacancyDocument,
    "\n          mutation RedisSilentRequestMatching($id: ID!) {\n            requestMatching(vacancyId: $id)\n          }\n        ": types.RedisSilentRequestMatchingDocument,
    "\n            mutation RedisSilentRequestMatching2($id: ID!) {\n              requestMatching(vacancyId: $id)\n            }\n          ": types.RedisSilentRequestMatching2Document,
    "\n  query ReportReaderPlacementReport($input: PlacementReportInput!) {\n    placementReport(input: $input) {\n      total {\n        value\n        suppressed\n        display\n      }\n    }\n  }\n": types.ReportReaderPlacementReportDocument,
    "\n        mutation ReportReaderAddUser($input: AddUserInput!) {\n          addUser(input: $input) {\n            id\n          }\n        }\n      ": types.ReportReaderAddUserDocument,
    "\n  mutation RequestDeadlineUpdateEmployer($input: UpdateEmployerInput!) {\n    updateEmployer(input: $input) {\n      id\n      legalName\n      version\n    }\n  }\n": types.RequestDeadlineUpdateEmployerDocument,
    "\n          mutation RequestDeadlineAddEmployerNote($input: AddEmployerNoteInput!) {\n            addEmployerNote(input: $input) {\n              id\n            }\n          }\n        ": types.RequestDeadlineAddEmployerNoteDocument,
    "\n  query TaxonomyOccupations($search: String!, $first: Int) {\n    occupations(search: $search, first: $first) {\n      code\n      level\n      titleNl\n    }\n  }\n": types.TaxonomyOccupationsDocument,
    "\n        query TaxonomyOccupation {\n          occupation(code: \"834\") {\n            code\n            titleEn\n            parent {\n              code\n            }\n            ancestors {\n              code\n            }\n            children {\n              code\n            }\n          }\n          unit: occupation(code: \"8344\") {\n            skills {\n              code\n            }\n          }\n        }\n      ": types.TaxonomyOccupationDocument,
    "\n            query TaxonomyOccupation2 {\n              occupation(code: \"9999\") {\n                code\n              }\n            }\n          ": types.TaxonomyOccupation2Document,
    "\n            query TaxonomyOccupation3 {\n              occupation(code: \"12a\") {\n                code\n              }\n            }\n          ": types.TaxonomyOccupation3Document,
    "\n        query TaxonomySkills {\n          skills(occupationCode: \"8344\") {\n            code\n          }\n        }\n      ": types.TaxonomySkillsDocument,
    "\n        query TaxonomySkills2 {\n          skills(search: \"heftr\") {\n            code\n            labelNl\n          }\n        }\n      ": types.TaxonomySkills2Document,
    "\n            query TaxonomySkills3 {\n              skills(occupationCode: \"9999\") {\n                code\n              }\n            }\n          ": types.TaxonomySkills3Document,
    "\n        query TaxonomyEducationLevels {\n          educationLevels {\n            code\n            nlqf\n            isced\n          }\n        }\n      ": types.TaxonomyEducationLevelsDocument,
    "\n  mutation CreateVacancy($input: CreateVacancyInput!) {\n    createVacancy(input: $input) {\n      id\n      status\n      version\n      regionCode\n      ownerOrganisationId\n      skills {\n        skillCode\n        required\n        weight\n      }\n    }\n  }\n": types.CreateVacancyDocument,
    "\n  mutation ChangeVacancyStatus($input: ChangeVacancyStatusInput!) {\n    changeVacancyStatus(input: $input) {\n      status\n      version\n    }\n  }\n": types.ChangeVacancyStatusDocument,
    "\n  mutation UpdateVacancy($input: UpdateVacancyInput!) {\n    updateVacancy(input: $input) {\n      id\n    }\n  }\n": types.UpdateVacancyDocument,
    "\n  query EmployerVacancies($id: ID!) {\n    employer(id: $id) {\n      vacancies {\n        id\n      }\n      timeline {\n        kind\n      }\n    }\n  }\n": types.EmployerVacanciesDocument,
    "\n  query Vacancy($id: ID!) {\n    vacancy(id: $id) {\n      id\n      title\n    }\n  }\n": types.VacancyDocument,
    "\n  query Vacancies($filter: VacancyFilter) {\n    vacancies(filter: $filter, first: 100) {\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n": types.VacanciesDocument,
    "\n  mutation VisitsPlan($input: PlanVisitInput!) {\n    planVisit(input: $input) {\n      visit {\n        ...VisitFields\n      }\n      warnings {\n        code\n        message\n      }\n    }\n  }\n": types.VisitsPlanDocument,
    "\n  mutation VisitsUpdate($input: UpdateVisitInput!) {\n    updateVisit(input: $input) {\n      visit {\n        ...VisitFields\n      }\n      warnings {\n        code\n        message\n      }\n    }\n  }\n": types.VisitsUpdateDocument,
    "\n  mutation VisitsCancel($input: CancelVisitInput!) {\n    cancelVisit(input: $input) {\n      ...VisitFields\n    }\n  }\n": types.VisitsCancelDocument,
    "\n  mutation VisitsReport($input: VisitReportInput!) {\n    recordVisitReport(input: $input) {\n      ...VisitFields\n    }\n  }\n": types.VisitsReportDocument,
    "\n        query VisitsEmployer($id: ID!) {\n          employer(id: $id) {\n            timeline {\n              kind\n              text\n            }\n          }\n        }\n      ": types.VisitsEmployerDocument,
    "\n        query VisitsVisitPlanningCheck($input: PlanVisitInput!) {\n          visitPlanningCheck(input: $input) {\n            clashes {\n              visitId\n              userId\n              participantName\n              startsAt\n              endsAt\n              employerName\n            }\n            warnings {\n              code\n              message\n            }\n          }\n        }\n      ": types.VisitsVisitPlanningCheckDocument,
    "\n        query VisitsVisitPlanningCheck2($input: PlanVisitInput!) {\n          visitPlanningCheck(input: $input) {\n            warnings {\n              code\n            }\n          }\n        }\n      ": types.VisitsVisitPlanningCheck2Document,
    "\n        mutation VisitsAddTeamMember($input: TeamMemberInput!) {\n          addTeamMember(input: $input) {\n            userId\n          }\n        }\n      ": types.VisitsAddTeamMemberDocument,
    "\n        query VisitsVisit($id: ID!) {\n          visit(id: $id) {\n            purpose\n          }\n        }\n      ": types.VisitsVisitDocument,
    "\n          mutation VisitsAddFollowUp($input: AddFollowUpInput!) {\n            addFollowUp(input: $input) {\n              id\n              version\n            }\n          }\n        ": types.VisitsAddFollowUpDocument,
    "\n        mutation VisitsCompleteFollowUp($id: ID!, $version: Int!) {\n          completeFollowUp(id: $id, version: $version) {\n            doneAt\n          }\n        }\n      ": types.VisitsCompleteFollowUpDocument,
    "\n        query VisitsVisit2($id: ID!) {\n          visit(id: $id) {\n            followUps {\n              id\n              ownerId\n              dueOn\n              doneAt\n              version\n            }\n          }\n        }\n      ": types.VisitsVisit2Document,
    "\n        mutation VisitsCreateCalendarFeed {\n          createCalendarFeed {\n            id\n            url\n          }\n        }\n      ": types.VisitsCreateCalendarFeedDocument,
    "\n        mutation VisitsRevokeCalendarFeed($id: ID!) {\n          revokeCalendarFeed(id: $id)\n        }\n      ": types.VisitsRevokeCalendarFeedDocument,
    "\n        mutation VisitsCreateCalendarFeed2 {\n          createCalendarFeed {\n            url\n          }\n        }\n      ": types.VisitsCreateCalendarFeed2Document,
    "\n          mutation VisitsAddFollowUp2($input: AddFollowUpInput!) {\n            addFollowUp(input: $input) {\n              id\n            }\n          }\n        ": types.VisitsAddFollowUp2Document,
    "\n          query VisitsMyAgenda {\n            myAgenda(after: \"bm90IGEgY3Vyc29y\") {\n              totalCount\n            }\n          }\n        ": types.VisitsMyAgendaDocument,
    "\n          query VisitsVisits {\n            visits(first: 500) {\n              totalCount\n            }\n          }\n        ": types.VisitsVisitsDocument,
    "\n          query VisitsMyAgenda2($to: DateTime) {\n            myAgenda(from: \"2029-01-01T00:00:00Z\", to: $to, first: 200) {\n              totalCount\n              edges {\n                node {\n                  id\n                  joint\n                  participants {\n                    userId\n                  }\n                  followUps {\n                    id\n                  }\n                  vacancyIds\n                }\n              }\n            }\n          }\n        ": types.VisitsMyAgenda2Document,
    "\n        mutation VisitsCreateCalendarFeed3 {\n          createCalendarFeed {\n            url\n          }\n        }\n      ": types.VisitsCreateCalendarFeed3Document,
    "\n        mutation WebAppUpdateEmployer($input: UpdateEmployerInput!) {\n          updateEmployer(input: $input) {\n            version\n          }\n        }\n      ": types.WebAppUpdateEmployerDocument,
    "\n        mutation WebAppPlanVisit($input: PlanVisitInput!) {\n          planVisit(input: $input) {\n            visit {\n              id\n            }\n          }\n        }\n      ": types.WebAppPlanVisitDocument,
    "\n        mutation WebAppAddEmployerContact($input: AddContactInput!) {\n          addEmployerContact(input: $input) {\n            id\n          }\n        }\n      ": types.WebAppAddEmployerContactDocument,
    "\n        mutation WebJobCoachExpressInterest($input: ExpressInterestInput!) {\n          expressInterest(input: $input) {\n            id\n          }\n        }\n      ": types.WebJobCoachExpressInterestDocument,
    "\n  fragment ProfileFields on CandidateProfile {\n    id\n    version\n    publicCode\n    pool\n    regionCode\n    ownerOrganisationId\n    coachId\n    occupationCodes\n    skillCodes\n    educationLevel\n    experienceBand\n    hoursMin\n    hoursMax\n    availableFrom\n    municipalityCode\n    travelRadiusKm\n    drivingLicences\n    languages\n    targetGroups\n    wwEndMonth\n    pitch\n    status\n    expiresOn\n    ageBand\n    internalNote\n    hasClientNumber\n    legalBasis\n    legalBasisRecordedAt\n    legalBasisRecordedBy\n    missingForSharing\n    createdAt\n    updatedAt\n  }\n": types.ProfileFieldsFragmentDoc,
    "\n  mutation CreateTestProfile($input: CreateCandidateProfileInput!) {\n    createCandidateProfile(input: $input) {\n      ...ProfileFields\n    }\n  }\n": types.CreateTestProfileDocument,
    "\n  mutation CreateTestEmployer($input: CreateEmployerInput!) {\n    createEmployer(input: $input) {\n      id\n      kvkNumber\n      version\n    }\n  }\n": types.CreateTestEmployerDocument,
    "\n  mutation ProposeTestCandidate($input: ProposeCandidateInput!) {\n    proposeCandidate(input: $input) {\n      id\n      version\n      status\n    }\n  }\n": types.ProposeTestCandidateDocument,
    "\n  mutation AdvanceTestProposal($input: AdvanceProposalInput!) {\n    advanceProposal(input: $input) {\n      id\n      version\n      status\n    }\n  }\n": types.AdvanceTestProposalDocument,
    "\n  mutation CreateTestVacancy($input: CreateVacancyInput!) {\n    createVacancy(input: $input) {\n      id\n      version\n    }\n  }\n": types.CreateTestVacancyDocument,
    "\n  fragment VisitFields on Visit {\n    id\n    version\n    status\n    joint\n    location\n    startsAt\n    endsAt\n    purpose\n    report\n    cancelReason\n    vacancyIds\n    participants {\n      userId\n      organisationId\n      isLead\n    }\n    followUps {\n      id\n      title\n      ownerId\n      doneAt\n      version\n    }\n  }\n": types.VisitFieldsFragmentDoc,
    "\n  mutation PlanTestVisit($input: PlanVisitInput!) {\n    planVisit(input: $input) {\n      visit {\n        id\n        version\n      }\n    }\n  }\n": types.PlanTestVisitDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuthMe {\n    me {\n      displayName\n      email\n      roles\n      organisation {\n        name\n        kind\n      }\n    }\n  }\n"): typeof import('./graphql').AuthMeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation AuthAddUser($input: AddUserInput!) {\n          addUser(input: $input) {\n            id\n          }\n        }\n      "): typeof import('./graphql').AuthAddUserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            query AuthMe2 {\n              me {\n                id\n              }\n            }\n          "): typeof import('./graphql').AuthMe2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            query AuthMe3 {\n              me {\n                id\n              }\n            }\n          "): typeof import('./graphql').AuthMe3Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            query AuthMe4 {\n              me {\n                id\n              }\n            }\n          "): typeof import('./graphql').AuthMe4Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            query AuthMe5 {\n              me {\n                id\n              }\n            }\n          "): typeof import('./graphql').AuthMe5Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            query AuthMe6 {\n              me {\n                id\n              }\n            }\n          "): typeof import('./graphql').AuthMe6Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            query AuthMe7 {\n              me {\n                id\n              }\n            }\n          "): typeof import('./graphql').AuthMe7Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query BackupRestoreMe {\n            me {\n              displayName\n            }\n            employers(first: 1) {\n              totalCount\n            }\n          }\n        "): typeof import('./graphql').BackupRestoreMeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CandidateProfilesCreate($input: CreateCandidateProfileInput!) {\n    createCandidateProfile(input: $input) {\n      ...ProfileFields\n    }\n  }\n"): typeof import('./graphql').CandidateProfilesCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CandidateProfilesUpdate($input: UpdateCandidateProfileInput!) {\n    updateCandidateProfile(input: $input) {\n      ...ProfileFields\n    }\n  }\n"): typeof import('./graphql').CandidateProfilesUpdateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CandidateProfilesChangeCandidateProfileStatus($input: ChangeCandidateStatusInput!) {\n    changeCandidateProfileStatus(input: $input) {\n      id\n      version\n      status\n    }\n  }\n"): typeof import('./graphql').CandidateProfilesChangeCandidateProfileStatusDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CandidateProfilesGet($id: ID!) {\n    candidateProfile(id: $id) {\n      ...ProfileFields\n    }\n  }\n"): typeof import('./graphql').CandidateProfilesGetDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            mutation CandidateProfilesWithdrawCandidateProfile($id: ID!) {\n              withdrawCandidateProfile(id: $id, reason: OTHER)\n            }\n          "): typeof import('./graphql').CandidateProfilesWithdrawCandidateProfileDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query CandidateProfilesCandidateProfiles2 {\n            candidateProfiles(first: 200) {\n              edges {\n                node {\n                  id\n                }\n              }\n            }\n          }\n        "): typeof import('./graphql').CandidateProfilesCandidateProfiles2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            query CandidateProfilesCandidateProfiles3 {\n              candidateProfiles {\n                totalCount\n              }\n            }\n          "): typeof import('./graphql').CandidateProfilesCandidateProfiles3Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query CandidateProfilesCandidateProfiles4 {\n            candidateProfiles(first: 200, filter: { status: ACTIVE }) {\n              edges {\n                node {\n                  id\n                }\n              }\n            }\n          }\n        "): typeof import('./graphql').CandidateProfilesCandidateProfiles4Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation CandidateProfilesRenewCandidateProfile($id: ID!, $version: Int!) {\n            renewCandidateProfile(id: $id, version: $version) {\n              version\n              expiresOn\n            }\n          }\n        "): typeof import('./graphql').CandidateProfilesRenewCandidateProfileDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation CandidateProfilesWithdrawCandidateProfile2($id: ID!) {\n            withdrawCandidateProfile(id: $id, reason: OTHER)\n          }\n        "): typeof import('./graphql').CandidateProfilesWithdrawCandidateProfile2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query CandidateProfilesCandidateProfileByClientNumber($n: String!) {\n            candidateProfileByClientNumber(clientNumber: $n) {\n              id\n            }\n          }\n        "): typeof import('./graphql').CandidateProfilesCandidateProfileByClientNumberDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query CandidateProfilesCandidateProfileByClientNumber2($n: String!) {\n            candidateProfileByClientNumber(clientNumber: $n) {\n              id\n            }\n          }\n        "): typeof import('./graphql').CandidateProfilesCandidateProfileByClientNumber2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query CandidateProfilesNotifications {\n            notifications(unreadOnly: true, first: 200) {\n              edges {\n                node {\n                  id\n                  kind\n                  message\n                  entityId\n                }\n              }\n            }\n          }\n        "): typeof import('./graphql').CandidateProfilesNotificationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation CandidateProfilesMarkNotificationRead($id: ID!) {\n            markNotificationRead(id: $id) {\n              readAt\n            }\n          }\n        "): typeof import('./graphql').CandidateProfilesMarkNotificationReadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation CandidateProfilesMarkNotificationRead2($id: ID!) {\n            markNotificationRead(id: $id) {\n              readAt\n            }\n          }\n        "): typeof import('./graphql').CandidateProfilesMarkNotificationRead2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query CandidateProfilesCandidateProfiles($code: String) {\n          candidateProfiles(filter: { publicCode: $code }) {\n            edges {\n              node {\n                id\n              }\n            }\n          }\n        }\n      "): typeof import('./graphql').CandidateProfilesCandidateProfilesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query CandidateProfilesPrivacyCheck($text: String!) {\n          privacyCheck(text: $text) {\n            kinds\n          }\n        }\n      "): typeof import('./graphql').CandidateProfilesPrivacyCheckDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DatabaseSilentAddEmployerNote($input: AddEmployerNoteInput!) {\n    addEmployerNote(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').DatabaseSilentAddEmployerNoteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            query DatabaseSilentEmployer($id: ID!) {\n              employer(id: $id) {\n                id\n              }\n            }\n          "): typeof import('./graphql').DatabaseSilentEmployerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query DemoDataEmployers($from: DateTime!, $to: DateTime!) {\n          employers {\n            totalCount\n          }\n          myAgenda(from: $from, to: $to) {\n            totalCount\n          }\n          followUps {\n            totalCount\n          }\n        }\n      "): typeof import('./graphql').DemoDataEmployersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DirectoryChangeUserRoles($input: ChangeUserRolesInput!) {\n    changeUserRoles(input: $input) {\n      id\n      roles\n      version\n    }\n  }\n"): typeof import('./graphql').DirectoryChangeUserRolesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DirectoryDeactivateUser($input: SetUserActiveInput!) {\n    deactivateUser(input: $input) {\n      id\n      active\n      version\n    }\n  }\n"): typeof import('./graphql').DirectoryDeactivateUserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DirectoryAddUser($input: AddUserInput!) {\n    addUser(input: $input) {\n      id\n      email\n      roles\n      active\n      organisation {\n        slug\n      }\n    }\n  }\n"): typeof import('./graphql').DirectoryAddUserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query DirectoryRegions {\n            regions {\n              code\n              name\n            }\n            municipalities(regionCode: \"GRONINGEN\") {\n              code\n              name\n              regionCode\n            }\n          }\n        "): typeof import('./graphql').DirectoryRegionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query DirectoryRegions2 {\n            regions {\n              code\n            }\n            municipalities(regionCode: \"ZUID_LIMBURG\") {\n              code\n              name\n              latitude\n              longitude\n            }\n          }\n        "): typeof import('./graphql').DirectoryRegions2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query DirectoryMunicipalities {\n            municipalities(regionCode: \"ATLANTIS\") {\n              code\n            }\n          }\n        "): typeof import('./graphql').DirectoryMunicipalitiesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query DirectoryOrganisations {\n            organisations(regionCode: \"GRONINGEN\") {\n              slug\n              kind\n              regionCodes\n              municipalityCodes\n            }\n          }\n        "): typeof import('./graphql').DirectoryOrganisationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query DirectoryOrganisations2 {\n            organisations(regionCode: \"DRENTHE\") {\n              slug\n            }\n          }\n        "): typeof import('./graphql').DirectoryOrganisations2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query DirectoryUsers2($org: ID!) {\n            users(organisationId: $org, first: 500) {\n              totalCount\n            }\n          }\n        "): typeof import('./graphql').DirectoryUsers2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query DirectoryUsers3($org: ID!) {\n            users(organisationId: $org) {\n              totalCount\n            }\n          }\n        "): typeof import('./graphql').DirectoryUsers3Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query DirectoryMe {\n            me {\n              email\n            }\n          }\n        "): typeof import('./graphql').DirectoryMeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query DirectoryUsers($id: ID!) {\n          users(organisationId: $id, first: 200) {\n            edges {\n              node {\n                id\n                subject\n              }\n            }\n          }\n        }\n      "): typeof import('./graphql').DirectoryUsersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation DirectoryUpdateUser($input: UpdateUserInput!) {\n          updateUser(input: $input) {\n            id\n            displayName\n            email\n            version\n            subject\n          }\n        }\n      "): typeof import('./graphql').DirectoryUpdateUserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query DirectoryMe2 {\n            me {\n              displayName\n            }\n          }\n        "): typeof import('./graphql').DirectoryMe2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query DirectoryMe3 {\n            me {\n              id\n            }\n          }\n        "): typeof import('./graphql').DirectoryMe3Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n              query DirectoryMe4 {\n                me {\n                  id\n                }\n              }\n            "): typeof import('./graphql').DirectoryMe4Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n              query DirectoryMe5 {\n                me {\n                  id\n                }\n              }\n            "): typeof import('./graphql').DirectoryMe5Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation DirectoryReactivateUser($input: SetUserActiveInput!) {\n            reactivateUser(input: $input) {\n              active\n            }\n          }\n        "): typeof import('./graphql').DirectoryReactivateUserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n              query DirectoryMe6 {\n                me {\n                  id\n                }\n              }\n            "): typeof import('./graphql').DirectoryMe6Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EmployerListEmployers($first: Int) {\n    employers(first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          legalName\n          contacts {\n            name\n            role\n          }\n          team {\n            userId\n            isLead\n          }\n          vacancies {\n            id\n            status\n          }\n          timeline {\n            kind\n            text\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').EmployerListEmployersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation EmployerListAddEmployerContact($input: AddContactInput!) {\n            addEmployerContact(input: $input) {\n              id\n            }\n          }\n        "): typeof import('./graphql').EmployerListAddEmployerContactDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            mutation EmployerListCreateVacancy($input: CreateVacancyInput!) {\n              createVacancy(input: $input) {\n                id\n              }\n            }\n          "): typeof import('./graphql').EmployerListCreateVacancyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EmployersCreateEmployer($input: CreateEmployerInput!) {\n    createEmployer(input: $input) {\n      id\n      regionCode\n      kvkNumber\n      postcode\n      version\n    }\n  }\n"): typeof import('./graphql').EmployersCreateEmployerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EmployersUpdateEmployer($input: UpdateEmployerInput!) {\n    updateEmployer(input: $input) {\n      id\n      legalName\n      keyAccount\n      version\n    }\n  }\n"): typeof import('./graphql').EmployersUpdateEmployerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EmployersEmployer($id: ID!) {\n    employer(id: $id) {\n      id\n      legalName\n    }\n  }\n"): typeof import('./graphql').EmployersEmployerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation EmployersCreateEmployer2($input: CreateEmployerInput!) {\n          createEmployer(input: $input) {\n            id\n            postcode\n            team {\n              isLead\n              user {\n                email\n              }\n            }\n            timeline {\n              kind\n            }\n          }\n        }\n      "): typeof import('./graphql').EmployersCreateEmployer2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query EmployersEmployers {\n            employers(filter: { search: \"Alleen Groningen\" }) {\n              totalCount\n            }\n          }\n        "): typeof import('./graphql').EmployersEmployersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation EmployersAddEmployerContact($input: AddContactInput!) {\n          addEmployerContact(input: $input) {\n            id\n            version\n          }\n        }\n      "): typeof import('./graphql').EmployersAddEmployerContactDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation EmployersAddTeamMember($input: TeamMemberInput!) {\n          addTeamMember(input: $input) {\n            userId\n            isLead\n          }\n        }\n      "): typeof import('./graphql').EmployersAddTeamMemberDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation EmployersAddTeamMember2($input: TeamMemberInput!) {\n          addTeamMember(input: $input) {\n            userId\n          }\n        }\n      "): typeof import('./graphql').EmployersAddTeamMember2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation EmployersAddEmployerNote2($input: AddEmployerNoteInput!) {\n          addEmployerNote(input: $input) {\n            id\n          }\n        }\n      "): typeof import('./graphql').EmployersAddEmployerNote2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query EmployersEmployer2($id: ID!) {\n          employer(id: $id) {\n            contacts {\n              name\n              email\n            }\n            timeline {\n              kind\n              text\n            }\n          }\n        }\n      "): typeof import('./graphql').EmployersEmployer2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation EmployersRemoveTeamMember($e: ID!, $u: ID!) {\n        removeTeamMember(employerId: $e, userId: $u) {\n          userId\n        }\n      }\n    "): typeof import('./graphql').EmployersRemoveTeamMemberDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation EmployersAddTeamMember3($input: TeamMemberInput!) {\n          addTeamMember(input: $input) {\n            userId\n          }\n        }\n      "): typeof import('./graphql').EmployersAddTeamMember3Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            mutation EmployersAddEmployerNote3($input: AddEmployerNoteInput!) {\n              addEmployerNote(input: $input) {\n                id\n                kind\n                text\n                authorId\n              }\n            }\n          "): typeof import('./graphql').EmployersAddEmployerNote3Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation EmployersAddEmployerNote($input: AddEmployerNoteInput!) {\n        addEmployerNote(input: $input) {\n          kind\n          text\n        }\n      }\n    "): typeof import('./graphql').EmployersAddEmployerNoteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query EmployersEmployers2($filter: EmployerFilter) {\n          employers(filter: $filter, first: 200) {\n            edges {\n              node {\n                id\n              }\n            }\n          }\n        }\n      "): typeof import('./graphql').EmployersEmployers2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query EmployersEmployers3($filter: EmployerFilter) {\n          employers(filter: $filter, first: 200) {\n            edges {\n              node {\n                id\n              }\n            }\n          }\n        }\n      "): typeof import('./graphql').EmployersEmployers3Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation EmployersCreateVacancy($input: CreateVacancyInput!) {\n          createVacancy(input: $input) {\n            id\n          }\n        }\n      "): typeof import('./graphql').EmployersCreateVacancyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation EmployersAddEmployerNote4($input: AddEmployerNoteInput!) {\n          addEmployerNote(input: $input) {\n            id\n          }\n        }\n      "): typeof import('./graphql').EmployersAddEmployerNote4Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query EmployersEmployers4($filter: EmployerFilter) {\n            employers(filter: $filter, first: 200) {\n              edges {\n                node {\n                  id\n                  lastContactAt\n                }\n              }\n            }\n          }\n        "): typeof import('./graphql').EmployersEmployers4Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query EmployersEmployers5 {\n          employers(filter: { noContactForDays: 0 }) {\n            totalCount\n          }\n        }\n      "): typeof import('./graphql').EmployersEmployers5Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation EmployersMergeEmployers($keep: ID!, $merge: ID!) {\n      mergeEmployers(keepId: $keep, mergeId: $merge) {\n        id\n        version\n        sbiCodes\n        website\n      }\n    }\n  "): typeof import('./graphql').EmployersMergeEmployersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query EmployersPossibleDuplicates($id: ID!) {\n          possibleDuplicates(employerId: $id) {\n            id\n          }\n        }\n      "): typeof import('./graphql').EmployersPossibleDuplicatesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query EmployersEmployers6 {\n          employers(filter: { search: \"Assen\" }, first: 200) {\n            edges {\n              node {\n                id\n                hasPossibleDuplicates\n              }\n            }\n          }\n        }\n      "): typeof import('./graphql').EmployersEmployers6Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query EmployersEmployer3($id: ID!) {\n          employer(id: $id) {\n            hasPossibleDuplicates\n          }\n        }\n      "): typeof import('./graphql').EmployersEmployer3Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation EmployersAddEmployerContact2($input: AddContactInput!) {\n          addEmployerContact(input: $input) {\n            id\n          }\n        }\n      "): typeof import('./graphql').EmployersAddEmployerContact2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation EmployersCreateVacancy2($input: CreateVacancyInput!) {\n          createVacancy(input: $input) {\n            id\n          }\n        }\n      "): typeof import('./graphql').EmployersCreateVacancy2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query EmployersEmployerMergePreview($keep: ID!, $merge: ID!) {\n          employerMergePreview(keepId: $keep, mergeId: $merge) {\n            contacts\n            vacancies\n            visits\n            placements\n            timelineEntries\n            teamMembers\n            filledFields\n          }\n        }\n      "): typeof import('./graphql').EmployersEmployerMergePreviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query EmployersEmployerMergePreview2($id: ID!) {\n          employerMergePreview(keepId: $id, mergeId: $id) {\n            contacts\n          }\n        }\n      "): typeof import('./graphql').EmployersEmployerMergePreview2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query EmployersEmployer4($id: ID!) {\n          employer(id: $id) {\n            contacts {\n              name\n            }\n            vacancies {\n              id\n            }\n            team {\n              isLead\n              user {\n                email\n              }\n            }\n            timeline {\n              kind\n            }\n          }\n        }\n      "): typeof import('./graphql').EmployersEmployer4Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query EmployersEmployer5($id: ID!) {\n          employer(id: $id) {\n            mergedIntoId\n          }\n        }\n      "): typeof import('./graphql').EmployersEmployer5Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query EmployersEmployers7($search: String) {\n          employers(filter: { search: $search }) {\n            edges {\n              node {\n                id\n              }\n            }\n          }\n        }\n      "): typeof import('./graphql').EmployersEmployers7Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation EmployersAddEmployerContact3($input: AddContactInput!) {\n          addEmployerContact(input: $input) {\n            id\n          }\n        }\n      "): typeof import('./graphql').EmployersAddEmployerContact3Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query FirstDayMe {\n          me {\n            id\n            roles\n            organisation {\n              slug\n              regionCodes\n            }\n          }\n        }\n      "): typeof import('./graphql').FirstDayMeDocument;
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
export function graphql(source: "\n  mutation IdempotencyCreateVacancy($input: CreateVacancyInput!, $key: String) {\n    createVacancy(input: $input, idempotencyKey: $key) {\n      id\n      title\n    }\n  }\n"): typeof import('./graphql').IdempotencyCreateVacancyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IdempotencyAddEmployerNote($input: AddEmployerNoteInput!, $key: String) {\n    addEmployerNote(input: $input, idempotencyKey: $key) {\n      id\n      text\n    }\n  }\n"): typeof import('./graphql').IdempotencyAddEmployerNoteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation IdempotencyPlanVisit($input: PlanVisitInput!, $key: String) {\n            planVisit(input: $input, idempotencyKey: $key) {\n              visit {\n                id\n              }\n            }\n          }\n        "): typeof import('./graphql').IdempotencyPlanVisitDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation IdempotencyPlanVisit2($input: PlanVisitInput!) {\n          planVisit(input: $input) {\n            visit {\n              id\n            }\n          }\n        }\n      "): typeof import('./graphql').IdempotencyPlanVisit2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation IdempotencyAddFollowUp($input: AddFollowUpInput!, $key: String) {\n            addFollowUp(input: $input, idempotencyKey: $key) {\n              id\n            }\n          }\n        "): typeof import('./graphql').IdempotencyAddFollowUpDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ImportUploadEmployerImport($id: ID!) {\n    employerImport(id: $id) {\n      status\n      rowsTotal\n      rowsChanged\n      rowsFailed\n      failure\n    }\n  }\n"): typeof import('./graphql').ImportUploadEmployerImportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportsStartImport($input: StartImportInput!) {\n    startImport(input: $input) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').ImportsStartImportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ImportsEmployerImport($id: ID!) {\n    employerImport(id: $id) {\n      status\n      rowsTotal\n      rowsDone\n      rowsChanged\n      rowsFailed\n      failure\n      errors {\n        line\n        column\n        message\n      }\n      warnings {\n        line\n        column\n        message\n      }\n    }\n  }\n"): typeof import('./graphql').ImportsEmployerImportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MatchingVacancy($id: ID!, $dismissed: Boolean) {\n    vacancy(id: $id) {\n      suggestions(includeDismissed: $dismissed) {\n        profileId\n        pool\n        score\n        rank\n        balanced\n        maxWwBonus\n        distanceKm\n        explanation\n        engineVersion\n        dismissedAt\n        fit {\n          occupationMatch\n          occupationCode\n          distanceKm\n          maxWwPriority\n          missingSkills {\n            code\n            label\n          }\n        }\n        components {\n          name\n          value\n          weight\n        }\n        profile {\n          id\n          publicCode\n          pool\n          occupationCodes\n          hoursMin\n          hoursMax\n          municipalityCode\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').MatchingVacancyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query MatchingMatchingRuns($id: ID!) {\n            matchingRuns(vacancyId: $id) {\n              jobId\n              status\n              error\n              candidates\n              suggestions\n            }\n          }\n        "): typeof import('./graphql').MatchingMatchingRunsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation MatchingCreateVacancy($input: CreateVacancyInput!) {\n          createVacancy(input: $input) {\n            id\n            version\n          }\n        }\n      "): typeof import('./graphql').MatchingCreateVacancyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query MatchingMatchingPreview($vacancyId: ID!, $input: UpdateMatchingConfigInput!) {\n        matchingPreview(vacancyId: $vacancyId, input: $input) {\n          current {\n            profileId\n            score\n            rank\n            pool\n          }\n          edited {\n            profileId\n            score\n            rank\n          }\n        }\n      }\n    "): typeof import('./graphql').MatchingMatchingPreviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query MatchingMatchingConfig {\n          matchingConfig(regionCode: \"GRONINGEN\") {\n            version\n            minimumScore\n          }\n        }\n      "): typeof import('./graphql').MatchingMatchingConfigDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query MatchingNewSuggestions {\n        newSuggestions(days: 7) {\n          vacancyId\n          vacancyTitle\n          count\n          bestScore\n          newestAt\n        }\n      }\n    "): typeof import('./graphql').MatchingNewSuggestionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query MatchingNewSuggestions2 {\n          newSuggestions(days: 365) {\n            count\n          }\n        }\n      "): typeof import('./graphql').MatchingNewSuggestions2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation MatchingUpdateVacancy($input: UpdateVacancyInput!) {\n          updateVacancy(input: $input) {\n            version\n          }\n        }\n      "): typeof import('./graphql').MatchingUpdateVacancyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query MatchingCandidateProfile($id: ID!) {\n          candidateProfile(id: $id) {\n            suggestions {\n              vacancyId\n              score\n            }\n          }\n        }\n      "): typeof import('./graphql').MatchingCandidateProfileDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query MatchingCandidateProfile2($id: ID!) {\n          candidateProfile(id: $id) {\n            suggestions {\n              vacancyId\n            }\n          }\n        }\n      "): typeof import('./graphql').MatchingCandidateProfile2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation MatchingDismissSuggestion($v: ID!, $p: ID!) {\n          dismissSuggestion(vacancyId: $v, profileId: $p, reason: \"x\") {\n            score\n          }\n        }\n      "): typeof import('./graphql').MatchingDismissSuggestionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation MatchingChangeCandidateProfileStatus($input: ChangeCandidateStatusInput!) {\n          changeCandidateProfileStatus(input: $input) {\n            version\n          }\n        }\n      "): typeof import('./graphql').MatchingChangeCandidateProfileStatusDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation MatchingWithdrawCandidateProfile($id: ID!) {\n          withdrawCandidateProfile(id: $id, reason: OTHER)\n        }\n      "): typeof import('./graphql').MatchingWithdrawCandidateProfileDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation MatchingDismissSuggestion2($v: ID!, $p: ID!) {\n          dismissSuggestion(vacancyId: $v, profileId: $p, reason: \"Werkgever zoekt ervaring in de utiliteitsbouw\") {\n            dismissedAt\n          }\n        }\n      "): typeof import('./graphql').MatchingDismissSuggestion2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation MatchingRequestMatching($id: ID!) {\n          requestMatching(vacancyId: $id)\n        }\n      "): typeof import('./graphql').MatchingRequestMatchingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation MatchingChangeVacancyStatus($input: ChangeVacancyStatusInput!) {\n          changeVacancyStatus(input: $input) {\n            status\n          }\n        }\n      "): typeof import('./graphql').MatchingChangeVacancyStatusDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation MatchingCreateVacancy2($input: CreateVacancyInput!) {\n          createVacancy(input: $input) {\n            id\n          }\n        }\n      "): typeof import('./graphql').MatchingCreateVacancy2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n              query MatchingVacancy2($id: ID!) {\n                vacancy(id: $id) {\n                  suggestions {\n                    profileId\n                    explanation\n                  }\n                }\n              }\n            "): typeof import('./graphql').MatchingVacancy2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation MatchingCreateVacancy3($input: CreateVacancyInput!) {\n          createVacancy(input: $input) {\n            id\n            remoteWork\n          }\n        }\n      "): typeof import('./graphql').MatchingCreateVacancy3Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n              query MatchingVacancy3($id: ID!) {\n                vacancy(id: $id) {\n                  suggestions {\n                    profileId\n                    explanation\n                  }\n                }\n              }\n            "): typeof import('./graphql').MatchingVacancy3Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation MatchingUpdateCandidateProfile($input: UpdateCandidateProfileInput!) {\n          updateCandidateProfile(input: $input) {\n            id\n          }\n        }\n      "): typeof import('./graphql').MatchingUpdateCandidateProfileDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation MatchingUpdateMatchingConfig($input: UpdateMatchingConfigInput!) {\n        updateMatchingConfig(input: $input) {\n          regionCode\n          version\n          maxWwBonus\n          weights {\n            distance\n            occupation\n          }\n        }\n      }\n    "): typeof import('./graphql').MatchingUpdateMatchingConfigDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query MatchingMatchingConfig2 {\n          matchingConfig(regionCode: \"DRENTHE\") {\n            version\n            maxWwBonus\n          }\n        }\n      "): typeof import('./graphql').MatchingMatchingConfig2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query JanDeVries_111222333 {\n            employers(first: 5) {\n              totalCount\n            }\n          }\n        "): typeof import('./graphql').JanDeVries_111222333Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query MissingVacancy {\n          vacancy(id: \"00000000-0000-4000-8000-000000000000\") {\n            id\n          }\n        }\n      "): typeof import('./graphql').MissingVacancyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation MutationFuzzCreateEmployer($input: CreateEmployerInput!) {\n          createEmployer(input: $input) {\n            id\n          }\n        }\n      "): typeof import('./graphql').MutationFuzzCreateEmployerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription NotificationLiveNotificationAdded {\n    notificationAdded {\n      id\n      kind\n      message\n      path\n      delivery\n    }\n  }\n"): typeof import('./graphql').NotificationLiveNotificationAddedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NotificationMailPlanVisit($input: PlanVisitInput!) {\n    planVisit(input: $input) {\n      visit {\n        id\n        version\n        participants {\n          userId\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').NotificationMailPlanVisitDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NotificationMailUpdateVisit($input: UpdateVisitInput!) {\n    updateVisit(input: $input) {\n      visit {\n        id\n        version\n        participants {\n          userId\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').NotificationMailUpdateVisitDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NotificationMailCancelVisit($input: CancelVisitInput!) {\n    cancelVisit(input: $input) {\n      id\n      version\n    }\n  }\n"): typeof import('./graphql').NotificationMailCancelVisitDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NotificationMailAddFollowUp($input: AddFollowUpInput!) {\n    addFollowUp(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').NotificationMailAddFollowUpDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NotificationMailSetNotificationPreference($kind: NotificationKind!, $delivery: NotificationDelivery) {\n    setNotificationPreference(kind: $kind, delivery: $delivery) {\n      kind\n      delivery\n      isDefault\n    }\n  }\n"): typeof import('./graphql').NotificationMailSetNotificationPreferenceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation NotificationMailExpressInterest($input: ExpressInterestInput!) {\n          expressInterest(input: $input) {\n            id\n          }\n        }\n      "): typeof import('./graphql').NotificationMailExpressInterestDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation NotificationMailDeclineInterest($input: DeclineInterestInput!) {\n          declineInterest(input: $input) {\n            id\n          }\n        }\n      "): typeof import('./graphql').NotificationMailDeclineInterestDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation NotificationMailCreateCalendarFeed {\n          createCalendarFeed {\n            url\n          }\n        }\n      "): typeof import('./graphql').NotificationMailCreateCalendarFeedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query NotificationMailNotificationPreferences {\n          notificationPreferences {\n            kind\n            delivery\n            isDefault\n          }\n        }\n      "): typeof import('./graphql').NotificationMailNotificationPreferencesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query NotificationMailDevMailbox {\n          devMailbox {\n            id\n          }\n        }\n      "): typeof import('./graphql').NotificationMailDevMailboxDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation NotificationMailStartImport($input: StartImportInput!) {\n          startImport(input: $input) {\n            id\n          }\n        }\n      "): typeof import('./graphql').NotificationMailStartImportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation PiiGuardAddEmployerNote($input: AddEmployerNoteInput!) {\n          addEmployerNote(input: $input) {\n            id\n          }\n        }\n      "): typeof import('./graphql').PiiGuardAddEmployerNoteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation PiiGuardCreateVacancy($input: CreateVacancyInput!) {\n          createVacancy(input: $input) {\n            id\n          }\n        }\n      "): typeof import('./graphql').PiiGuardCreateVacancyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation PiiGuardCreateVacancy2($input: CreateVacancyInput!) {\n          createVacancy(input: $input) {\n            id\n          }\n        }\n      "): typeof import('./graphql').PiiGuardCreateVacancy2Document;
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
export function graphql(source: "\n        query ProductionAuthMe {\n          me {\n            id\n          }\n        }\n      "): typeof import('./graphql').ProductionAuthMeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            query ProductionAuthMe2 {\n              me {\n                id\n              }\n            }\n          "): typeof import('./graphql').ProductionAuthMe2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            query ProductionAuthMe3 {\n              me {\n                id\n              }\n            }\n          "): typeof import('./graphql').ProductionAuthMe3Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n              query ProductionAuthMe4 {\n                me {\n                  id\n                }\n              }\n            "): typeof import('./graphql').ProductionAuthMe4Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            query ProductionAuthMe5 {\n              me {\n                id\n              }\n            }\n          "): typeof import('./graphql').ProductionAuthMe5Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query ProductionAuth__schema {\n          __schema {\n            types {\n              name\n            }\n          }\n        }\n      "): typeof import('./graphql').ProductionAuth__SchemaDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query ProductionAuthMe6 {\n          me {\n            id\n          }\n        }\n      "): typeof import('./graphql').ProductionAuthMe6Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query ProductionAuthIdentityProviders {\n          identityProviders {\n            name\n            issuer\n          }\n        }\n      "): typeof import('./graphql').ProductionAuthIdentityProvidersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation ProductionAuthAddUser($input: AddUserInput!) {\n            addUser(input: $input) {\n              id\n              issuer\n              subject\n            }\n          }\n        "): typeof import('./graphql').ProductionAuthAddUserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation ProductionAuthUpdateUser($input: UpdateUserInput!) {\n          updateUser(input: $input) {\n            issuer\n          }\n        }\n      "): typeof import('./graphql').ProductionAuthUpdateUserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query ProductionAuthMe7 {\n            me {\n              id\n            }\n          }\n        "): typeof import('./graphql').ProductionAuthMe7Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query ProductionAuthMe8 {\n            me {\n              id\n            }\n          }\n        "): typeof import('./graphql').ProductionAuthMe8Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query QueueOutageMatchingRuns($id: ID!) {\n            matchingRuns(vacancyId: $id) {\n              status\n            }\n          }\n        "): typeof import('./graphql').QueueOutageMatchingRunsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation QueueOutageCreateVacancy($input: CreateVacancyInput!) {\n          createVacancy(input: $input) {\n            id\n          }\n        }\n      "): typeof import('./graphql').QueueOutageCreateVacancyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query QueueOutageMe($id: ID!) {\n            me {\n              id\n            }\n            vacancy(id: $id) {\n              id\n            }\n          }\n        "): typeof import('./graphql').QueueOutageMeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation QueueOutageRequestMatching($id: ID!) {\n            requestMatching(vacancyId: $id)\n          }\n        "): typeof import('./graphql').QueueOutageRequestMatchingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation QueueOutageStartImport($input: StartImportInput!) {\n          startImport(input: $input) {\n            id\n          }\n        }\n      "): typeof import('./graphql').QueueOutageStartImportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query QueueOutageMe2 {\n          me {\n            id\n          }\n        }\n      "): typeof import('./graphql').QueueOutageMe2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            query RedisSilentVacancy($id: ID!) {\n              vacancy(id: $id) {\n                id\n                title\n              }\n            }\n          "): typeof import('./graphql').RedisSilentVacancyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation RedisSilentRequestMatching($id: ID!) {\n            requestMatching(vacancyId: $id)\n          }\n        "): typeof import('./graphql').RedisSilentRequestMatchingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            mutation RedisSilentRequestMatching2($id: ID!) {\n              requestMatching(vacancyId: $id)\n            }\n          "): typeof import('./graphql').RedisSilentRequestMatching2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReportReaderPlacementReport($input: PlacementReportInput!) {\n    placementReport(input: $input) {\n      total {\n        value\n        suppressed\n        display\n      }\n    }\n  }\n"): typeof import('./graphql').ReportReaderPlacementReportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation ReportReaderAddUser($input: AddUserInput!) {\n          addUser(input: $input) {\n            id\n          }\n        }\n      "): typeof import('./graphql').ReportReaderAddUserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestDeadlineUpdateEmployer($input: UpdateEmployerInput!) {\n    updateEmployer(input: $input) {\n      id\n      legalName\n      version\n    }\n  }\n"): typeof import('./graphql').RequestDeadlineUpdateEmployerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation RequestDeadlineAddEmployerNote($input: AddEmployerNoteInput!) {\n            addEmployerNote(input: $input) {\n              id\n            }\n          }\n        "): typeof import('./graphql').RequestDeadlineAddEmployerNoteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TaxonomyOccupations($search: String!, $first: Int) {\n    occupations(search: $search, first: $first) {\n      code\n      level\n      titleNl\n    }\n  }\n"): typeof import('./graphql').TaxonomyOccupationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query TaxonomyOccupation {\n          occupation(code: \"834\") {\n            code\n            titleEn\n            parent {\n              code\n            }\n            ancestors {\n              code\n            }\n            children {\n              code\n            }\n          }\n          unit: occupation(code: \"8344\") {\n            skills {\n              code\n            }\n          }\n        }\n      "): typeof import('./graphql').TaxonomyOccupationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            query TaxonomyOccupation2 {\n              occupation(code: \"9999\") {\n                code\n              }\n            }\n          "): typeof import('./graphql').TaxonomyOccupation2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            query TaxonomyOccupation3 {\n              occupation(code: \"12a\") {\n                code\n              }\n            }\n          "): typeof import('./graphql').TaxonomyOccupation3Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query TaxonomySkills {\n          skills(occupationCode: \"8344\") {\n            code\n          }\n        }\n      "): typeof import('./graphql').TaxonomySkillsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query TaxonomySkills2 {\n          skills(search: \"heftr\") {\n            code\n            labelNl\n          }\n        }\n      "): typeof import('./graphql').TaxonomySkills2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            query TaxonomySkills3 {\n              skills(occupationCode: \"9999\") {\n                code\n              }\n            }\n          "): typeof import('./graphql').TaxonomySkills3Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query TaxonomyEducationLevels {\n          educationLevels {\n            code\n            nlqf\n            isced\n          }\n        }\n      "): typeof import('./graphql').TaxonomyEducationLevelsDocument;
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
export function graphql(source: "\n  mutation VisitsPlan($input: PlanVisitInput!) {\n    planVisit(input: $input) {\n      visit {\n        ...VisitFields\n      }\n      warnings {\n        code\n        message\n      }\n    }\n  }\n"): typeof import('./graphql').VisitsPlanDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VisitsUpdate($input: UpdateVisitInput!) {\n    updateVisit(input: $input) {\n      visit {\n        ...VisitFields\n      }\n      warnings {\n        code\n        message\n      }\n    }\n  }\n"): typeof import('./graphql').VisitsUpdateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VisitsCancel($input: CancelVisitInput!) {\n    cancelVisit(input: $input) {\n      ...VisitFields\n    }\n  }\n"): typeof import('./graphql').VisitsCancelDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VisitsReport($input: VisitReportInput!) {\n    recordVisitReport(input: $input) {\n      ...VisitFields\n    }\n  }\n"): typeof import('./graphql').VisitsReportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query VisitsEmployer($id: ID!) {\n          employer(id: $id) {\n            timeline {\n              kind\n              text\n            }\n          }\n        }\n      "): typeof import('./graphql').VisitsEmployerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query VisitsVisitPlanningCheck($input: PlanVisitInput!) {\n          visitPlanningCheck(input: $input) {\n            clashes {\n              visitId\n              userId\n              participantName\n              startsAt\n              endsAt\n              employerName\n            }\n            warnings {\n              code\n              message\n            }\n          }\n        }\n      "): typeof import('./graphql').VisitsVisitPlanningCheckDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query VisitsVisitPlanningCheck2($input: PlanVisitInput!) {\n          visitPlanningCheck(input: $input) {\n            warnings {\n              code\n            }\n          }\n        }\n      "): typeof import('./graphql').VisitsVisitPlanningCheck2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation VisitsAddTeamMember($input: TeamMemberInput!) {\n          addTeamMember(input: $input) {\n            userId\n          }\n        }\n      "): typeof import('./graphql').VisitsAddTeamMemberDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query VisitsVisit($id: ID!) {\n          visit(id: $id) {\n            purpose\n          }\n        }\n      "): typeof import('./graphql').VisitsVisitDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation VisitsAddFollowUp($input: AddFollowUpInput!) {\n            addFollowUp(input: $input) {\n              id\n              version\n            }\n          }\n        "): typeof import('./graphql').VisitsAddFollowUpDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation VisitsCompleteFollowUp($id: ID!, $version: Int!) {\n          completeFollowUp(id: $id, version: $version) {\n            doneAt\n          }\n        }\n      "): typeof import('./graphql').VisitsCompleteFollowUpDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query VisitsVisit2($id: ID!) {\n          visit(id: $id) {\n            followUps {\n              id\n              ownerId\n              dueOn\n              doneAt\n              version\n            }\n          }\n        }\n      "): typeof import('./graphql').VisitsVisit2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation VisitsCreateCalendarFeed {\n          createCalendarFeed {\n            id\n            url\n          }\n        }\n      "): typeof import('./graphql').VisitsCreateCalendarFeedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation VisitsRevokeCalendarFeed($id: ID!) {\n          revokeCalendarFeed(id: $id)\n        }\n      "): typeof import('./graphql').VisitsRevokeCalendarFeedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation VisitsCreateCalendarFeed2 {\n          createCalendarFeed {\n            url\n          }\n        }\n      "): typeof import('./graphql').VisitsCreateCalendarFeed2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation VisitsAddFollowUp2($input: AddFollowUpInput!) {\n            addFollowUp(input: $input) {\n              id\n            }\n          }\n        "): typeof import('./graphql').VisitsAddFollowUp2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query VisitsMyAgenda {\n            myAgenda(after: \"bm90IGEgY3Vyc29y\") {\n              totalCount\n            }\n          }\n        "): typeof import('./graphql').VisitsMyAgendaDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query VisitsVisits {\n            visits(first: 500) {\n              totalCount\n            }\n          }\n        "): typeof import('./graphql').VisitsVisitsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query VisitsMyAgenda2($to: DateTime) {\n            myAgenda(from: \"2029-01-01T00:00:00Z\", to: $to, first: 200) {\n              totalCount\n              edges {\n                node {\n                  id\n                  joint\n                  participants {\n                    userId\n                  }\n                  followUps {\n                    id\n                  }\n                  vacancyIds\n                }\n              }\n            }\n          }\n        "): typeof import('./graphql').VisitsMyAgenda2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation VisitsCreateCalendarFeed3 {\n          createCalendarFeed {\n            url\n          }\n        }\n      "): typeof import('./graphql').VisitsCreateCalendarFeed3Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation WebAppUpdateEmployer($input: UpdateEmployerInput!) {\n          updateEmployer(input: $input) {\n            version\n          }\n        }\n      "): typeof import('./graphql').WebAppUpdateEmployerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation WebAppPlanVisit($input: PlanVisitInput!) {\n          planVisit(input: $input) {\n            visit {\n              id\n            }\n          }\n        }\n      "): typeof import('./graphql').WebAppPlanVisitDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation WebAppAddEmployerContact($input: AddContactInput!) {\n          addEmployerContact(input: $input) {\n            id\n          }\n        }\n      "): typeof import('./graphql').WebAppAddEmployerContactDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation WebJobCoachExpressInterest($input: ExpressInterestInput!) {\n          expressInterest(input: $input) {\n            id\n          }\n        }\n      "): typeof import('./graphql').WebJobCoachExpressInterestDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ProfileFields on CandidateProfile {\n    id\n    version\n    publicCode\n    pool\n    regionCode\n    ownerOrganisationId\n    coachId\n    occupationCodes\n    skillCodes\n    educationLevel\n    experienceBand\n    hoursMin\n    hoursMax\n    availableFrom\n    municipalityCode\n    travelRadiusKm\n    drivingLicences\n    languages\n    targetGroups\n    wwEndMonth\n    pitch\n    status\n    expiresOn\n    ageBand\n    internalNote\n    hasClientNumber\n    legalBasis\n    legalBasisRecordedAt\n    legalBasisRecordedBy\n    missingForSharing\n    createdAt\n    updatedAt\n  }\n"): typeof import('./graphql').ProfileFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateTestProfile($input: CreateCandidateProfileInput!) {\n    createCandidateProfile(input: $input) {\n      ...ProfileFields\n    }\n  }\n"): typeof import('./graphql').CreateTestProfileDocument;
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
export function graphql(source: "\n  fragment VisitFields on Visit {\n    id\n    version\n    status\n    joint\n    location\n    startsAt\n    endsAt\n    purpose\n    report\n    cancelReason\n    vacancyIds\n    participants {\n      userId\n      organisationId\n      isLead\n    }\n    followUps {\n      id\n      title\n      ownerId\n      doneAt\n      version\n    }\n  }\n"): typeof import('./graphql').VisitFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PlanTestVisit($input: PlanVisitInput!) {\n    planVisit(input: $input) {\n      visit {\n        id\n        version\n      }\n    }\n  }\n"): typeof import('./graphql').PlanTestVisitDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
