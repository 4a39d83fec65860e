import { Heading1, Heading2, Paragraph, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import { useMemo } from 'react';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { graphql } from '../gql';
import type { AgendaQuery } from '../gql/graphql';
import { useI18n } from '../i18n/i18n';
import type { MessageKey } from '../i18n/nl';
import { QueryState } from '../layout/query-state';
import { usePageTitle } from '../layout/shell';

const AGENDA = graphql(`
  query Agenda($from: DateTime!, $to: DateTime!) {
    myAgenda(from: $from, to: $to) {
      id
      startsAt
      endsAt
      purpose
      status
      joint
      employerId
      location
    }
  }
`);

const DAY = 86_400_000;

/** My visits: the coming four weeks, then the past month; planning starts from the employer. */
export function VisitsPage() {
  const i18n = useI18n();
  const { t } = i18n;
  usePageTitle(t('visits.title'));
  const range = useMemo(() => {
    const now = Date.now();
    return { now, from: new Date(now - 30 * DAY).toISOString(), to: new Date(now + 28 * DAY).toISOString() };
  }, []);
  const [{ data, fetching, error }, refetch] = useQuery({
    query: AGENDA,
    variables: { from: range.from, to: range.to },
  });
  const visits = data?.myAgenda ?? [];
  const coming = visits.filter((visit) => Date.parse(visit.endsAt) >= range.now);
  const past = visits.filter((visit) => Date.parse(visit.endsAt) < range.now).reverse();

  return (
    <>
      <Heading1>{t('visits.title')}</Heading1>
      <Paragraph>{t('visits.planHint')}</Paragraph>
      <QueryState fetching={fetching && !data} error={error} retry={() => refetch({ requestPolicy: 'network-only' })} />
      {data && (
        <>
          <Heading2>{t('visits.coming')}</Heading2>
          <VisitList visits={coming} empty={t('visits.noneComing')} />
          <Heading2>{t('visits.past')}</Heading2>
          <VisitList visits={past} empty={t('visits.nonePast')} />
        </>
      )}
    </>
  );
}

function VisitList({ visits: list, empty }: { visits: AgendaQuery['myAgenda']; empty: string }) {
  const i18n = useI18n();
  const { t } = i18n;
  if (list.length === 0) return <Paragraph>{empty}</Paragraph>;
  return (
    <UnorderedList>
      {list.map((visit) => (
        <UnorderedListItem key={visit.id}>
          <time dateTime={visit.startsAt}>{i18n.dateTime(visit.startsAt)}</time>–{i18n.time(visit.endsAt)}:{' '}
          <Link to={`/bezoeken/${visit.id}`}>{visit.purpose}</Link>{' '}
          <span className="wsp-muted">
            ({t(`visitStatus.${visit.status}` as MessageKey)}
            {visit.joint ? `, ${t('today.joint')}` : ''})
          </span>{' '}
          <Link to={`/werkgevers/${visit.employerId}`}>{t('today.viewEmployer')}</Link>
        </UnorderedListItem>
      ))}
    </UnorderedList>
  );
}
