import { Heading1, Heading2, Paragraph, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import { useMemo, useState } from 'react';
import { Link as RouterLink } from 'react-router';
import { useQuery } from 'urql';
import { graphql } from '../gql';
import { useI18n } from '../i18n/i18n';
import { LoadMore } from '../layout/list-controls';
import { QueryState } from '../layout/query-state';
import { usePageTitle } from '../layout/shell';

const TODAY = graphql(`
  query Today($from: DateTime!, $to: DateTime!) {
    me {
      id
      displayName
    }
    myAgenda(from: $from, to: $to, first: 200) {
      edges {
        node {
          id
          startsAt
          endsAt
          purpose
          joint
          status
          employerId
          location
        }
      }
    }
    notifications(unreadOnly: true, first: 5) {
      totalCount
      edges {
        node {
          id
          message
          createdAt
        }
      }
    }
  }
`);

const FOLLOW_UPS = graphql(`
  query TodayFollowUps($after: String) {
    followUps(open: true, first: 20, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          title
          dueOn
          visitId
        }
      }
    }
  }
`);

const NEW_SUGGESTIONS = graphql(`
  query TodaySuggestions {
    newSuggestions(days: 7) {
      vacancyId
      vacancyTitle
      count
      bestScore
    }
  }
`);

/** The account manager's start of the day: this week's visits, open follow-ups, new candidates, unread notifications. */
export function TodayPage() {
  const i18n = useI18n();
  const { t } = i18n;
  usePageTitle(t('today.title'));
  const week = useMemo(() => {
    const from = new Date();
    from.setHours(0, 0, 0, 0);
    const to = new Date(from.getTime() + 7 * 86_400_000);
    return { from: from.toISOString(), to: to.toISOString() };
  }, []);
  const [{ data, fetching, error }, refetch] = useQuery({
    query: TODAY,
    variables: week,
    requestPolicy: 'cache-and-network',
  });
  // Apart: only the employer side has vacancies to be suggested for; for others this section stays away.
  const [suggestions] = useQuery({ query: NEW_SUGGESTIONS, requestPolicy: 'cache-and-network' });

  return (
    <>
      <Heading1>{data ? t('today.greeting', { name: data.me.displayName }) : t('today.title')}</Heading1>
      <QueryState fetching={fetching && !data} error={error} retry={() => refetch({ requestPolicy: 'network-only' })} />
      {data && (
        <div className="wsp-columns">
          <section aria-labelledby="vandaag-bezoeken">
            <Heading2 id="vandaag-bezoeken">{t('today.visits')}</Heading2>
            {data.myAgenda.edges.length === 0 ? (
              <Paragraph>{t('today.noVisits')}</Paragraph>
            ) : (
              <UnorderedList>
                {data.myAgenda.edges.map(({ node: visit }) => (
                  <UnorderedListItem key={visit.id}>
                    <time dateTime={visit.startsAt}>{i18n.dateTime(visit.startsAt)}</time>:{' '}
                    <RouterLink to={`/bezoeken/${visit.id}`}>{visit.purpose}</RouterLink>
                    {visit.joint && <span className="wsp-muted"> ({t('today.joint')})</span>}{' '}
                    <RouterLink to={`/werkgevers/${visit.employerId}`}>{t('today.viewEmployer')}</RouterLink>
                  </UnorderedListItem>
                ))}
              </UnorderedList>
            )}
          </section>
          <FollowUps />
          {suggestions.data && (
            <section aria-labelledby="vandaag-kandidaten">
              <Heading2 id="vandaag-kandidaten">{t('today.suggestions')}</Heading2>
              {suggestions.data.newSuggestions.length === 0 ? (
                <Paragraph>{t('today.noSuggestions')}</Paragraph>
              ) : (
                <UnorderedList>
                  {suggestions.data.newSuggestions.map((entry) => (
                    <UnorderedListItem key={entry.vacancyId}>
                      <RouterLink to={`/vacatures/${entry.vacancyId}`}>{entry.vacancyTitle}</RouterLink>:{' '}
                      {t('today.newCandidates', { count: entry.count, score: entry.bestScore })}
                    </UnorderedListItem>
                  ))}
                </UnorderedList>
              )}
            </section>
          )}
          <section aria-labelledby="vandaag-meldingen">
            <Heading2 id="vandaag-meldingen">
              {t('today.notifications')} ({i18n.number(data.notifications.totalCount)})
            </Heading2>
            {data.notifications.totalCount === 0 ? (
              <Paragraph>{t('today.noNotifications')}</Paragraph>
            ) : (
              <UnorderedList>
                {data.notifications.edges.map(({ node }) => (
                  <UnorderedListItem key={node.id}>
                    {node.message} <span className="wsp-muted">({i18n.dateTime(node.createdAt)})</span>
                  </UnorderedListItem>
                ))}
              </UnorderedList>
            )}
          </section>
        </div>
      )}
    </>
  );
}

/** My open follow-ups, the soonest due first, twenty at a time. */
function FollowUps() {
  const i18n = useI18n();
  const { t } = i18n;
  const [after, setAfter] = useState<string | null>(null);
  const [{ data, fetching, error }, refetch] = useQuery({
    query: FOLLOW_UPS,
    variables: { after },
    requestPolicy: 'cache-and-network',
  });
  const followUps = data?.followUps;
  return (
    <section aria-labelledby="vandaag-acties">
      <Heading2 id="vandaag-acties">
        {t('today.followUps')}
        {followUps && followUps.totalCount > 0 && ` (${i18n.number(followUps.totalCount)})`}
      </Heading2>
      <QueryState fetching={fetching && !data} error={error} retry={() => refetch({ requestPolicy: 'network-only' })} />
      {followUps &&
        (followUps.edges.length === 0 ? (
          <Paragraph>{t('today.noFollowUps')}</Paragraph>
        ) : (
          <UnorderedList>
            {followUps.edges.map(({ node: followUp }) => (
              <UnorderedListItem key={followUp.id}>
                <RouterLink to={`/bezoeken/${followUp.visitId}`}>{followUp.title}</RouterLink>
                {followUp.dueOn && (
                  <span className="wsp-muted"> ({t('today.due', { date: i18n.date(followUp.dueOn) })})</span>
                )}
              </UnorderedListItem>
            ))}
          </UnorderedList>
        ))}
      <LoadMore pageInfo={followUps?.pageInfo} fetching={fetching} onLoad={setAfter} />
    </section>
  );
}
