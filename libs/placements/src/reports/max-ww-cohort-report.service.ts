import { Injectable } from '@nestjs/common';
import {
  CohortPosition,
  currentOutcome,
  dutchToday,
  LeftPoolReason,
  MaxWwOutcome,
  monthOf,
  monthsUntilWwEnd,
  wwEndWithin,
} from '@wsp/candidates';
import { Actor } from '@wsp/platform';
import {
  MaxWwCohortFigures,
  MaxWwCohortReport,
  MaxWwCohortRow,
  MaxWwEarlyWarning,
  MaxWwEarlyWarningRow,
} from './dto/max-ww-cohort.models';
import { MaxWwCohortGrouping, MaxWwCohortReportInput, MaxWwEarlyWarningInput } from './dto/report.inputs';
import { LevelCounts, publishBreakdown, ReportOrganisation } from './breakdown';
import { HistogramBin, medianOfHistogram } from './histogram';
import { LiveCohortRow, MaxWwCohortReportRepository } from './max-ww-cohort.repository';
import { countView, dutchExcelCsv, figureView } from './report-format';
import { assertReportPeriod, ReportReader } from './report-reader';
import { PublishedCount, SuppressedTable } from './small-cells';

const OUTCOMES = Object.values(MaxWwOutcome);
const REASONS = Object.values(LeftPoolReason);
const PLACED = [MaxWwOutcome.PLACED_BEFORE_WW_END, MaxWwOutcome.PLACED_AFTER_WW_END];
const WARNING_MONTHS = 3;
const UNKNOWN = 'UNKNOWN';

/** One candidate, or an anonymous count of them, as the report groups them. */
interface Member extends CohortPosition {
  organisationId: string;
  pool: 'UWV' | 'MUNICIPALITY';
  entryMonth: string;
  wwEndMonth: string | null;
  count: number;
}

/** A group's counts, before suppression. */
interface Tally {
  cohort: number;
  outcomes: Record<MaxWwOutcome, number>;
  reasons: Record<LeftPoolReason, number>;
  weeks: HistogramBin[];
}

/** A group's cells in the suppression table. */
interface Cells {
  cohort: number;
  placed: number;
  outcomes: Record<MaxWwOutcome, number>;
  reasons: Record<LeftPoolReason, number>;
}

const POOL_LABELS = { UWV: 'UWV-pool', MUNICIPALITY: 'Gemeentelijke pool' } as const;
const MONTH_LABEL = new Intl.DateTimeFormat('nl-NL', { month: 'long', year: 'numeric', timeZone: 'UTC' });

export const OUTCOME_HEADINGS: Record<MaxWwOutcome, string> = {
  [MaxWwOutcome.PLACED_BEFORE_WW_END]: 'Geplaatst voor einde WW',
  [MaxWwOutcome.PLACED_AFTER_WW_END]: 'Geplaatst na einde WW',
  [MaxWwOutcome.SEARCHING]: 'Zoekend',
  [MaxWwOutcome.WW_ENDED_UNPLACED]: 'WW geëindigd zonder werk',
  [MaxWwOutcome.LEFT_POOL]: 'Uit de pool',
  [MaxWwOutcome.PAUSED]: 'Gepauzeerd',
};

const REASON_HEADINGS: Record<LeftPoolReason, string> = {
  [LeftPoolReason.WORK_FOUND_ELSEWHERE]: 'Uit de pool: zelf werk gevonden',
  [LeftPoolReason.MOVED_AWAY]: 'Uit de pool: verhuisd',
  [LeftPoolReason.NO_LONGER_WANTS_SUPPORT]: 'Uit de pool: wil geen ondersteuning meer',
  [LeftPoolReason.OTHER]: 'Uit de pool: andere reden',
  [LeftPoolReason.PROFILE_EXPIRED]: 'Uit de pool: profiel verlopen',
};

const GROUP_HEADINGS: Record<MaxWwCohortGrouping, string> = {
  [MaxWwCohortGrouping.ENTRY_MONTH]: 'Instroommaand',
  [MaxWwCohortGrouping.WW_END_MONTH]: 'Einde WW',
  [MaxWwCohortGrouping.ORGANISATION]: 'Organisatie',
  [MaxWwCohortGrouping.POOL]: 'Pool',
};

