import {
  Heading1,
  Heading2,
  Heading3,
  Paragraph,
  UnorderedList,
  UnorderedListItem,
} from '@utrecht/component-library-react';
import { useMemo } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { graphql } from '../gql';
import type { AgendaQuery } from '../gql/graphql';
import { addDays, amsterdamDate, amsterdamInstant, mondayOf } from '../i18n/amsterdam-time';
import { useI18n } from '../i18n/i18n';
import type { MessageKey } from '../i18n/nl';
import { PartOfList } from '../layout/list-controls';
import { QueryState } from '../layout/query-state';
import { usePageTitle } from '../layout/shell';

const AGENDA = graphql(`
  query Agenda($from: DateTime!, $to: DateTime!) {
    myAgenda(from: $from, to: $to, first: 200) {
      totalCount
      edges {
        node {
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
    }
  }
`);

const DAY = 86_400_000;

type AgendaVisit = AgendaQuery['myAgenda']['edges'][number]['node'];

/**
 * My visits as a week (Monday to Sunday in Amsterdam time, a week back or on by link) or as a list (the coming four
 * weeks, then the past month). The choice is in the address (`?weergave=week&week=2026-12-07`), so it can be shared.
 */
export function VisitsPage() {
  const { t } = useI18n();
  usePageTitle(t('visits.title'));
  const [params] = useSearchParams();
  const view = params.get('weergave') === 'lijst' ? 'list' : 'week';

  return (
    <>
      <Heading1>{t('visits.title')}</Heading1>
      <Paragraph>{t('visits.planHint')}</Paragraph>
      <nav aria-label={t('visits.views')} className="wsp-actions">
        {view === 'week' ? (
          <>
            <strong aria-current="page">{t('visits.weekView')}</strong>
            <Link to="?weergave=lijst">{t('visits.listView')}</Link>
          </>
        ) : (
          <>
            <Link to="?weergave=week">{t('visits.weekView')}</Link>
            <strong aria-current="page">{t('visits.listView')}</strong>
          </>
        )}
      </nav>
      {view === 'week' ? <WeekView monday={mondayOf(params.get('week') ?? amsterdamDate(Date.now()))} /> : <ListView />}
    </>
  );
}

function WeekView({ monday }: { monday: string }) {
  const i18n = useI18n();
  const { t } = i18n;
  const days = Array.from({ length: 7 }, (_, index) => addDays(monday, index));
  const variables = useMemo(
    () => ({ from: amsterdamInstant(monday, '00:00'), to: amsterdamInstant(addDays(monday, 7), '00:00') }),
    [monday],
  );
  const [{ data, fetching, error }, refetch] = useQuery({ query: AGENDA, variables });
  const today = amsterdamDate(Date.now());

  return (
    <section aria-labelledby="week-titel">
      <Heading2 id="week-titel">
        {t('visits.week', { from: i18n.day(monday), to: i18n.day(addDays(monday, 6)) })}
      </Heading2>
      <div className="wsp-actions">
        <Link to={`?weergave=week&week=${addDays(monday, -7)}`}>{t('visits.previousWeek')}</Link>
        <Link to={`?weergave=week&week=${mondayOf(today)}`}>{t('visits.thisWeek')}</Link>
        <Link to={`?weergave=week&week=${addDays(monday, 7)}`}>{t('visits.nextWeek')}</Link>
      </div>
      <QueryState fetching={fetching && !data} error={error} retry={() => refetch({ requestPolicy: 'network-only' })} />
      {data && <PartOfList shown={data.myAgenda.edges.length} total={data.myAgenda.totalCount} />}
      {data && (
        <div className="wsp-week">
          {days.map((day) => {
            const visits = data.myAgenda.edges
              .map(({ node }) => node)
              .filter((visit) => amsterdamDate(visit.startsAt) === day);
            return (
              <section key={day} aria-labelledby={`dag-${day}`} className="wsp-day">
                <Heading3 id={`dag-${day}`}>
                  {i18n.day(day)}
                  {day === today && <> ({t('visits.today')})</>}
                </Heading3>
                {visits.length === 0 ? (
                  <Paragraph className="wsp-muted">{t('visits.freeDay')}</Paragraph>
                ) : (
                  <ul className="wsp-plain-list">
                    {visits.map((visit) => (
                      <li key={visit.id}>
                        <VisitLine visit={visit} />
                      </li>
                    ))}
                  </ul>
                )}
              </section>
            );
          })}
        </div>
      )}
    </section>
  );
}

function ListView() {
  const { t } = useI18n();
  const range = useMemo(() => {
    const now = Date.now();
    return { now, from: new Date(now - 30 * DAY).toISOString(), to: new Date(now + 28 * DAY).toISOString() };
  }, []);
  const [{ data, fetching, error }, refetch] = useQuery({
    query: AGENDA,
    variables: { from: range.from, to: range.to },
  });
  const visits = data?.myAgenda.edges.map(({ node }) => node) ?? [];
  const coming = visits.filter((visit) => Date.parse(visit.endsAt) >= range.now);
  const past = visits.filter((visit) => Date.parse(visit.endsAt) < range.now).reverse();
  return (
    <>
      <QueryState fetching={fetching && !data} error={error} retry={() => refetch({ requestPolicy: 'network-only' })} />
      {data && (
        <>
          <PartOfList shown={data.myAgenda.edges.length} total={data.myAgenda.totalCount} />
          <Heading2>{t('visits.coming')}</Heading2>
          <VisitList visits={coming} empty={t('visits.noneComing')} />
          <Heading2>{t('visits.past')}</Heading2>
          <VisitList visits={past} empty={t('visits.nonePast')} />
        </>
      )}
    </>
  );
}

function VisitList({ visits: list, empty }: { visits: AgendaVisit[]; empty: string }) {
  const i18n = useI18n();
  if (list.length === 0) return <Paragraph>{empty}</Paragraph>;
  return (
    <UnorderedList>
      {list.map((visit) => (
        <UnorderedListItem key={visit.id}>
          <time dateTime={visit.startsAt}>{i18n.day(amsterdamDate(visit.startsAt))}</time>: <VisitLine visit={visit} />
        </UnorderedListItem>
      ))}
    </UnorderedList>
  );
}

function VisitLine({ visit }: { visit: AgendaVisit }) {
  const i18n = useI18n();
  const { t } = i18n;
  return (
    <>
      <span className="wsp-muted">
        {i18n.time(visit.startsAt)}–{i18n.time(visit.endsAt)}
      </span>{' '}
      <Link to={`/bezoeken/${visit.id}`}>{visit.purpose}</Link>{' '}
      <span className="wsp-muted">
        ({t(`visitStatus.${visit.status}` as MessageKey)}
        {visit.joint ? `, ${t('today.joint')}` : ''})
      </span>{' '}
      <Link to={`/werkgevers/${visit.employerId}`}>{t('today.viewEmployer')}</Link>
    </>
  );
}
