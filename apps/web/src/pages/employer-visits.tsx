import { Heading2, Heading3, Paragraph, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import { useMemo } from 'react';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { graphql } from '../gql';
import type { EmployerVisitsQuery } from '../gql/graphql';
import { useI18n } from '../i18n/i18n';
import { PartOfList } from '../layout/list-controls';
import type { MessageKey } from '../i18n/nl';

const VISITS = graphql(`
  query EmployerVisits($filter: VisitFilter!) {
    visits(filter: $filter, first: 200) {
      totalCount
      edges {
        node {
          id
          startsAt
          purpose
          status
          joint
          participants {
            userId
            isLead
            user {
              id
              displayName
            }
          }
        }
      }
    }
  }
`);

const DAY = 86_400_000;

/** The employer's visits by every partner: the coming three months, and the nine before (newest first). */
export function EmployerVisits({ employerId }: { employerId: string }) {
  const { t } = useI18n();
  const range = useMemo(() => {
    const now = Date.now();
    return { now, from: new Date(now - 275 * DAY).toISOString(), to: new Date(now + 90 * DAY).toISOString() };
  }, []);
  const [{ data }] = useQuery({
    query: VISITS,
    variables: { filter: { employerId, from: range.from, to: range.to } },
  });
  const visits = data?.visits.edges.map(({ node }) => node) ?? [];
  const coming = visits.filter((visit) => Date.parse(visit.startsAt) >= range.now);
  const past = visits.filter((visit) => Date.parse(visit.startsAt) < range.now).reverse();

  return (
    <section aria-labelledby="werkgever-bezoeken">
      <Heading2 id="werkgever-bezoeken">{t('employer.visits')}</Heading2>
      {data && <PartOfList shown={visits.length} total={data.visits.totalCount} />}
      <Heading3>{t('employer.visitsComing')}</Heading3>
      <VisitItems visits={coming} empty={t('employer.noVisitsComing')} />
      <Heading3>{t('employer.visitsPast')}</Heading3>
      <VisitItems visits={past} empty={t('employer.noVisitsPast')} />
    </section>
  );
}

function VisitItems({
  visits,
  empty,
}: {
  visits: EmployerVisitsQuery['visits']['edges'][number]['node'][];
  empty: string;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  if (visits.length === 0) return <Paragraph>{empty}</Paragraph>;
  return (
    <UnorderedList>
      {visits.map((visit) => (
        <UnorderedListItem key={visit.id}>
          <time dateTime={visit.startsAt}>{i18n.dateTime(visit.startsAt)}</time>:{' '}
          <Link to={`/bezoeken/${visit.id}`}>{visit.purpose}</Link>{' '}
          <span className="wsp-muted">
            ({t(`visitStatus.${visit.status}` as MessageKey)}
            {visit.joint ? `, ${t('today.joint')}` : ''};{' '}
            {visit.participants.map((participant) => participant.user.displayName).join(', ')})
          </span>
        </UnorderedListItem>
      ))}
    </UnorderedList>
  );
}