/**
 * Every Max-WW candidate who entered the pool in the period, each under exactly one outcome of today, grouped;
 * profiles deleted since count through the anonymous counts they left. Outcomes add up to the cohort in every
 * row and in the total, and the rows add up to the total; suppression protects every one of those sums.
 */
@Injectable()
export class MaxWwCohortReportService {
  constructor(
    private readonly reader: ReportReader,
    private readonly cohorts: MaxWwCohortReportRepository,
  ) {}

  report(actor: Actor, input: MaxWwCohortReportInput): Promise<Omit<MaxWwCohortReport, 'csv'>> {
    assertReportPeriod(input);
    const today = dutchToday();
    const fromMonth = monthOf(input.from);
    return this.reader.read(actor, input.regionCode, async ({ region, organisations, threshold, query }) => {
      const live = await this.cohorts.liveMembers(query, region.code, fromMonth, input.to);
      const left = await this.cohorts.leftMembers(query, region.code, fromMonth, input.to);
      const members: Member[] = [
        ...live.map((row) => ({ ...liveMember(row, today), count: row.count })),
        ...left.map((row) => ({
          organisationId: row.organisation_id,
          pool: row.pool,
          entryMonth: row.entry_month,
          wwEndMonth: row.ww_end_month,
          outcome: row.outcome,
          leftReason: row.left_reason,
          weeksToWork: row.weeks_to_work,
          count: row.count,
        })),
      ];

      const groups = groupsOf(input.groupBy, members, organisations, fromMonth, input.to);
      const tallies = new Map(groups.map((group) => [group.key, emptyTally()]));
      const total = emptyTally();
      for (const member of members) {
        add(total, member);
        add(tallies.get(keyOf(input.groupBy, member))!, member);
      }

      const table = new SuppressedTable();
      const totalCells = cellsOf(table, total);
      const rowCells = new Map(groups.map((group) => [group.key, cellsOf(table, tallies.get(group.key)!)]));
      const columns = (pick: (cells: Cells) => number) => table.sum(pick(totalCells), [...rowCells.values()].map(pick));
      columns((cells) => cells.cohort);
      columns((cells) => cells.placed);
      for (const outcome of OUTCOMES) columns((cells) => cells.outcomes[outcome]);
      for (const reason of REASONS) columns((cells) => cells.reasons[reason]);
      const read = table.suppress(threshold);
      const figures = (cells: Cells, tally: Tally): MaxWwCohortFigures =>
        publishedFigures(cells, tally, (id) => read(id), threshold);

      return {
        regionCode: region.code,
        suppressionThreshold: threshold,
        from: input.from,
        to: input.to,
        asOf: today,
        groupBy: input.groupBy,
        rows: groups.map((group): MaxWwCohortRow => ({
          key: group.key,
          label: group.label,
          ...figures(rowCells.get(group.key)!, tallies.get(group.key)!),
        })),
        total: figures(totalCells, total),
      };
    });
  }

