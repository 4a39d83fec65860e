import * as Plot from '@observablehq/plot';
import {
  Button,
  FormField,
  FormLabel,
  Heading1,
  Heading2,
  Paragraph,
  Select,
  SelectOption,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Textbox,
} from '@utrecht/component-library-react';
import { ReactNode, useMemo } from 'react';
import { useQuery } from 'urql';
import { useMe } from '../api/me';
import { graphql } from '../gql';
import type { DashboardQuery, MaxWwCohortGrouping } from '../gql/graphql';
import { amsterdamDate } from '../i18n/amsterdam-time';
import { useI18n } from '../i18n/i18n';
import type { MessageKey } from '../i18n/nl';
import { useFilterParams } from '../layout/list-controls';
import { PlotChart } from '../layout/plot-chart';
import { QueryState } from '../layout/query-state';
import { ScrollRegion } from '../layout/scroll-region';
import { usePageTitle } from '../layout/shell';

const DASHBOARD = graphql(`
  query Dashboard(
    $period: ReportPeriodInput!
    $byMonth: PlacementReportInput!
    $byOrganisation: PlacementReportInput!
    $regionCode: String!
  ) {
    byMonth: placementReport(input: $byMonth) {
      suppressionThreshold
      csv
      total {
        display
      }
      rows {
        keys {
          dimension
          label
          value
        }
        placements {
          display
          value
          suppressed
        }
      }
    }
    byOrganisation: placementReport(input: $byOrganisation) {
      csv
      rows {
        keys {
          label
          value
        }
        placements {
          display
          value
        }
      }
    }
    funnelReport(input: $period) {
      csv
      rows {
        label
        level
        suggested {
          display
        }
        interest {
          display
        }
        proposed {
          display
        }
        introduced {
          display
        }
        interview {
          display
        }
        placed {
          display
        }
        medianDaysToFill {
          display
        }
        conversions {
          from
          to
          rate {
            display
          }
        }
      }
    }
    visitReport(input: $period) {
      csv
      rows {
        label
        level
        visits {
          display
        }
        jointVisits {
          display
        }
        jointShare {
          display
        }
        employersReached {
          display
        }
        vacanciesAfterVisit {
          display
        }
        placementsAfterVisit {
          display
        }
      }
    }
    maxWwReport(input: $period) {
      csv
      rows {
        label
        level
        candidates {
          display
        }
        placed {
          display
        }
        placedBeforeWwEnd {
          display
        }
        placedAfterWwEnd {
          display
        }
        shareBeforeWwEnd {
          display
        }
      }
    }
    profileQualityReport(input: { regionCode: $regionCode }) {
      csv
      rows {
        label
        level
        activeProfiles {
          display
        }
        complete {
          display
        }
        shareComplete {
          display
        }
        availableNow {
          display
        }
        updatedLast90Days {
          display
        }
        expiringWithin30Days {
          display
        }
      }
    }
  }
`);

type Dashboard = DashboardQuery;

graphql(`
  fragment MaxWwCohortFigures on MaxWwCohortFigures {
    cohort {
      display
    }
    outcomes {
      outcome
      count {
        display
      }
    }
    leftPoolReasons {
      reason
      count {
        display
      }
    }
    medianWeeksToWork {
      display
    }
  }
`);

const MAX_WW_COHORTS = graphql(`
  query MaxWwCohorts($cohorts: MaxWwCohortReportInput!, $warning: MaxWwEarlyWarningInput!) {
    maxWwCohortReport(input: $cohorts) {
      asOf
      csv
      rows {
        key
        label
        ...MaxWwCohortFigures
      }
      total {
        ...MaxWwCohortFigures
      }
    }
    maxWwEarlyWarning(input: $warning) {
      csv
      rows {
        label
        level
        endingNextMonth {
          display
        }
        endingInTwoMonths {
          display
        }
        endingInThreeMonths {
          display
        }
        endingWithinThreeMonths {
          display
        }
      }
    }
  }
`);

const COHORT_GROUPINGS: MaxWwCohortGrouping[] = ['ENTRY_MONTH', 'WW_END_MONTH', 'ORGANISATION', 'POOL'];

const REGIONS = graphql(`
  query DashboardRegions {
    regions {
      code
      name
    }
  }
`);

