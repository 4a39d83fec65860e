import { Projection } from './projection';

interface Thing {
  id: string;
  title: string;
  status: string;
  description: string;
}

describe('Projection', () => {
  const summary = new Projection<Thing>('thing-summary', ['title', 'status'], ['skills']);

  it('reads the id with the properties it names', () => {
    expect(summary.properties).toEqual(['id', 'title', 'status']);
  });

  it('covers a selection of its columns, of fields resolved by the id, and __typename', () => {
    expect(summary.covers(new Set(['id', 'title', 'skills', '__typename']))).toBe(true);
  });

  it('does not cover another column, or a field it does not know', () => {
    expect(summary.covers(new Set(['id', 'description']))).toBe(false);
    expect(summary.covers(new Set(['title', 'proposals']))).toBe(false);
  });
});