  /** Per region, pool and organisation: Max-WW candidates without work whose WW ends in 1, 2 and 3 months. */
  earlyWarning(actor: Actor, input: MaxWwEarlyWarningInput): Promise<Omit<MaxWwEarlyWarning, 'csv'>> {
    const today = dutchToday();
    return this.reader.read(actor, input.regionCode, async ({ region, organisations, threshold, query }) => {
      const ending = await this.cohorts.endingBy(query, region.code, today, wwEndWithin(today, WARNING_MONTHS));
      const counts: LevelCounts[] = [];
      for (const row of ending) {
        const { outcome } = currentOutcome(factsOf(row), today);
        if (outcome !== MaxWwOutcome.SEARCHING && outcome !== MaxWwOutcome.PAUSED) continue;
        const metric = WARNING_METRICS[monthsUntilWwEnd(row.ww_end_month!, today) - 1];
        const level = { [metric]: row.count, endingWithinThreeMonths: row.count };
        // The same count at every level the breakdown publishes: the organisation, its pool and the region.
        counts.push({ organisation_id: row.organisation_id, pool: row.pool, ...level });
        counts.push({ organisation_id: null, pool: row.pool, ...level });
        counts.push({ organisation_id: null, pool: null, ...level });
      }
      const published = publishBreakdown(
        region,
        organisations,
        counts,
        {
          metrics: [...WARNING_METRICS, 'endingWithinThreeMonths'],
          additive: [...WARNING_METRICS, 'endingWithinThreeMonths'],
          within: [['endingWithinThreeMonths', WARNING_METRICS]],
        },
        threshold,
      );
      const rows: MaxWwEarlyWarningRow[] = published.map(({ counts: _counts, view, ...header }) => ({
        ...header,
        ...view,
      }));
      return { regionCode: region.code, suppressionThreshold: threshold, asOf: today, rows };
    });
  }

  csv(report: Omit<MaxWwCohortReport, 'csv'>): string {
    const line = (label: string, figures: MaxWwCohortFigures) => [
      label,
      figures.cohort.display,
      ...figures.outcomes.map((o) => o.count.display),
      ...figures.leftPoolReasons.map((r) => r.count.display),
      figures.medianWeeksToWork.display,
    ];
    return dutchExcelCsv(
      [
        GROUP_HEADINGS[report.groupBy],
        'Cohort',
        ...OUTCOMES.map((outcome) => OUTCOME_HEADINGS[outcome]),
        ...REASONS.map((reason) => REASON_HEADINGS[reason]),
        'Mediaan weken tot werk',
      ],
      [...report.rows.map((row) => line(row.label, row)), line('Totaal', report.total)],
    );
  }

  earlyWarningCsv(report: Omit<MaxWwEarlyWarning, 'csv'>): string {
    return dutchExcelCsv(
      ['Niveau', 'Naam', 'WW eindigt volgende maand', 'Over twee maanden', 'Over drie maanden', 'Binnen drie maanden'],
      report.rows.map((row) => [
        row.level,
        row.label,
        row.endingNextMonth.display,
        row.endingInTwoMonths.display,
        row.endingInThreeMonths.display,
        row.endingWithinThreeMonths.display,
      ]),
    );
  }
}

const WARNING_METRICS = ['endingNextMonth', 'endingInTwoMonths', 'endingInThreeMonths'] as const;

function factsOf(row: LiveCohortRow) {
  return {
    status: row.status,
    maxWwSince: row.max_ww_since,
    wwEndMonth: row.ww_end_month,
    workStartedOn: row.work_started_on,
  };
}

function liveMember(row: LiveCohortRow, today: string): Omit<Member, 'count'> {
  return {
    ...currentOutcome(factsOf(row), today),
    organisationId: row.organisation_id,
    pool: row.pool,
    entryMonth: monthOf(row.max_ww_since),
    wwEndMonth: row.ww_end_month,
  };
}

function keyOf(grouping: MaxWwCohortGrouping, member: Member): string {
  switch (grouping) {
    case MaxWwCohortGrouping.ENTRY_MONTH:
      return member.entryMonth.slice(0, 7);
    case MaxWwCohortGrouping.WW_END_MONTH:
      return member.wwEndMonth?.slice(0, 7) ?? UNKNOWN;
    case MaxWwCohortGrouping.ORGANISATION:
      return member.organisationId;
    case MaxWwCohortGrouping.POOL:
      return member.pool;
  }
}

/**
 * The rows: every month of the period, every WW end month someone has, every partner organisation and pool of
 * the region (also those with nobody), and any organisation that has left the region but still has members.
 */
