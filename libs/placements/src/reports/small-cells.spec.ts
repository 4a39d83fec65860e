import { shareOf, SuppressedTable } from './small-cells';

/** Builds a two-way table with row, column and grand totals, the way a report with two groupings publishes it. */
function twoWay(cells: number[][]) {
  const table = new SuppressedTable();
  const ids = cells.map((row) => row.map((value) => table.cell(value)));
  const rowTotals = cells.map((row, r) => {
    const id = table.cell(row.reduce((a, b) => a + b, 0));
    table.sum(id, ids[r]);
    return id;
  });
  const columnTotals = cells[0].map((_, c) => {
    const id = table.cell(cells.reduce((sum, row) => sum + row[c], 0));
    table.sum(
      id,
      ids.map((row) => row[c]),
    );
    return id;
  });
  const grand = table.cell(cells.flat().reduce((a, b) => a + b, 0));
  table.sum(grand, rowTotals);
  table.sum(grand, columnTotals);
  return { table, ids, rowTotals, columnTotals, grand };
}

describe('small-cell suppression', () => {
  it('hides every count from 1 to below the threshold and shows the rest, 0 included, exactly', () => {
    const table = new SuppressedTable();
    const counts = [0, 1, 4, 5, 12].map((n) => table.cell(n));
    const read = table.suppress(5);
    expect(counts.map(read)).toEqual([
      { value: 0, suppressed: false },
      { value: null, suppressed: true },
      { value: null, suppressed: true },
      { value: 5, suppressed: false },
      { value: 12, suppressed: false },
    ]);
  });

  it('never hides a count at or above the threshold only because a 0 stands beside it', () => {
    // The region's placements all came from one pool: the other pool's 0 hides nothing, and nothing else.
    const table = new SuppressedTable();
    const uwv = table.cell(6);
    const municipal = table.cell(0);
    const region = table.cell(6);
    table.sum(region, [uwv, municipal]);
    const read = table.suppress(5);
    expect([region, uwv, municipal].map(read)).toEqual([
      { value: 6, suppressed: false },
      { value: 6, suppressed: false },
      { value: 0, suppressed: false },
    ]);
  });

  it('hides a 0 beside a small total: it would tell what the few behind it have in common', () => {
    const table = new SuppressedTable();
    const cohort = table.cell(3);
    const outcomes = [3, 0, 0].map((n) => table.cell(n));
    table.sum(cohort, outcomes);
    const read = table.suppress(5);
    expect([cohort, ...outcomes].map((id) => read(id).suppressed)).toEqual([true, true, true, true]);
  });

  it('shows a 0 that a visible total of 0 already gives away, also beside a small total', () => {
    // Two organisations, one without any cohort: its outcomes are 0 whatever the small column total beside them.
    const { table, ids, rowTotals, columnTotals } = twoWay([
      [0, 0],
      [3, 30],
    ]);
    const read = table.suppress(5);
    expect(read(rowTotals[0])).toEqual({ value: 0, suppressed: false });
    expect([ids[0][0], ids[0][1]].map(read)).toEqual([
      { value: 0, suppressed: false },
      { value: 0, suppressed: false },
    ]);
    // The 3 is hidden with its column total; the 30 beside it goes too, and so its column total (not the 0).
    expect([ids[1][0], columnTotals[0], ids[1][1], columnTotals[1]].map((id) => read(id).suppressed)).toEqual([
      true,
      true,
      true,
      true,
    ]);
  });

  it('hides a second count rather than a 0 where a hidden 0 would give itself away beside another 0', () => {
    const table = new SuppressedTable();
    const cohort = table.cell(20);
    const [placed, searching, paused, left] = [3, 17, 0, 0].map((n) => table.cell(n));
    table.sum(cohort, [placed, searching, paused, left]);
    const read = table.suppress(5);
    expect([cohort, placed, searching, paused, left].map(read)).toEqual([
      { value: 20, suppressed: false },
      { value: null, suppressed: true },
      { value: null, suppressed: true },
      { value: 0, suppressed: false },
      { value: 0, suppressed: false },
    ]);
  });

  it('hides the parts of a hidden 0 total, so the total cannot be added up again', () => {
    const table = new SuppressedTable();
    const region = table.cell(3);
    const [uwv, municipal] = [3, 0].map((n) => table.cell(n));
    const [emmen, groningen] = [0, 0].map((n) => table.cell(n));
    table.sum(region, [uwv, municipal]);
    table.sum(municipal, [emmen, groningen]);
    const read = table.suppress(5);
    expect(read(municipal).suppressed).toBe(true);
    expect([emmen, groningen].filter((id) => read(id).suppressed)).toHaveLength(1);
  });

  it('hides a second cell of a row so the hidden one cannot be recovered from the row total', () => {
    const { table, ids, rowTotals } = twoWay([
      [3, 20, 9],
      [30, 40, 50],
    ]);
    const read = table.suppress(5);
    expect(read(ids[0][0]).suppressed).toBe(true);
    // The smallest visible cell of the first row (9) goes too, and the row total stays visible.
    expect(read(ids[0][2]).suppressed).toBe(true);
    expect(read(rowTotals[0])).toEqual({ value: 32, suppressed: false });
  });

  it('leaves no published sum with exactly one hidden member, in rows, columns and margins', () => {
    const cells = [
      [3, 20, 9, 7],
      [30, 2, 50, 11],
      [6, 8, 1, 40],
    ];
    const { table, ids, rowTotals, columnTotals, grand } = twoWay(cells);
    const read = table.suppress(5);
    const lines = [
      ...ids.map((row, r) => [rowTotals[r], ...row]),
      ...columnTotals.map((total, c) => [total, ...ids.map((row) => row[c])]),
      [grand, ...rowTotals],
      [grand, ...columnTotals],
    ];
    for (const line of lines) {
      expect(line.filter((id) => read(id).suppressed)).not.toHaveLength(1);
    }
    // The subtraction attack: total minus the visible cells of any line never isolates one hidden value.
    for (const line of lines) {
      const [total, ...parts] = line;
      const hiddenParts = parts.filter((id) => read(id).suppressed);
      if (!read(total).suppressed) expect(hiddenParts.length === 0 || hiddenParts.length >= 2).toBe(true);
    }
  });

  it('hides a total that equals its only, hidden part', () => {
    const table = new SuppressedTable();
    const part = table.cell(2);
    const total = table.cell(2);
    table.sum(total, [part]);
    expect(table.suppress(5)(total).suppressed).toBe(true);
  });

  it('is deterministic: the same table suppresses the same cells', () => {
    const cells = [
      [3, 9, 9],
      [9, 9, 3],
    ];
    const first = twoWay(cells);
    const second = twoWay(cells);
    const a = first.ids.flat().map(first.table.suppress(5));
    const b = second.ids.flat().map(second.table.suppress(5));
    expect(a).toEqual(b);
  });

  it('suppresses a share over a hidden count and leaves an empty base without a share', () => {
    expect(shareOf({ value: null, suppressed: true }, { value: 40, suppressed: false })).toEqual({
      value: null,
      suppressed: true,
    });
    expect(shareOf({ value: 10, suppressed: false }, { value: null, suppressed: true }).suppressed).toBe(true);
    expect(shareOf({ value: 10, suppressed: false }, { value: 40, suppressed: false })).toEqual({
      value: 25,
      suppressed: false,
    });
    expect(shareOf({ value: 1, suppressed: false }, { value: 3, suppressed: false }).value).toBe(33.3);
  });
});