/** The month (YYYY-MM) `months` after the first month of the current quarter (negative: before). */
function quarterMonth(months: number): string {
  const day = new Date(`${amsterdamDate(Date.now())}T12:00:00Z`);
  day.setUTCDate(1);
  day.setUTCMonth(day.getUTCMonth() - (day.getUTCMonth() % 3) + months);
  return day.toISOString().slice(0, 7);
}

/** The last day of a month (YYYY-MM), ISO. */
function lastDay(month: string): string {
  const [year, number] = month.split('-').map(Number);
  return new Date(Date.UTC(year, number, 0)).toISOString().slice(0, 10);
}

/**
 * The regional director's view of a region and period: placements over time by pool and by organisation, the
 * funnel, joint visits, Max-WW and profile quality. Every chart has the table with its figures beside it; small
 * numbers read "<5" (so nobody can be recognised); each report downloads as a CSV file; the page prints on A4
 * landscape. The period is in the address, so a view can be shared.
 */
export function DashboardPage() {
  const i18n = useI18n();
  const { t } = i18n;
  usePageTitle(t('dashboard.title'));
  const { me } = useMe();
  const [params, update] = useFilterParams();
  // By default the last four whole quarters: a quarter still running would show small (suppressed) counts.
  const from = params.get('van') ?? quarterMonth(-12);
  const to = params.get('tot') ?? quarterMonth(-1);
  const regionCode = params.get('regio') ?? me?.organisation.regionCodes[0] ?? '';
  const [regions] = useQuery({ query: REGIONS });
  const myRegions = (regions.data?.regions ?? []).filter((region) =>
    me?.organisation.regionCodes.includes(region.code),
  );
  const variables = useMemo(() => {
    const period = { regionCode, from: `${from}-01`, to: lastDay(to) };
    return {
      period,
      regionCode,
      // Quarters: per month and pool most counts in a region would be too small to show.
      byMonth: { ...period, groupBy: ['QUARTER' as const, 'POOL' as const] },
      byOrganisation: { ...period, groupBy: ['ORGANISATION' as const] },
    };
  }, [regionCode, from, to]);
  const [{ data, fetching, error }, refetch] = useQuery({
    query: DASHBOARD,
    variables,
    pause: !regionCode || from > to,
  });
  // A month input is empty while it is being typed: only a whole month changes the period.
  const setMonth = (key: 'van' | 'tot', value: string) => {
    if (/^\d{4}-\d{2}$/.test(value)) update(key, value);
  };

  return (
    <>
      <Heading1>{t('dashboard.title')}</Heading1>
      <form
        className="wsp-filters wsp-no-print"
        aria-label={t('dashboard.period')}
        onSubmit={(e) => e.preventDefault()}
      >
        {myRegions.length > 1 && (
          <FormField>
            <FormLabel htmlFor="periode-regio">{t('dashboard.region')}</FormLabel>
            <Select id="periode-regio" value={regionCode} onChange={(event) => update('regio', event.target.value)}>
              {myRegions.map((region) => (
                <SelectOption key={region.code} value={region.code}>
                  {region.name}
                </SelectOption>
              ))}
            </Select>
          </FormField>
        )}
        <FormField>
          <FormLabel htmlFor="periode-van">{t('dashboard.from')}</FormLabel>
          <Textbox
            id="periode-van"
            type="month"
            value={from}
            onChange={(event) => setMonth('van', event.target.value)}
          />
        </FormField>
        <FormField>
          <FormLabel htmlFor="periode-tot">{t('dashboard.to')}</FormLabel>
          <Textbox id="periode-tot" type="month" value={to} onChange={(event) => setMonth('tot', event.target.value)} />
        </FormField>
        <Button appearance="secondary-action-button" onClick={() => window.print()}>
          {t('dashboard.print')}
        </Button>
      </form>
      <Paragraph>
        {t('dashboard.periodShown', { from: i18n.date(`${from}-01`), to: i18n.date(lastDay(to)) })}
        {data && <> {t('dashboard.suppression', { threshold: data.byMonth.suppressionThreshold })}</>}
      </Paragraph>
      {from > to && <Paragraph className="wsp-error">{t('dashboard.badPeriod')}</Paragraph>}
      <QueryState fetching={fetching && !data} error={error} retry={() => refetch({ requestPolicy: 'network-only' })} />
      {data && (
        <>
          <Placements data={data} />
          <Report id="trechter" title={t('dashboard.funnel')} csv={data.funnelReport.csv} file="trechter">
            <FiguresTable
              label={t('dashboard.funnel')}
              columns={[
                t('dashboard.col.suggested'),
                t('dashboard.col.interest'),
                t('dashboard.col.proposed'),
                t('dashboard.col.introduced'),
                t('dashboard.col.interview'),
                t('dashboard.col.placed'),
                ...conversionPairs(data).map(([from, to]) =>
                  t('dashboard.col.conversion', {
                    from: t(`funnelStage.${from}` as MessageKey),
                    to: t(`funnelStage.${to}` as MessageKey),
                  }),
                ),
                t('dashboard.col.medianDays'),
              ]}
              rows={data.funnelReport.rows.map((row) => [
                row.label,
                row.suggested.display,
                row.interest.display,
                row.proposed.display,
                row.introduced.display,
                row.interview.display,
                row.placed.display,
                ...conversionPairs(data).map(
                  ([from, to]) => row.conversions.find((c) => c.from === from && c.to === to)?.rate.display ?? '',
                ),
                row.medianDaysToFill.display,
              ])}
            />
          </Report>
          <Report id="bezoeken" title={t('dashboard.visits')} csv={data.visitReport.csv} file="gezamenlijke-bezoeken">
            <FiguresTable
              label={t('dashboard.visits')}
              columns={[
                t('dashboard.col.visits'),
                t('dashboard.col.jointVisits'),
                t('dashboard.col.jointShare'),
                t('dashboard.col.employersReached'),
                t('dashboard.col.vacanciesAfter'),
                t('dashboard.col.placementsAfter'),
              ]}
              rows={data.visitReport.rows.map((row) => [
                row.label,
                row.visits.display,
                row.jointVisits.display,
                row.jointShare.display,
                row.employersReached.display,
                row.vacanciesAfterVisit.display,
                row.placementsAfterVisit.display,
              ])}
            />
          </Report>
          <Report id="max-ww" title={t('dashboard.maxWw')} csv={data.maxWwReport.csv} file="max-ww">
            <FiguresTable
              label={t('dashboard.maxWw')}
              columns={[
                t('dashboard.col.candidates'),
                t('dashboard.col.placed'),
                t('dashboard.col.beforeWwEnd'),
                t('dashboard.col.afterWwEnd'),
                t('dashboard.col.shareBefore'),
              ]}
              rows={data.maxWwReport.rows.map((row) => [
                row.label,
                row.candidates.display,
                row.placed.display,
                row.placedBeforeWwEnd.display,
                row.placedAfterWwEnd.display,
                row.shareBeforeWwEnd.display,
              ])}
            />
          </Report>
          <MaxWwCohorts
            regionCode={regionCode}
            from={`${from}-01`}
            to={lastDay(to)}
            groupBy={(params.get('cohort') as MaxWwCohortGrouping | null) ?? 'ENTRY_MONTH'}
            onGroupBy={(groupBy) => update('cohort', groupBy)}
          />
          <Report
            id="profielen"
            title={t('dashboard.quality')}
            csv={data.profileQualityReport.csv}
            file="kwaliteit-profielen"
          >
            <FiguresTable
              label={t('dashboard.quality')}
              columns={[
                t('dashboard.col.active'),
                t('dashboard.col.complete'),
                t('dashboard.col.shareComplete'),
                t('dashboard.col.availableNow'),
                t('dashboard.col.updated90'),
                t('dashboard.col.expiring30'),
              ]}
              rows={data.profileQualityReport.rows.map((row) => [
                row.label,
                row.activeProfiles.display,
                row.complete.display,
                row.shareComplete.display,
                row.availableNow.display,
                row.updatedLast90Days.display,
                row.expiringWithin30Days.display,
              ])}
            />
          </Report>
        </>
      )}
    </>
  );
}

