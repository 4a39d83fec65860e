/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

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
    "\n  query PartnerOrganisations($regionCode: String!) {\n    organisations(regionCode: $regionCode) {\n      id\n      name\n    }\n  }\n": typeof types.PartnerOrganisationsDocument,
    "\n  query Colleagues($organisationId: ID!) {\n    users(organisationId: $organisationId, active: true, first: 200) {\n      edges {\n        node {\n          id\n          displayName\n          roles\n        }\n      }\n    }\n  }\n": typeof types.ColleaguesDocument,
    "\n  query CalendarFeeds {\n    calendarFeeds {\n      id\n      createdAt\n    }\n  }\n": typeof types.CalendarFeedsDocument,
    "\n  mutation CreateCalendarFeed {\n    createCalendarFeed {\n      id\n      createdAt\n      url\n    }\n  }\n": typeof types.CreateCalendarFeedDocument,
    "\n  mutation RevokeCalendarFeed($id: ID!) {\n    revokeCalendarFeed(id: $id)\n  }\n": typeof types.RevokeCalendarFeedDocument,
    "\n  mutation AddEmployerContact($input: AddContactInput!) {\n    addEmployerContact(input: $input) {\n      id\n      version\n      name\n      role\n      email\n      phone\n    }\n  }\n": typeof types.AddEmployerContactDocument,
    "\n  mutation UpdateEmployerContact($input: UpdateContactInput!) {\n    updateEmployerContact(input: $input) {\n      id\n      version\n      name\n      role\n      email\n      phone\n    }\n  }\n": typeof types.UpdateEmployerContactDocument,
    "\n  mutation RemoveEmployerContact($id: ID!) {\n    removeEmployerContact(id: $id)\n  }\n": typeof types.RemoveEmployerContactDocument,
    "\n  mutation UpdateEmployer($input: UpdateEmployerInput!) {\n    updateEmployer(input: $input) {\n      id\n      version\n      legalName\n      tradeName\n      street\n      houseNumber\n      postcode\n      city\n      website\n      keyAccount\n    }\n  }\n": typeof types.UpdateEmployerDocument,
    "\n  query PossibleDuplicates($employerId: ID!) {\n    possibleDuplicates(employerId: $employerId) {\n      id\n      legalName\n      tradeName\n      kvkNumber\n      city\n    }\n  }\n": typeof types.PossibleDuplicatesDocument,
    "\n  query EmployerMergePreview($keepId: ID!, $mergeId: ID!) {\n    employerMergePreview(keepId: $keepId, mergeId: $mergeId) {\n      contacts\n      vacancies\n      visits\n      placements\n      timelineEntries\n      teamMembers\n      filledFields\n    }\n  }\n": typeof types.EmployerMergePreviewDocument,
    "\n  mutation MergeEmployers($keepId: ID!, $mergeId: ID!) {\n    mergeEmployers(keepId: $keepId, mergeId: $mergeId) {\n      id\n      version\n    }\n  }\n": typeof types.MergeEmployersDocument,
    "\n  mutation AddTeamMember($input: TeamMemberInput!) {\n    addTeamMember(input: $input) {\n      isLead\n      user {\n        id\n      }\n    }\n  }\n": typeof types.AddTeamMemberDocument,
    "\n  mutation RemoveTeamMember($employerId: ID!, $userId: ID!) {\n    removeTeamMember(employerId: $employerId, userId: $userId) {\n      isLead\n      user {\n        id\n      }\n    }\n  }\n": typeof types.RemoveTeamMemberDocument,
    "\n  query EmployerVisits($filter: VisitFilter!) {\n    visits(filter: $filter, first: 100) {\n      id\n      startsAt\n      purpose\n      status\n      joint\n      participants {\n        userId\n        isLead\n        user {\n          id\n          displayName\n        }\n      }\n    }\n  }\n": typeof types.EmployerVisitsDocument,
    "\n  query EmployerPage($id: ID!) {\n    employer(id: $id) {\n      id\n      version\n      legalName\n      tradeName\n      kvkNumber\n      street\n      houseNumber\n      postcode\n      city\n      website\n      keyAccount\n      regionCode\n      team {\n        isLead\n        user {\n          id\n          displayName\n          organisation {\n            id\n            name\n          }\n        }\n      }\n      contacts {\n        id\n        version\n        name\n        role\n        email\n        phone\n      }\n      vacancies {\n        id\n        title\n        status\n      }\n      timeline {\n        id\n        kind\n        text\n        occurredAt\n      }\n    }\n  }\n": typeof types.EmployerPageDocument,
    "\n  mutation AddEmployerNote($input: AddEmployerNoteInput!) {\n    addEmployerNote(input: $input) {\n      id\n      kind\n      text\n      occurredAt\n    }\n  }\n": typeof types.AddEmployerNoteDocument,
    "\n  query EmployerBookMe {\n    me {\n      id\n      organisation {\n        id\n        regionCodes\n      }\n    }\n  }\n": typeof types.EmployerBookMeDocument,
    "\n  query EmployerBookPartners($regionCode: String!) {\n    organisations(regionCode: $regionCode) {\n      id\n      name\n    }\n  }\n": typeof types.EmployerBookPartnersDocument,
    "\n  query EmployerBookAccountManagers($organisationId: ID!) {\n    users(organisationId: $organisationId, active: true, first: 200) {\n      edges {\n        node {\n          id\n          displayName\n          roles\n        }\n      }\n    }\n  }\n": typeof types.EmployerBookAccountManagersDocument,
    "\n  query EmployerBook($filter: EmployerFilter, $first: Int, $after: String) {\n    employers(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          legalName\n          tradeName\n          kvkNumber\n          city\n          lastContactAt\n          hasPossibleDuplicates\n          team {\n            isLead\n            user {\n              id\n              displayName\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.EmployerBookDocument,
    "\n  query SimilarEmployers($search: String!) {\n    employers(filter: { search: $search }, first: 5) {\n      totalCount\n      edges {\n        node {\n          id\n          legalName\n          tradeName\n          kvkNumber\n          city\n        }\n      }\n    }\n  }\n": typeof types.SimilarEmployersDocument,
    "\n  mutation CreateEmployer($input: CreateEmployerInput!) {\n    createEmployer(input: $input) {\n      id\n      legalName\n      kvkNumber\n      version\n    }\n  }\n": typeof types.CreateEmployerDocument,
    "\n  query Notifications {\n    notifications(first: 50) {\n      totalCount\n      edges {\n        node {\n          id\n          kind\n          message\n          createdAt\n          readAt\n        }\n      }\n    }\n  }\n": typeof types.NotificationsDocument,
    "\n  mutation MarkNotificationRead($id: ID!) {\n    markNotificationRead(id: $id) {\n      id\n      readAt\n    }\n  }\n": typeof types.MarkNotificationReadDocument,
    "\n  query VisitPlanning($employerId: ID!) {\n    me {\n      id\n      displayName\n      organisation {\n        id\n        name\n        regionCodes\n      }\n    }\n    employer(id: $employerId) {\n      id\n      legalName\n      tradeName\n      regionCode\n    }\n  }\n": typeof types.VisitPlanningDocument,
    "\n  mutation PlanVisit($input: PlanVisitInput!) {\n    planVisit(input: $input) {\n      visit {\n        id\n        startsAt\n        joint\n      }\n      warnings {\n        code\n        message\n      }\n    }\n  }\n": typeof types.PlanVisitDocument,
    "\n  query PlanningCheck($input: PlanVisitInput!) {\n    visitPlanningCheck(input: $input) {\n      clashes {\n        visitId\n        userId\n        participantName\n        startsAt\n        endsAt\n        employerName\n      }\n      warnings {\n        code\n        message\n      }\n    }\n  }\n": typeof types.PlanningCheckDocument,
    "\n  query Today($from: DateTime!, $to: DateTime!) {\n    me {\n      id\n      displayName\n    }\n    myAgenda(from: $from, to: $to) {\n      id\n      startsAt\n      endsAt\n      purpose\n      joint\n      status\n      employerId\n      location\n    }\n    followUps(open: true) {\n      id\n      title\n      dueOn\n      visitId\n    }\n    notifications(unreadOnly: true, first: 5) {\n      totalCount\n      edges {\n        node {\n          id\n          message\n          createdAt\n        }\n      }\n    }\n  }\n": typeof types.TodayDocument,
    "\n  query TodaySuggestions {\n    newSuggestions(days: 7) {\n      vacancyId\n      vacancyTitle\n      count\n      bestScore\n    }\n  }\n": typeof types.TodaySuggestionsDocument,
    "\n  query NewVacancyForm($employerId: ID!) {\n    employer(id: $employerId) {\n      id\n      legalName\n      tradeName\n      regionCode\n      municipalityCode\n    }\n    educationLevels {\n      code\n      labelNl\n      labelEn\n    }\n  }\n": typeof types.NewVacancyFormDocument,
    "\n  query EditVacancyForm($id: ID!) {\n    vacancy(id: $id) {\n      id\n      version\n      employerId\n      regionCode\n      title\n      description\n      occupationCode\n      municipalityCode\n      hoursMin\n      hoursMax\n      positions\n      contractType\n      minEducationLevel\n      startDate\n      closingDate\n      skills {\n        skillCode\n        required\n      }\n    }\n    educationLevels {\n      code\n      labelNl\n      labelEn\n    }\n  }\n": typeof types.EditVacancyFormDocument,
    "\n  query RegionMunicipalities($regionCode: String!) {\n    municipalities(regionCode: $regionCode) {\n      code\n      name\n    }\n  }\n": typeof types.RegionMunicipalitiesDocument,
    "\n  query OccupationSearch($search: String!) {\n    occupations(search: $search, first: 8) {\n      code\n      level\n      titleNl\n      titleEn\n    }\n  }\n": typeof types.OccupationSearchDocument,
    "\n  query OccupationWithSkills($code: String!) {\n    occupation(code: $code) {\n      code\n      titleNl\n      titleEn\n      skills {\n        code\n        labelNl\n        labelEn\n      }\n    }\n  }\n": typeof types.OccupationWithSkillsDocument,
    "\n  mutation CreateVacancy($input: CreateVacancyInput!) {\n    createVacancy(input: $input) {\n      id\n    }\n  }\n": typeof types.CreateVacancyDocument,
    "\n  mutation UpdateVacancy($input: UpdateVacancyInput!) {\n    updateVacancy(input: $input) {\n      id\n      version\n      title\n      description\n      occupationCode\n      municipalityCode\n      hoursMin\n      hoursMax\n      positions\n      contractType\n      minEducationLevel\n      startDate\n      closingDate\n      skills {\n        skillCode\n        required\n      }\n    }\n  }\n": typeof types.UpdateVacancyDocument,
    "\n  query VacancyPage($id: ID!) {\n    vacancy(id: $id) {\n      id\n      version\n      title\n      status\n      employerId\n      hoursMin\n      hoursMax\n      positions\n      startDate\n      closingDate\n      description\n      contractType\n      minEducationLevel\n      occupationCode\n      skills {\n        skillCode\n        required\n      }\n      interests {\n        id\n        profileId\n        status\n        createdAt\n        profile {\n          id\n          publicCode\n          pool\n        }\n      }\n      proposals {\n        id\n        profileId\n        pool\n        status\n        updatedAt\n        profile {\n          id\n          publicCode\n        }\n      }\n      suggestions(first: 20) {\n        profileId\n        vacancyId\n        rank\n        score\n        pool\n        distanceKm\n        maxWwBonus\n        explanation\n        profile {\n          id\n          publicCode\n          pool\n          pitch\n          hoursMin\n          hoursMax\n          travelRadiusKm\n          availableFrom\n          wwEndMonth\n        }\n      }\n    }\n    educationLevels {\n      code\n      labelNl\n      labelEn\n    }\n    matchingRuns(vacancyId: $id, first: 5) {\n      id\n      status\n      startedAt\n      finishedAt\n      suggestions\n      error\n    }\n  }\n": typeof types.VacancyPageDocument,
    "\n  mutation ExpressInterest($input: ExpressInterestInput!) {\n    expressInterest(input: $input) {\n      id\n      status\n      profileId\n      vacancyId\n    }\n  }\n": typeof types.ExpressInterestDocument,
    "\n  mutation DismissSuggestion($vacancyId: ID!, $profileId: ID!, $reason: String!) {\n    dismissSuggestion(vacancyId: $vacancyId, profileId: $profileId, reason: $reason) {\n      profileId\n      vacancyId\n      dismissedAt\n    }\n  }\n": typeof types.DismissSuggestionDocument,
    "\n  query VacancyOccupation($code: String!) {\n    occupation(code: $code) {\n      code\n      titleNl\n      titleEn\n      skills {\n        code\n        labelNl\n        labelEn\n      }\n    }\n  }\n": typeof types.VacancyOccupationDocument,
    "\n  mutation ChangeVacancyStatus($input: ChangeVacancyStatusInput!) {\n    changeVacancyStatus(input: $input) {\n      id\n      version\n      status\n    }\n  }\n": typeof types.ChangeVacancyStatusDocument,
    "\n  mutation RequestMatching($vacancyId: ID!) {\n    requestMatching(vacancyId: $vacancyId)\n  }\n": typeof types.RequestMatchingDocument,
    "\n  query VisitPage($id: ID!) {\n    visit(id: $id) {\n      id\n      version\n      status\n      startsAt\n      endsAt\n      purpose\n      location\n      joint\n      employerId\n      report\n      agreements\n      targetGroupInterest\n      nextContactOn\n      vacancyIds\n      cancelReason\n      participants {\n        userId\n        isLead\n        user {\n          id\n          displayName\n          organisation {\n            id\n            name\n          }\n        }\n      }\n      followUps {\n        id\n        version\n        title\n        ownerId\n        dueOn\n        doneAt\n      }\n    }\n  }\n": typeof types.VisitPageDocument,
    "\n  query VisitEmployer($id: ID!) {\n    employer(id: $id) {\n      id\n      legalName\n      tradeName\n      vacancies {\n        id\n        title\n      }\n    }\n  }\n": typeof types.VisitEmployerDocument,
    "\n  mutation RecordVisitReport($input: VisitReportInput!) {\n    recordVisitReport(input: $input) {\n      id\n      version\n      status\n      report\n      agreements\n      targetGroupInterest\n      nextContactOn\n      vacancyIds\n    }\n  }\n": typeof types.RecordVisitReportDocument,
    "\n  mutation AddFollowUp($input: AddFollowUpInput!) {\n    addFollowUp(input: $input) {\n      id\n      version\n      title\n      ownerId\n      dueOn\n      doneAt\n    }\n  }\n": typeof types.AddFollowUpDocument,
    "\n  mutation CompleteFollowUp($id: ID!, $version: Int!) {\n    completeFollowUp(id: $id, version: $version) {\n      id\n      version\n      doneAt\n    }\n  }\n": typeof types.CompleteFollowUpDocument,
    "\n  mutation CancelVisit($input: CancelVisitInput!) {\n    cancelVisit(input: $input) {\n      id\n      version\n      status\n      cancelReason\n    }\n  }\n": typeof types.CancelVisitDocument,
    "\n  query Agenda($from: DateTime!, $to: DateTime!) {\n    myAgenda(from: $from, to: $to) {\n      id\n      startsAt\n      endsAt\n      purpose\n      status\n      joint\n      employerId\n      location\n    }\n  }\n": typeof types.AgendaDocument,
};
const documents: Documents = {
    "\n  query PartnerOrganisations($regionCode: String!) {\n    organisations(regionCode: $regionCode) {\n      id\n      name\n    }\n  }\n": types.PartnerOrganisationsDocument,
    "\n  query Colleagues($organisationId: ID!) {\n    users(organisationId: $organisationId, active: true, first: 200) {\n      edges {\n        node {\n          id\n          displayName\n          roles\n        }\n      }\n    }\n  }\n": types.ColleaguesDocument,
    "\n  query CalendarFeeds {\n    calendarFeeds {\n      id\n      createdAt\n    }\n  }\n": types.CalendarFeedsDocument,
    "\n  mutation CreateCalendarFeed {\n    createCalendarFeed {\n      id\n      createdAt\n      url\n    }\n  }\n": types.CreateCalendarFeedDocument,
    "\n  mutation RevokeCalendarFeed($id: ID!) {\n    revokeCalendarFeed(id: $id)\n  }\n": types.RevokeCalendarFeedDocument,
    "\n  mutation AddEmployerContact($input: AddContactInput!) {\n    addEmployerContact(input: $input) {\n      id\n      version\n      name\n      role\n      email\n      phone\n    }\n  }\n": types.AddEmployerContactDocument,
    "\n  mutation UpdateEmployerContact($input: UpdateContactInput!) {\n    updateEmployerContact(input: $input) {\n      id\n      version\n      name\n      role\n      email\n      phone\n    }\n  }\n": types.UpdateEmployerContactDocument,
    "\n  mutation RemoveEmployerContact($id: ID!) {\n    removeEmployerContact(id: $id)\n  }\n": types.RemoveEmployerContactDocument,
    "\n  mutation UpdateEmployer($input: UpdateEmployerInput!) {\n    updateEmployer(input: $input) {\n      id\n      version\n      legalName\n      tradeName\n      street\n      houseNumber\n      postcode\n      city\n      website\n      keyAccount\n    }\n  }\n": types.UpdateEmployerDocument,
    "\n  query PossibleDuplicates($employerId: ID!) {\n    possibleDuplicates(employerId: $employerId) {\n      id\n      legalName\n      tradeName\n      kvkNumber\n      city\n    }\n  }\n": types.PossibleDuplicatesDocument,
    "\n  query EmployerMergePreview($keepId: ID!, $mergeId: ID!) {\n    employerMergePreview(keepId: $keepId, mergeId: $mergeId) {\n      contacts\n      vacancies\n      visits\n      placements\n      timelineEntries\n      teamMembers\n      filledFields\n    }\n  }\n": types.EmployerMergePreviewDocument,
    "\n  mutation MergeEmployers($keepId: ID!, $mergeId: ID!) {\n    mergeEmployers(keepId: $keepId, mergeId: $mergeId) {\n      id\n      version\n    }\n  }\n": types.MergeEmployersDocument,
    "\n  mutation AddTeamMember($input: TeamMemberInput!) {\n    addTeamMember(input: $input) {\n      isLead\n      user {\n        id\n      }\n    }\n  }\n": types.AddTeamMemberDocument,
    "\n  mutation RemoveTeamMember($employerId: ID!, $userId: ID!) {\n    removeTeamMember(employerId: $employerId, userId: $userId) {\n      isLead\n      user {\n        id\n      }\n    }\n  }\n": types.RemoveTeamMemberDocument,
    "\n  query EmployerVisits($filter: VisitFilter!) {\n    visits(filter: $filter, first: 100) {\n      id\n      startsAt\n      purpose\n      status\n      joint\n      participants {\n        userId\n        isLead\n        user {\n          id\n          displayName\n        }\n      }\n    }\n  }\n": types.EmployerVisitsDocument,
    "\n  query EmployerPage($id: ID!) {\n    employer(id: $id) {\n      id\n      version\n      legalName\n      tradeName\n      kvkNumber\n      street\n      houseNumber\n      postcode\n      city\n      website\n      keyAccount\n      regionCode\n      team {\n        isLead\n        user {\n          id\n          displayName\n          organisation {\n            id\n            name\n          }\n        }\n      }\n      contacts {\n        id\n        version\n        name\n        role\n        email\n        phone\n      }\n      vacancies {\n        id\n        title\n        status\n      }\n      timeline {\n        id\n        kind\n        text\n        occurredAt\n      }\n    }\n  }\n": types.EmployerPageDocument,
    "\n  mutation AddEmployerNote($input: AddEmployerNoteInput!) {\n    addEmployerNote(input: $input) {\n      id\n      kind\n      text\n      occurredAt\n    }\n  }\n": types.AddEmployerNoteDocument,
    "\n  query EmployerBookMe {\n    me {\n      id\n      organisation {\n        id\n        regionCodes\n      }\n    }\n  }\n": types.EmployerBookMeDocument,
    "\n  query EmployerBookPartners($regionCode: String!) {\n    organisations(regionCode: $regionCode) {\n      id\n      name\n    }\n  }\n": types.EmployerBookPartnersDocument,
    "\n  query EmployerBookAccountManagers($organisationId: ID!) {\n    users(organisationId: $organisationId, active: true, first: 200) {\n      edges {\n        node {\n          id\n          displayName\n          roles\n        }\n      }\n    }\n  }\n": types.EmployerBookAccountManagersDocument,
    "\n  query EmployerBook($filter: EmployerFilter, $first: Int, $after: String) {\n    employers(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          legalName\n          tradeName\n          kvkNumber\n          city\n          lastContactAt\n          hasPossibleDuplicates\n          team {\n            isLead\n            user {\n              id\n              displayName\n            }\n          }\n        }\n      }\n    }\n  }\n": types.EmployerBookDocument,
    "\n  query SimilarEmployers($search: String!) {\n    employers(filter: { search: $search }, first: 5) {\n      totalCount\n      edges {\n        node {\n          id\n          legalName\n          tradeName\n          kvkNumber\n          city\n        }\n      }\n    }\n  }\n": types.SimilarEmployersDocument,
    "\n  mutation CreateEmployer($input: CreateEmployerInput!) {\n    createEmployer(input: $input) {\n      id\n      legalName\n      kvkNumber\n      version\n    }\n  }\n": types.CreateEmployerDocument,
    "\n  query Notifications {\n    notifications(first: 50) {\n      totalCount\n      edges {\n        node {\n          id\n          kind\n          message\n          createdAt\n          readAt\n        }\n      }\n    }\n  }\n": types.NotificationsDocument,
    "\n  mutation MarkNotificationRead($id: ID!) {\n    markNotificationRead(id: $id) {\n      id\n      readAt\n    }\n  }\n": types.MarkNotificationReadDocument,
    "\n  query VisitPlanning($employerId: ID!) {\n    me {\n      id\n      displayName\n      organisation {\n        id\n        name\n        regionCodes\n      }\n    }\n    employer(id: $employerId) {\n      id\n      legalName\n      tradeName\n      regionCode\n    }\n  }\n": types.VisitPlanningDocument,
    "\n  mutation PlanVisit($input: PlanVisitInput!) {\n    planVisit(input: $input) {\n      visit {\n        id\n        startsAt\n        joint\n      }\n      warnings {\n        code\n        message\n      }\n    }\n  }\n": types.PlanVisitDocument,
    "\n  query PlanningCheck($input: PlanVisitInput!) {\n    visitPlanningCheck(input: $input) {\n      clashes {\n        visitId\n        userId\n        participantName\n        startsAt\n        endsAt\n        employerName\n      }\n      warnings {\n        code\n        message\n      }\n    }\n  }\n": types.PlanningCheckDocument,
    "\n  query Today($from: DateTime!, $to: DateTime!) {\n    me {\n      id\n      displayName\n    }\n    myAgenda(from: $from, to: $to) {\n      id\n      startsAt\n      endsAt\n      purpose\n      joint\n      status\n      employerId\n      location\n    }\n    followUps(open: true) {\n      id\n      title\n      dueOn\n      visitId\n    }\n    notifications(unreadOnly: true, first: 5) {\n      totalCount\n      edges {\n        node {\n          id\n          message\n          createdAt\n        }\n      }\n    }\n  }\n": types.TodayDocument,
    "\n  query TodaySuggestions {\n    newSuggestions(days: 7) {\n      vacancyId\n      vacancyTitle\n      count\n      bestScore\n    }\n  }\n": types.TodaySuggestionsDocument,
    "\n  query NewVacancyForm($employerId: ID!) {\n    employer(id: $employerId) {\n      id\n      legalName\n      tradeName\n      regionCode\n      municipalityCode\n    }\n    educationLevels {\n      code\n      labelNl\n      labelEn\n    }\n  }\n": types.NewVacancyFormDocument,
    "\n  query EditVacancyForm($id: ID!) {\n    vacancy(id: $id) {\n      id\n      version\n      employerId\n      regionCode\n      title\n      description\n      occupationCode\n      municipalityCode\n      hoursMin\n      hoursMax\n      positions\n      contractType\n      minEducationLevel\n      startDate\n      closingDate\n      skills {\n        skillCode\n        required\n      }\n    }\n    educationLevels {\n      code\n      labelNl\n      labelEn\n    }\n  }\n": types.EditVacancyFormDocument,
    "\n  query RegionMunicipalities($regionCode: String!) {\n    municipalities(regionCode: $regionCode) {\n      code\n      name\n    }\n  }\n": types.RegionMunicipalitiesDocument,
    "\n  query OccupationSearch($search: String!) {\n    occupations(search: $search, first: 8) {\n      code\n      level\n      titleNl\n      titleEn\n    }\n  }\n": types.OccupationSearchDocument,
    "\n  query OccupationWithSkills($code: String!) {\n    occupation(code: $code) {\n      code\n      titleNl\n      titleEn\n      skills {\n        code\n        labelNl\n        labelEn\n      }\n    }\n  }\n": types.OccupationWithSkillsDocument,
    "\n  mutation CreateVacancy($input: CreateVacancyInput!) {\n    createVacancy(input: $input) {\n      id\n    }\n  }\n": types.CreateVacancyDocument,
    "\n  mutation UpdateVacancy($input: UpdateVacancyInput!) {\n    updateVacancy(input: $input) {\n      id\n      version\n      title\n      description\n      occupationCode\n      municipalityCode\n      hoursMin\n      hoursMax\n      positions\n      contractType\n      minEducationLevel\n      startDate\n      closingDate\n      skills {\n        skillCode\n        required\n      }\n    }\n  }\n": types.UpdateVacancyDocument,
    "\n  query VacancyPage($id: ID!) {\n    vacancy(id: $id) {\n      id\n      version\n      title\n      status\n      employerId\n      hoursMin\n      hoursMax\n      positions\n      startDate\n      closingDate\n      description\n      contractType\n      minEducationLevel\n      occupationCode\n      skills {\n        skillCode\n        required\n      }\n      interests {\n        id\n        profileId\n        status\n        createdAt\n        profile {\n          id\n          publicCode\n          pool\n        }\n      }\n      proposals {\n        id\n        profileId\n        pool\n        status\n        updatedAt\n        profile {\n          id\n          publicCode\n        }\n      }\n      suggestions(first: 20) {\n        profileId\n        vacancyId\n        rank\n        score\n        pool\n        distanceKm\n        maxWwBonus\n        explanation\n        profile {\n          id\n          publicCode\n          pool\n          pitch\n          hoursMin\n          hoursMax\n          travelRadiusKm\n          availableFrom\n          wwEndMonth\n        }\n      }\n    }\n    educationLevels {\n      code\n      labelNl\n      labelEn\n    }\n    matchingRuns(vacancyId: $id, first: 5) {\n      id\n      status\n      startedAt\n      finishedAt\n      suggestions\n      error\n    }\n  }\n": types.VacancyPageDocument,
    "\n  mutation ExpressInterest($input: ExpressInterestInput!) {\n    expressInterest(input: $input) {\n      id\n      status\n      profileId\n      vacancyId\n    }\n  }\n": types.ExpressInterestDocument,
    "\n  mutation DismissSuggestion($vacancyId: ID!, $profileId: ID!, $reason: String!) {\n    dismissSuggestion(vacancyId: $vacancyId, profileId: $profileId, reason: $reason) {\n      profileId\n      vacancyId\n      dismissedAt\n    }\n  }\n": types.DismissSuggestionDocument,
    "\n  query VacancyOccupation($code: String!) {\n    occupation(code: $code) {\n      code\n      titleNl\n      titleEn\n      skills {\n        code\n        labelNl\n        labelEn\n      }\n    }\n  }\n": types.VacancyOccupationDocument,
    "\n  mutation ChangeVacancyStatus($input: ChangeVacancyStatusInput!) {\n    changeVacancyStatus(input: $input) {\n      id\n      version\n      status\n    }\n  }\n": types.ChangeVacancyStatusDocument,
    "\n  mutation RequestMatching($vacancyId: ID!) {\n    requestMatching(vacancyId: $vacancyId)\n  }\n": types.RequestMatchingDocument,
    "\n  query VisitPage($id: ID!) {\n    visit(id: $id) {\n      id\n      version\n      status\n      startsAt\n      endsAt\n      purpose\n      location\n      joint\n      employerId\n      report\n      agreements\n      targetGroupInterest\n      nextContactOn\n      vacancyIds\n      cancelReason\n      participants {\n        userId\n        isLead\n        user {\n          id\n          displayName\n          organisation {\n            id\n            name\n          }\n        }\n      }\n      followUps {\n        id\n        version\n        title\n        ownerId\n        dueOn\n        doneAt\n      }\n    }\n  }\n": types.VisitPageDocument,
    "\n  query VisitEmployer($id: ID!) {\n    employer(id: $id) {\n      id\n      legalName\n      tradeName\n      vacancies {\n        id\n        title\n      }\n    }\n  }\n": types.VisitEmployerDocument,
    "\n  mutation RecordVisitReport($input: VisitReportInput!) {\n    recordVisitReport(input: $input) {\n      id\n      version\n      status\n      report\n      agreements\n      targetGroupInterest\n      nextContactOn\n      vacancyIds\n    }\n  }\n": types.RecordVisitReportDocument,
    "\n  mutation AddFollowUp($input: AddFollowUpInput!) {\n    addFollowUp(input: $input) {\n      id\n      version\n      title\n      ownerId\n      dueOn\n      doneAt\n    }\n  }\n": types.AddFollowUpDocument,
    "\n  mutation CompleteFollowUp($id: ID!, $version: Int!) {\n    completeFollowUp(id: $id, version: $version) {\n      id\n      version\n      doneAt\n    }\n  }\n": types.CompleteFollowUpDocument,
    "\n  mutation CancelVisit($input: CancelVisitInput!) {\n    cancelVisit(input: $input) {\n      id\n      version\n      status\n      cancelReason\n    }\n  }\n": types.CancelVisitDocument,
    "\n  query Agenda($from: DateTime!, $to: DateTime!) {\n    myAgenda(from: $from, to: $to) {\n      id\n      startsAt\n      endsAt\n      purpose\n      status\n      joint\n      employerId\n      location\n    }\n  }\n": types.AgendaDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PartnerOrganisations($regionCode: String!) {\n    organisations(regionCode: $regionCode) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query PartnerOrganisations($regionCode: String!) {\n    organisations(regionCode: $regionCode) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Colleagues($organisationId: ID!) {\n    users(organisationId: $organisationId, active: true, first: 200) {\n      edges {\n        node {\n          id\n          displayName\n          roles\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Colleagues($organisationId: ID!) {\n    users(organisationId: $organisationId, active: true, first: 200) {\n      edges {\n        node {\n          id\n          displayName\n          roles\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CalendarFeeds {\n    calendarFeeds {\n      id\n      createdAt\n    }\n  }\n"): (typeof documents)["\n  query CalendarFeeds {\n    calendarFeeds {\n      id\n      createdAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateCalendarFeed {\n    createCalendarFeed {\n      id\n      createdAt\n      url\n    }\n  }\n"): (typeof documents)["\n  mutation CreateCalendarFeed {\n    createCalendarFeed {\n      id\n      createdAt\n      url\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeCalendarFeed($id: ID!) {\n    revokeCalendarFeed(id: $id)\n  }\n"): (typeof documents)["\n  mutation RevokeCalendarFeed($id: ID!) {\n    revokeCalendarFeed(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddEmployerContact($input: AddContactInput!) {\n    addEmployerContact(input: $input) {\n      id\n      version\n      name\n      role\n      email\n      phone\n    }\n  }\n"): (typeof documents)["\n  mutation AddEmployerContact($input: AddContactInput!) {\n    addEmployerContact(input: $input) {\n      id\n      version\n      name\n      role\n      email\n      phone\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateEmployerContact($input: UpdateContactInput!) {\n    updateEmployerContact(input: $input) {\n      id\n      version\n      name\n      role\n      email\n      phone\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateEmployerContact($input: UpdateContactInput!) {\n    updateEmployerContact(input: $input) {\n      id\n      version\n      name\n      role\n      email\n      phone\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveEmployerContact($id: ID!) {\n    removeEmployerContact(id: $id)\n  }\n"): (typeof documents)["\n  mutation RemoveEmployerContact($id: ID!) {\n    removeEmployerContact(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateEmployer($input: UpdateEmployerInput!) {\n    updateEmployer(input: $input) {\n      id\n      version\n      legalName\n      tradeName\n      street\n      houseNumber\n      postcode\n      city\n      website\n      keyAccount\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateEmployer($input: UpdateEmployerInput!) {\n    updateEmployer(input: $input) {\n      id\n      version\n      legalName\n      tradeName\n      street\n      houseNumber\n      postcode\n      city\n      website\n      keyAccount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PossibleDuplicates($employerId: ID!) {\n    possibleDuplicates(employerId: $employerId) {\n      id\n      legalName\n      tradeName\n      kvkNumber\n      city\n    }\n  }\n"): (typeof documents)["\n  query PossibleDuplicates($employerId: ID!) {\n    possibleDuplicates(employerId: $employerId) {\n      id\n      legalName\n      tradeName\n      kvkNumber\n      city\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EmployerMergePreview($keepId: ID!, $mergeId: ID!) {\n    employerMergePreview(keepId: $keepId, mergeId: $mergeId) {\n      contacts\n      vacancies\n      visits\n      placements\n      timelineEntries\n      teamMembers\n      filledFields\n    }\n  }\n"): (typeof documents)["\n  query EmployerMergePreview($keepId: ID!, $mergeId: ID!) {\n    employerMergePreview(keepId: $keepId, mergeId: $mergeId) {\n      contacts\n      vacancies\n      visits\n      placements\n      timelineEntries\n      teamMembers\n      filledFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MergeEmployers($keepId: ID!, $mergeId: ID!) {\n    mergeEmployers(keepId: $keepId, mergeId: $mergeId) {\n      id\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation MergeEmployers($keepId: ID!, $mergeId: ID!) {\n    mergeEmployers(keepId: $keepId, mergeId: $mergeId) {\n      id\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddTeamMember($input: TeamMemberInput!) {\n    addTeamMember(input: $input) {\n      isLead\n      user {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AddTeamMember($input: TeamMemberInput!) {\n    addTeamMember(input: $input) {\n      isLead\n      user {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveTeamMember($employerId: ID!, $userId: ID!) {\n    removeTeamMember(employerId: $employerId, userId: $userId) {\n      isLead\n      user {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RemoveTeamMember($employerId: ID!, $userId: ID!) {\n    removeTeamMember(employerId: $employerId, userId: $userId) {\n      isLead\n      user {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EmployerVisits($filter: VisitFilter!) {\n    visits(filter: $filter, first: 100) {\n      id\n      startsAt\n      purpose\n      status\n      joint\n      participants {\n        userId\n        isLead\n        user {\n          id\n          displayName\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query EmployerVisits($filter: VisitFilter!) {\n    visits(filter: $filter, first: 100) {\n      id\n      startsAt\n      purpose\n      status\n      joint\n      participants {\n        userId\n        isLead\n        user {\n          id\n          displayName\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EmployerPage($id: ID!) {\n    employer(id: $id) {\n      id\n      version\n      legalName\n      tradeName\n      kvkNumber\n      street\n      houseNumber\n      postcode\n      city\n      website\n      keyAccount\n      regionCode\n      team {\n        isLead\n        user {\n          id\n          displayName\n          organisation {\n            id\n            name\n          }\n        }\n      }\n      contacts {\n        id\n        version\n        name\n        role\n        email\n        phone\n      }\n      vacancies {\n        id\n        title\n        status\n      }\n      timeline {\n        id\n        kind\n        text\n        occurredAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query EmployerPage($id: ID!) {\n    employer(id: $id) {\n      id\n      version\n      legalName\n      tradeName\n      kvkNumber\n      street\n      houseNumber\n      postcode\n      city\n      website\n      keyAccount\n      regionCode\n      team {\n        isLead\n        user {\n          id\n          displayName\n          organisation {\n            id\n            name\n          }\n        }\n      }\n      contacts {\n        id\n        version\n        name\n        role\n        email\n        phone\n      }\n      vacancies {\n        id\n        title\n        status\n      }\n      timeline {\n        id\n        kind\n        text\n        occurredAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddEmployerNote($input: AddEmployerNoteInput!) {\n    addEmployerNote(input: $input) {\n      id\n      kind\n      text\n      occurredAt\n    }\n  }\n"): (typeof documents)["\n  mutation AddEmployerNote($input: AddEmployerNoteInput!) {\n    addEmployerNote(input: $input) {\n      id\n      kind\n      text\n      occurredAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EmployerBookMe {\n    me {\n      id\n      organisation {\n        id\n        regionCodes\n      }\n    }\n  }\n"): (typeof documents)["\n  query EmployerBookMe {\n    me {\n      id\n      organisation {\n        id\n        regionCodes\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EmployerBookPartners($regionCode: String!) {\n    organisations(regionCode: $regionCode) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query EmployerBookPartners($regionCode: String!) {\n    organisations(regionCode: $regionCode) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EmployerBookAccountManagers($organisationId: ID!) {\n    users(organisationId: $organisationId, active: true, first: 200) {\n      edges {\n        node {\n          id\n          displayName\n          roles\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query EmployerBookAccountManagers($organisationId: ID!) {\n    users(organisationId: $organisationId, active: true, first: 200) {\n      edges {\n        node {\n          id\n          displayName\n          roles\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EmployerBook($filter: EmployerFilter, $first: Int, $after: String) {\n    employers(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          legalName\n          tradeName\n          kvkNumber\n          city\n          lastContactAt\n          hasPossibleDuplicates\n          team {\n            isLead\n            user {\n              id\n              displayName\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query EmployerBook($filter: EmployerFilter, $first: Int, $after: String) {\n    employers(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          legalName\n          tradeName\n          kvkNumber\n          city\n          lastContactAt\n          hasPossibleDuplicates\n          team {\n            isLead\n            user {\n              id\n              displayName\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SimilarEmployers($search: String!) {\n    employers(filter: { search: $search }, first: 5) {\n      totalCount\n      edges {\n        node {\n          id\n          legalName\n          tradeName\n          kvkNumber\n          city\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SimilarEmployers($search: String!) {\n    employers(filter: { search: $search }, first: 5) {\n      totalCount\n      edges {\n        node {\n          id\n          legalName\n          tradeName\n          kvkNumber\n          city\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateEmployer($input: CreateEmployerInput!) {\n    createEmployer(input: $input) {\n      id\n      legalName\n      kvkNumber\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation CreateEmployer($input: CreateEmployerInput!) {\n    createEmployer(input: $input) {\n      id\n      legalName\n      kvkNumber\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Notifications {\n    notifications(first: 50) {\n      totalCount\n      edges {\n        node {\n          id\n          kind\n          message\n          createdAt\n          readAt\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Notifications {\n    notifications(first: 50) {\n      totalCount\n      edges {\n        node {\n          id\n          kind\n          message\n          createdAt\n          readAt\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkNotificationRead($id: ID!) {\n    markNotificationRead(id: $id) {\n      id\n      readAt\n    }\n  }\n"): (typeof documents)["\n  mutation MarkNotificationRead($id: ID!) {\n    markNotificationRead(id: $id) {\n      id\n      readAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VisitPlanning($employerId: ID!) {\n    me {\n      id\n      displayName\n      organisation {\n        id\n        name\n        regionCodes\n      }\n    }\n    employer(id: $employerId) {\n      id\n      legalName\n      tradeName\n      regionCode\n    }\n  }\n"): (typeof documents)["\n  query VisitPlanning($employerId: ID!) {\n    me {\n      id\n      displayName\n      organisation {\n        id\n        name\n        regionCodes\n      }\n    }\n    employer(id: $employerId) {\n      id\n      legalName\n      tradeName\n      regionCode\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PlanVisit($input: PlanVisitInput!) {\n    planVisit(input: $input) {\n      visit {\n        id\n        startsAt\n        joint\n      }\n      warnings {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation PlanVisit($input: PlanVisitInput!) {\n    planVisit(input: $input) {\n      visit {\n        id\n        startsAt\n        joint\n      }\n      warnings {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PlanningCheck($input: PlanVisitInput!) {\n    visitPlanningCheck(input: $input) {\n      clashes {\n        visitId\n        userId\n        participantName\n        startsAt\n        endsAt\n        employerName\n      }\n      warnings {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  query PlanningCheck($input: PlanVisitInput!) {\n    visitPlanningCheck(input: $input) {\n      clashes {\n        visitId\n        userId\n        participantName\n        startsAt\n        endsAt\n        employerName\n      }\n      warnings {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Today($from: DateTime!, $to: DateTime!) {\n    me {\n      id\n      displayName\n    }\n    myAgenda(from: $from, to: $to) {\n      id\n      startsAt\n      endsAt\n      purpose\n      joint\n      status\n      employerId\n      location\n    }\n    followUps(open: true) {\n      id\n      title\n      dueOn\n      visitId\n    }\n    notifications(unreadOnly: true, first: 5) {\n      totalCount\n      edges {\n        node {\n          id\n          message\n          createdAt\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Today($from: DateTime!, $to: DateTime!) {\n    me {\n      id\n      displayName\n    }\n    myAgenda(from: $from, to: $to) {\n      id\n      startsAt\n      endsAt\n      purpose\n      joint\n      status\n      employerId\n      location\n    }\n    followUps(open: true) {\n      id\n      title\n      dueOn\n      visitId\n    }\n    notifications(unreadOnly: true, first: 5) {\n      totalCount\n      edges {\n        node {\n          id\n          message\n          createdAt\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TodaySuggestions {\n    newSuggestions(days: 7) {\n      vacancyId\n      vacancyTitle\n      count\n      bestScore\n    }\n  }\n"): (typeof documents)["\n  query TodaySuggestions {\n    newSuggestions(days: 7) {\n      vacancyId\n      vacancyTitle\n      count\n      bestScore\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NewVacancyForm($employerId: ID!) {\n    employer(id: $employerId) {\n      id\n      legalName\n      tradeName\n      regionCode\n      municipalityCode\n    }\n    educationLevels {\n      code\n      labelNl\n      labelEn\n    }\n  }\n"): (typeof documents)["\n  query NewVacancyForm($employerId: ID!) {\n    employer(id: $employerId) {\n      id\n      legalName\n      tradeName\n      regionCode\n      municipalityCode\n    }\n    educationLevels {\n      code\n      labelNl\n      labelEn\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EditVacancyForm($id: ID!) {\n    vacancy(id: $id) {\n      id\n      version\n      employerId\n      regionCode\n      title\n      description\n      occupationCode\n      municipalityCode\n      hoursMin\n      hoursMax\n      positions\n      contractType\n      minEducationLevel\n      startDate\n      closingDate\n      skills {\n        skillCode\n        required\n      }\n    }\n    educationLevels {\n      code\n      labelNl\n      labelEn\n    }\n  }\n"): (typeof documents)["\n  query EditVacancyForm($id: ID!) {\n    vacancy(id: $id) {\n      id\n      version\n      employerId\n      regionCode\n      title\n      description\n      occupationCode\n      municipalityCode\n      hoursMin\n      hoursMax\n      positions\n      contractType\n      minEducationLevel\n      startDate\n      closingDate\n      skills {\n        skillCode\n        required\n      }\n    }\n    educationLevels {\n      code\n      labelNl\n      labelEn\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RegionMunicipalities($regionCode: String!) {\n    municipalities(regionCode: $regionCode) {\n      code\n      name\n    }\n  }\n"): (typeof documents)["\n  query RegionMunicipalities($regionCode: String!) {\n    municipalities(regionCode: $regionCode) {\n      code\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OccupationSearch($search: String!) {\n    occupations(search: $search, first: 8) {\n      code\n      level\n      titleNl\n      titleEn\n    }\n  }\n"): (typeof documents)["\n  query OccupationSearch($search: String!) {\n    occupations(search: $search, first: 8) {\n      code\n      level\n      titleNl\n      titleEn\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OccupationWithSkills($code: String!) {\n    occupation(code: $code) {\n      code\n      titleNl\n      titleEn\n      skills {\n        code\n        labelNl\n        labelEn\n      }\n    }\n  }\n"): (typeof documents)["\n  query OccupationWithSkills($code: String!) {\n    occupation(code: $code) {\n      code\n      titleNl\n      titleEn\n      skills {\n        code\n        labelNl\n        labelEn\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateVacancy($input: CreateVacancyInput!) {\n    createVacancy(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation CreateVacancy($input: CreateVacancyInput!) {\n    createVacancy(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateVacancy($input: UpdateVacancyInput!) {\n    updateVacancy(input: $input) {\n      id\n      version\n      title\n      description\n      occupationCode\n      municipalityCode\n      hoursMin\n      hoursMax\n      positions\n      contractType\n      minEducationLevel\n      startDate\n      closingDate\n      skills {\n        skillCode\n        required\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateVacancy($input: UpdateVacancyInput!) {\n    updateVacancy(input: $input) {\n      id\n      version\n      title\n      description\n      occupationCode\n      municipalityCode\n      hoursMin\n      hoursMax\n      positions\n      contractType\n      minEducationLevel\n      startDate\n      closingDate\n      skills {\n        skillCode\n        required\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VacancyPage($id: ID!) {\n    vacancy(id: $id) {\n      id\n      version\n      title\n      status\n      employerId\n      hoursMin\n      hoursMax\n      positions\n      startDate\n      closingDate\n      description\n      contractType\n      minEducationLevel\n      occupationCode\n      skills {\n        skillCode\n        required\n      }\n      interests {\n        id\n        profileId\n        status\n        createdAt\n        profile {\n          id\n          publicCode\n          pool\n        }\n      }\n      proposals {\n        id\n        profileId\n        pool\n        status\n        updatedAt\n        profile {\n          id\n          publicCode\n        }\n      }\n      suggestions(first: 20) {\n        profileId\n        vacancyId\n        rank\n        score\n        pool\n        distanceKm\n        maxWwBonus\n        explanation\n        profile {\n          id\n          publicCode\n          pool\n          pitch\n          hoursMin\n          hoursMax\n          travelRadiusKm\n          availableFrom\n          wwEndMonth\n        }\n      }\n    }\n    educationLevels {\n      code\n      labelNl\n      labelEn\n    }\n    matchingRuns(vacancyId: $id, first: 5) {\n      id\n      status\n      startedAt\n      finishedAt\n      suggestions\n      error\n    }\n  }\n"): (typeof documents)["\n  query VacancyPage($id: ID!) {\n    vacancy(id: $id) {\n      id\n      version\n      title\n      status\n      employerId\n      hoursMin\n      hoursMax\n      positions\n      startDate\n      closingDate\n      description\n      contractType\n      minEducationLevel\n      occupationCode\n      skills {\n        skillCode\n        required\n      }\n      interests {\n        id\n        profileId\n        status\n        createdAt\n        profile {\n          id\n          publicCode\n          pool\n        }\n      }\n      proposals {\n        id\n        profileId\n        pool\n        status\n        updatedAt\n        profile {\n          id\n          publicCode\n        }\n      }\n      suggestions(first: 20) {\n        profileId\n        vacancyId\n        rank\n        score\n        pool\n        distanceKm\n        maxWwBonus\n        explanation\n        profile {\n          id\n          publicCode\n          pool\n          pitch\n          hoursMin\n          hoursMax\n          travelRadiusKm\n          availableFrom\n          wwEndMonth\n        }\n      }\n    }\n    educationLevels {\n      code\n      labelNl\n      labelEn\n    }\n    matchingRuns(vacancyId: $id, first: 5) {\n      id\n      status\n      startedAt\n      finishedAt\n      suggestions\n      error\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ExpressInterest($input: ExpressInterestInput!) {\n    expressInterest(input: $input) {\n      id\n      status\n      profileId\n      vacancyId\n    }\n  }\n"): (typeof documents)["\n  mutation ExpressInterest($input: ExpressInterestInput!) {\n    expressInterest(input: $input) {\n      id\n      status\n      profileId\n      vacancyId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DismissSuggestion($vacancyId: ID!, $profileId: ID!, $reason: String!) {\n    dismissSuggestion(vacancyId: $vacancyId, profileId: $profileId, reason: $reason) {\n      profileId\n      vacancyId\n      dismissedAt\n    }\n  }\n"): (typeof documents)["\n  mutation DismissSuggestion($vacancyId: ID!, $profileId: ID!, $reason: String!) {\n    dismissSuggestion(vacancyId: $vacancyId, profileId: $profileId, reason: $reason) {\n      profileId\n      vacancyId\n      dismissedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VacancyOccupation($code: String!) {\n    occupation(code: $code) {\n      code\n      titleNl\n      titleEn\n      skills {\n        code\n        labelNl\n        labelEn\n      }\n    }\n  }\n"): (typeof documents)["\n  query VacancyOccupation($code: String!) {\n    occupation(code: $code) {\n      code\n      titleNl\n      titleEn\n      skills {\n        code\n        labelNl\n        labelEn\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeVacancyStatus($input: ChangeVacancyStatusInput!) {\n    changeVacancyStatus(input: $input) {\n      id\n      version\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation ChangeVacancyStatus($input: ChangeVacancyStatusInput!) {\n    changeVacancyStatus(input: $input) {\n      id\n      version\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestMatching($vacancyId: ID!) {\n    requestMatching(vacancyId: $vacancyId)\n  }\n"): (typeof documents)["\n  mutation RequestMatching($vacancyId: ID!) {\n    requestMatching(vacancyId: $vacancyId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VisitPage($id: ID!) {\n    visit(id: $id) {\n      id\n      version\n      status\n      startsAt\n      endsAt\n      purpose\n      location\n      joint\n      employerId\n      report\n      agreements\n      targetGroupInterest\n      nextContactOn\n      vacancyIds\n      cancelReason\n      participants {\n        userId\n        isLead\n        user {\n          id\n          displayName\n          organisation {\n            id\n            name\n          }\n        }\n      }\n      followUps {\n        id\n        version\n        title\n        ownerId\n        dueOn\n        doneAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query VisitPage($id: ID!) {\n    visit(id: $id) {\n      id\n      version\n      status\n      startsAt\n      endsAt\n      purpose\n      location\n      joint\n      employerId\n      report\n      agreements\n      targetGroupInterest\n      nextContactOn\n      vacancyIds\n      cancelReason\n      participants {\n        userId\n        isLead\n        user {\n          id\n          displayName\n          organisation {\n            id\n            name\n          }\n        }\n      }\n      followUps {\n        id\n        version\n        title\n        ownerId\n        dueOn\n        doneAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VisitEmployer($id: ID!) {\n    employer(id: $id) {\n      id\n      legalName\n      tradeName\n      vacancies {\n        id\n        title\n      }\n    }\n  }\n"): (typeof documents)["\n  query VisitEmployer($id: ID!) {\n    employer(id: $id) {\n      id\n      legalName\n      tradeName\n      vacancies {\n        id\n        title\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordVisitReport($input: VisitReportInput!) {\n    recordVisitReport(input: $input) {\n      id\n      version\n      status\n      report\n      agreements\n      targetGroupInterest\n      nextContactOn\n      vacancyIds\n    }\n  }\n"): (typeof documents)["\n  mutation RecordVisitReport($input: VisitReportInput!) {\n    recordVisitReport(input: $input) {\n      id\n      version\n      status\n      report\n      agreements\n      targetGroupInterest\n      nextContactOn\n      vacancyIds\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddFollowUp($input: AddFollowUpInput!) {\n    addFollowUp(input: $input) {\n      id\n      version\n      title\n      ownerId\n      dueOn\n      doneAt\n    }\n  }\n"): (typeof documents)["\n  mutation AddFollowUp($input: AddFollowUpInput!) {\n    addFollowUp(input: $input) {\n      id\n      version\n      title\n      ownerId\n      dueOn\n      doneAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CompleteFollowUp($id: ID!, $version: Int!) {\n    completeFollowUp(id: $id, version: $version) {\n      id\n      version\n      doneAt\n    }\n  }\n"): (typeof documents)["\n  mutation CompleteFollowUp($id: ID!, $version: Int!) {\n    completeFollowUp(id: $id, version: $version) {\n      id\n      version\n      doneAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelVisit($input: CancelVisitInput!) {\n    cancelVisit(input: $input) {\n      id\n      version\n      status\n      cancelReason\n    }\n  }\n"): (typeof documents)["\n  mutation CancelVisit($input: CancelVisitInput!) {\n    cancelVisit(input: $input) {\n      id\n      version\n      status\n      cancelReason\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Agenda($from: DateTime!, $to: DateTime!) {\n    myAgenda(from: $from, to: $to) {\n      id\n      startsAt\n      endsAt\n      purpose\n      status\n      joint\n      employerId\n      location\n    }\n  }\n"): (typeof documents)["\n  query Agenda($from: DateTime!, $to: DateTime!) {\n    myAgenda(from: $from, to: $to) {\n      id\n      startsAt\n      endsAt\n      purpose\n      status\n      joint\n      employerId\n      location\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;