function groupsOf(
  grouping: MaxWwCohortGrouping,
  members: readonly Member[],
  organisations: readonly ReportOrganisation[],
  fromMonth: string,
  to: string,
): { key: string; label: string }[] {
  const monthLabel = (key: string) =>
    key === UNKNOWN ? 'Onbekend' : MONTH_LABEL.format(new Date(`${key}-01T00:00:00Z`));
  switch (grouping) {
    case MaxWwCohortGrouping.ENTRY_MONTH: {
      const months: string[] = [];
      for (let month = fromMonth; month <= to; month = nextMonth(month)) months.push(month.slice(0, 7));
      return months.map((key) => ({ key, label: monthLabel(key) }));
    }
    case MaxWwCohortGrouping.WW_END_MONTH:
      return [...new Set(members.map((m) => keyOf(grouping, m)))]
        .sort((a, b) => (a === UNKNOWN ? 1 : b === UNKNOWN ? -1 : a.localeCompare(b)))
        .map((key) => ({ key, label: monthLabel(key) }));
    case MaxWwCohortGrouping.ORGANISATION: {
      const named = new Map(organisations.map((o) => [o.id, o.name]));
      const keys = new Set([...organisations.map((o) => o.id), ...members.map((m) => m.organisationId)]);
      return [...keys]
        .map((key) => ({ key, label: named.get(key) ?? 'Andere organisatie' }))
        .sort((a, b) => a.label.localeCompare(b.label, 'nl'));
    }
    case MaxWwCohortGrouping.POOL:
      return (['UWV', 'MUNICIPALITY'] as const).map((key) => ({ key, label: POOL_LABELS[key] }));
  }
}

function nextMonth(month: string): string {
  const [year, number] = month.split('-').map(Number);
  return new Date(Date.UTC(year, number, 1)).toISOString().slice(0, 10);
}

function emptyTally(): Tally {
  return {
    cohort: 0,
    outcomes: Object.fromEntries(OUTCOMES.map((o) => [o, 0])) as Record<MaxWwOutcome, number>,
    reasons: Object.fromEntries(REASONS.map((r) => [r, 0])) as Record<LeftPoolReason, number>,
    weeks: [],
  };
}

function add(tally: Tally, member: Member): void {
  tally.cohort += member.count;
  tally.outcomes[member.outcome] += member.count;
  if (member.leftReason) tally.reasons[member.leftReason] += member.count;
  if (member.weeksToWork !== null) tally.weeks.push({ value: member.weeksToWork, count: member.count });
}

/** A group's cells, with the sums inside it: the cohort over the outcomes, placed, and leaving over its reasons. */
function cellsOf(table: SuppressedTable, tally: Tally): Cells {
  const outcomes = Object.fromEntries(OUTCOMES.map((o) => [o, table.cell(tally.outcomes[o])])) as Cells['outcomes'];
  const reasons = Object.fromEntries(REASONS.map((r) => [r, table.cell(tally.reasons[r])])) as Cells['reasons'];
  const cells: Cells = {
    cohort: table.cell(tally.cohort),
    placed: table.cell(PLACED.reduce((sum, outcome) => sum + tally.outcomes[outcome], 0)),
    outcomes,
    reasons,
  };
  table.sum(
    cells.cohort,
    OUTCOMES.map((o) => outcomes[o]),
  );
  table.sum(
    cells.placed,
    PLACED.map((o) => outcomes[o]),
  );
  table.sum(
    outcomes[MaxWwOutcome.LEFT_POOL],
    REASONS.map((r) => reasons[r]),
  );
  return cells;
}

function publishedFigures(
  cells: Cells,
  tally: Tally,
  read: (id: number) => PublishedCount,
  threshold: number,
): MaxWwCohortFigures {
  const placed = read(cells.placed);
  const median = medianOfHistogram(tally.weeks);
  return {
    cohort: countView(read(cells.cohort), threshold),
    outcomes: OUTCOMES.map((outcome) => ({ outcome, count: countView(read(cells.outcomes[outcome]), threshold) })),
    placed: countView(placed, threshold),
    leftPoolReasons: REASONS.map((reason) => ({ reason, count: countView(read(cells.reasons[reason]), threshold) })),
    // A median says something about each placement it is taken over: hidden with their count.
    medianWeeksToWork: figureView(
      placed.suppressed ? { value: null, suppressed: true } : { value: median, suppressed: false },
    ),
  };
}