/** Placements over time, by pool (a chart and its table), and by organisation. */
function Placements({ data }: { data: Dashboard }) {
  const { t } = useI18n();
  const months = [...new Set(data.byMonth.rows.map((row) => row.keys[0].label))];
  const pools = [...new Set(data.byMonth.rows.map((row) => row.keys[1].label))];
  const cell = (month: string, pool: string) =>
    data.byMonth.rows.find((row) => row.keys[0].label === month && row.keys[1].label === pool)?.placements;
  const options = useMemo<Plot.PlotOptions>(
    () => ({
      width: 900,
      height: 280,
      marginLeft: 48,
      x: { label: null, domain: months },
      y: { label: t('dashboard.placements'), grid: true },
      color: { domain: pools, range: ['#0b4f8a', '#c75300'] },
      marks: [
        // Suppressed cells carry no number: they are left out of the chart and read "<5" in the table.
        Plot.barY(
          data.byMonth.rows.filter((row) => row.placements.value != null),
          { x: (row) => row.keys[0].label, y: (row) => row.placements.value, fill: (row) => row.keys[1].label },
        ),
        Plot.axisY({ tickFormat: 'd' }),
        Plot.ruleY([0]),
      ],
    }),
    [data, months.join(), pools.join(), t],
  );
  return (
    <Report
      id="plaatsingen"
      title={t('dashboard.placementsTitle')}
      csv={data.byMonth.csv}
      file="plaatsingen-per-kwartaal"
    >
      <Paragraph>
        {t('dashboard.placementsTotal', { total: data.byMonth.total.display })}{' '}
        {pools.map((pool, index) => (
          <span key={pool} className="wsp-legend">
            <span className={`wsp-legend__swatch wsp-legend__swatch--${index}`} aria-hidden="true" /> {pool}
          </span>
        ))}
      </Paragraph>
      <PlotChart options={options} label={t('dashboard.placementsChart')} />
      <FiguresTable
        label={t('dashboard.placementsTitle')}
        columns={pools}
        rows={months.map((month) => [month, ...pools.map((pool) => cell(month, pool)?.display ?? '0')])}
        firstColumn={t('dashboard.month')}
      />
      <Heading2>{t('dashboard.byOrganisation')}</Heading2>
      <FiguresTable
        label={t('dashboard.byOrganisation')}
        columns={[t('dashboard.placements')]}
        rows={data.byOrganisation.rows.map((row) => [row.keys[0].label, row.placements.display])}
        firstColumn={t('dashboard.organisation')}
      />
      <CsvDownload
        csv={data.byOrganisation.csv}
        file="plaatsingen-per-organisatie"
        label={t('dashboard.byOrganisation')}
      />
    </Report>
  );
}

