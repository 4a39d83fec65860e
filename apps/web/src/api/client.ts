import { cacheExchange } from '@urql/exchange-graphcache';
import { relayPagination } from '@urql/exchange-graphcache/extras';
import { Client, fetchExchange, mapExchange } from 'urql';
import { currentToken, endSession } from './session';

/**
 * The GraphQL client: same origin, the session's bearer token on every request, a normalised cache (entities by
 * `id`; connections and value objects embedded in their parent). An UNAUTHENTICATED answer ends the session.
 */
export function createClient(onSignedOut: () => void): Client {
  return new Client({
    url: '/graphql',
    preferGetMethod: false,
    fetchOptions: (): RequestInit => {
      const token = currentToken();
      const headers: Record<string, string> = token ? { authorization: `Bearer ${token}` } : {};
      return { headers };
    },
    exchanges: [
      mapExchange({
        onError(error) {
          if (error.graphQLErrors.some((e) => e.extensions?.code === 'UNAUTHENTICATED')) {
            endSession();
            onSignedOut();
          }
        },
      }),
      cacheExchange({
        keys: {
          EmployerConnection: () => null,
          EmployerEdge: () => null,
          CandidateProfileConnection: () => null,
          AuditEventConnection: () => null,
          AuditEventEdge: () => null,
          CandidateProfileEdge: () => null,
          VacancyConnection: () => null,
          VacancyEdge: () => null,
          UserConnection: () => null,
          UserEdge: () => null,
          PrivacyCheck: () => null,
          NewSuggestions: () => null,
          PlanningCheck: () => null,
          VisitClash: () => null,
          EmployerMergePreview: () => null,
          ProposalStep: () => null,
          VacancySkill: () => null,
          NotificationConnection: () => null,
          NotificationEdge: () => null,
          PageInfo: () => null,
          TeamMember: () => null,
          ScoreComponent: () => null,
          Suggestion: (suggestion) => `${suggestion.vacancyId as string}:${suggestion.profileId as string}`,
          VisitParticipant: () => null,
          Organisation: (organisation) => (organisation.id as string) ?? null,
        },
        // Pages of one list (same filter) are merged into one connection as the user loads more.
        resolvers: {
          Query: {
            employers: relayPagination(),
            candidateProfiles: relayPagination(),
            auditEvents: relayPagination(),
          },
        },
        updates: {
          Mutation: {
            addFollowUp(_result, args, cache) {
              const input = args.input as { visitId: string };
              cache.invalidate({ __typename: 'Visit', id: input.visitId }, 'followUps');
            },
            createVacancy(_result, args, cache) {
              const input = args.input as { employerId: string };
              cache.invalidate({ __typename: 'Employer', id: input.employerId }, 'vacancies');
              cache.invalidate({ __typename: 'Employer', id: input.employerId }, 'timeline');
            },
            addEmployerContact(_result, args, cache) {
              const input = args.input as { employerId: string };
              cache.invalidate({ __typename: 'Employer', id: input.employerId }, 'contacts');
            },
            removeEmployerContact(_result, args, cache) {
              cache.invalidate({ __typename: 'EmployerContact', id: args.id as string });
            },
            addTeamMember(_result, args, cache) {
              const input = args.input as { employerId: string };
              cache.invalidate({ __typename: 'Employer', id: input.employerId }, 'team');
              cache.invalidate({ __typename: 'Employer', id: input.employerId }, 'timeline');
            },
            removeTeamMember(_result, args, cache) {
              cache.invalidate({ __typename: 'Employer', id: args.employerId as string }, 'team');
              cache.invalidate({ __typename: 'Employer', id: args.employerId as string }, 'timeline');
            },
            mergeEmployers(_result, args, cache) {
              // Everything of the merged account moved: both, and every list that showed them, are read anew.
              cache.invalidate({ __typename: 'Employer', id: args.keepId as string });
              cache.invalidate({ __typename: 'Employer', id: args.mergeId as string });
              cache.invalidate('Query', 'possibleDuplicates', { employerId: args.keepId as string });
            },
            addEmployerNote(_result, args, cache) {
              const input = args.input as { employerId: string };
              cache.invalidate({ __typename: 'Employer', id: input.employerId }, 'timeline');
            },
          },
        },
      }),
      fetchExchange,
    ],
  });
}
