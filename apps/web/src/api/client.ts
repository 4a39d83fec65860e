import { Cache, cacheExchange } from '@urql/exchange-graphcache';
import { relayPagination } from '@urql/exchange-graphcache/extras';
import { createClient as createSocketClient } from 'graphql-ws';
import { Client, fetchExchange, mapExchange, subscriptionExchange } from 'urql';
import { currentToken, endSession } from './session';

/** Subscriptions over a WebSocket to the same origin (graphql-transport-ws), opened while one is active. */
function socketExchange() {
  const url = `${window.location.protocol === 'https:' ? 'wss' : 'ws'}://${window.location.host}/graphql`;
  const socket = createSocketClient({
    url,
    lazy: true,
    // The token as it is when (re)connecting: a renewed one after a long session.
    connectionParams: () => ({ authorization: `Bearer ${currentToken() ?? ''}` }),
    retryAttempts: Infinity,
    shouldRetry: () => true,
  });
  return subscriptionExchange({
    forwardSubscription(request) {
      const input = { ...request, query: request.query ?? '' };
      return { subscribe: (sink) => ({ unsubscribe: socket.subscribe(input, sink) }) };
    },
  });
}

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
          VisitConnection: () => null,
          VisitEdge: () => null,
          FollowUpConnection: () => null,
          FollowUpEdge: () => null,
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
          NotificationPreference: () => null,
          DevMailboxMessage: (message) => (message.id as string) ?? null,
          MailProblem: () => null,
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
            followUps: relayPagination(),
          },
        },
        updates: {
          Subscription: {
            // A new notification: every list of them, and the bell's count, is read again.
            notificationAdded(_result, _args, cache) {
              invalidateNotifications(cache);
            },
          },
          Mutation: {
            markNotificationRead(_result, _args, cache) {
              invalidateNotifications(cache);
            },
            markAllNotificationsRead(_result, _args, cache) {
              invalidateNotifications(cache);
            },
            setNotificationPreference(_result, _args, cache) {
              cache.invalidate('Query', 'notificationPreferences');
            },
            addFollowUp(_result, args, cache) {
              const input = args.input as { visitId: string };
              cache.invalidate({ __typename: 'Visit', id: input.visitId }, 'followUps');
              invalidateQueryField(cache, 'followUps');
            },
            completeFollowUp(_result, _args, cache) {
              invalidateQueryField(cache, 'followUps'); // an open list loses it
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
      socketExchange(),
    ],
  });
}

/** Drops every cached `notifications(...)` list and the unread count, so the screens showing them ask again. */
function invalidateNotifications(cache: Cache): void {
  for (const field of cache.inspectFields('Query')) {
    if (field.fieldName === 'notifications' || field.fieldName === 'unreadNotificationCount') {
      cache.invalidate('Query', field.fieldName, field.arguments ?? undefined);
    }
  }
}

/** Every page of a top-level list, whatever its arguments (the next read fetches it again). */
function invalidateQueryField(cache: Cache, fieldName: string): void {
  for (const field of cache.inspectFields('Query')) {
    if (field.fieldName === fieldName) cache.invalidate('Query', field.fieldName, field.arguments ?? undefined);
  }
}