/**
 * Every Max-WW candidate who entered the pool in the period, under one outcome of today, and the early warning of
 * WW ending without work. The period is the dashboard's; the grouping is in the address like the period.
 */
function MaxWwCohorts({
  regionCode,
  from,
  to,
  groupBy,
  onGroupBy,
}: {
  regionCode: string;
  from: string;
  to: string;
  groupBy: MaxWwCohortGrouping;
  onGroupBy: (groupBy: MaxWwCohortGrouping) => void;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  const variables = useMemo(
    () => ({ cohorts: { regionCode, from, to, groupBy }, warning: { regionCode } }),
    [regionCode, from, to, groupBy],
  );
  const [{ data, fetching, error }, refetch] = useQuery({ query: MAX_WW_COHORTS, variables });
  if (!data) {
    return <QueryState fetching={fetching} error={error} retry={() => refetch({ requestPolicy: 'network-only' })} />;
  }
  const { maxWwCohortReport: cohorts, maxWwEarlyWarning: warning } = data;
  const lines = [
    ...cohorts.rows.map((row) => ({ label: row.label, figures: row })),
    { label: t('dashboard.cohortsTotal'), figures: cohorts.total },
  ];
  const outcomes = cohorts.total.outcomes.map((o) => o.outcome);
  const reasons = cohorts.total.leftPoolReasons.map((r) => r.reason);
  return (
    <>
      <Report id="max-ww-cohorten" title={t('dashboard.cohorts')} csv={cohorts.csv} file="max-ww-cohorten">
        <Paragraph>{t('dashboard.cohortsIntro', { date: i18n.date(cohorts.asOf) })}</Paragraph>
        <FormField className="wsp-no-print">
          <FormLabel htmlFor="cohort-indeling">{t('dashboard.cohortsGroupBy')}</FormLabel>
          <Select
            id="cohort-indeling"
            value={groupBy}
            onChange={(event) => onGroupBy(event.target.value as MaxWwCohortGrouping)}
          >
            {COHORT_GROUPINGS.map((grouping) => (
              <SelectOption key={grouping} value={grouping}>
                {t(`maxWwGrouping.${grouping}` as MessageKey)}
              </SelectOption>
            ))}
          </Select>
        </FormField>
        <FiguresTable
          label={t('dashboard.cohorts')}
          firstColumn={t(`maxWwGrouping.${groupBy}` as MessageKey)}
          columns={[
            t('dashboard.col.cohort'),
            ...outcomes.map((outcome) => t(`maxWwOutcome.${outcome}` as MessageKey)),
            t('dashboard.col.medianWeeks'),
          ]}
          rows={lines.map(({ label, figures }) => [
            label,
            figures.cohort.display,
            ...figures.outcomes.map((o) => o.count.display),
            figures.medianWeeksToWork.display,
          ])}
        />
        <Heading2>{t('dashboard.leftPool')}</Heading2>
        <FiguresTable
          label={t('dashboard.leftPool')}
          firstColumn={t(`maxWwGrouping.${groupBy}` as MessageKey)}
          columns={reasons.map((reason) => t(`leftPoolReason.${reason}` as MessageKey))}
          rows={lines.map(({ label, figures }) => [label, ...figures.leftPoolReasons.map((r) => r.count.display)])}
        />
      </Report>
      <Report
        id="max-ww-vroegsignalering"
        title={t('dashboard.earlyWarning')}
        csv={warning.csv}
        file="max-ww-vroegsignalering"
      >
        <Paragraph>{t('dashboard.earlyWarningIntro')}</Paragraph>
        <FiguresTable
          label={t('dashboard.earlyWarning')}
          columns={[
            t('dashboard.col.endingNextMonth'),
            t('dashboard.col.endingInTwoMonths'),
            t('dashboard.col.endingInThreeMonths'),
            t('dashboard.col.endingWithinThreeMonths'),
          ]}
          rows={warning.rows.map((row) => [
            row.label,
            row.endingNextMonth.display,
            row.endingInTwoMonths.display,
            row.endingInThreeMonths.display,
            row.endingWithinThreeMonths.display,
          ])}
        />
      </Report>
    </>
  );
}

function Report({
  id,
  title,
  csv,
  file,
  children,
}: {
  id: string;
  title: string;
  csv: string;
  file: string;
  children: ReactNode;
}) {
  return (
    <section aria-labelledby={`rapport-${id}`} className="wsp-report">
      <Heading2 id={`rapport-${id}`}>{title}</Heading2>
      {children}
      <CsvDownload csv={csv} file={file} label={title} />
    </section>
  );
}

/** A real file: the API's CSV (UTF-8 with BOM, ";" for Dutch Excel), saved under a name with the date. */
function CsvDownload({ csv, file, label }: { csv: string; file: string; label: string }) {
  const { t } = useI18n();
  const href = useMemo(() => URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' })), [csv]);
  return (
    <p className="wsp-report-actions wsp-no-print">
      <a href={href} download={`${file}-${amsterdamDate(Date.now())}.csv`}>
        {t('dashboard.download', { report: label })}
      </a>
    </p>
  );
}

function FiguresTable({
  label,
  columns,
  rows,
  firstColumn,
}: {
  label: string;
  columns: string[];
  rows: string[][];
  firstColumn?: string;
}) {
  const { t } = useI18n();
  if (rows.length === 0) return <Paragraph>{t('dashboard.noData')}</Paragraph>;
  return (
    <ScrollRegion label={t('dashboard.tableOf', { report: label })}>
      <Table>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">{firstColumn ?? t('dashboard.who')}</TableHeaderCell>
            {columns.map((column) => (
              <TableHeaderCell key={column} scope="col">
                {column}
              </TableHeaderCell>
            ))}
          </TableRow>
        </TableHeader>
        <TableBody>
          {rows.map(([head, ...cells], index) => (
            <TableRow key={`${head}-${index}`}>
              <TableHeaderCell scope="row">{head}</TableHeaderCell>
              {cells.map((value, column) => (
                <TableCell key={columns[column]} className="wsp-number">
                  {value}
                </TableCell>
              ))}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </ScrollRegion>
  );
}

/** The funnel's conversions (suggested → interest, …), in the order the API gives them. */
function conversionPairs(data: Dashboard): [string, string][] {
  return (data.funnelReport.rows[0]?.conversions ?? []).map((conversion) => [conversion.from, conversion.to]);
}
