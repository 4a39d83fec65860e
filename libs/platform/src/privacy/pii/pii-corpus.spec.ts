import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findPii, GuardedText, PiiKind } from '../pii-guard';
import { CANDIDATE_BIRTH_DATES, CARRIERS, IDENTIFYING_SPELLINGS } from './corpus/identifying';

/**
 * The guard measured on realistic Dutch texts that must pass and on identifying variants that must be refused.
 * False refusals cost as much trust as misses: at most 1% of the ordinary sentences may be refused.
 */
const TODAY = new Date('2026-12-04T12:00:00Z');
const MAX_FALSE_REFUSAL_RATE = 0.01;

function sentences(file: string): string[] {
  return readFileSync(join(__dirname, 'corpus', file), 'utf8')
    .split('\n')
    .filter((line) => line.trim() && !line.startsWith('#'));
}

const HARMLESS: { text: string; kind: GuardedText }[] = [
  ...sentences('harmless.vacancy.nl.txt').map((text) => ({ text, kind: GuardedText.BUSINESS })),
  ...sentences('harmless.note.nl.txt').map((text) => ({ text, kind: GuardedText.BUSINESS })),
  ...sentences('harmless.visit.nl.txt').map((text) => ({ text, kind: GuardedText.BUSINESS })),
  ...sentences('harmless.profile.nl.txt').map((text) => ({ text, kind: GuardedText.CANDIDATE })),
];

const IDENTIFYING: { text: string; kind: GuardedText; expected: PiiKind }[] = [
  ...Object.entries(IDENTIFYING_SPELLINGS).flatMap(([expected, spellings]) =>
    spellings.flatMap((spelling) =>
      CARRIERS.flatMap((carrier) =>
        [GuardedText.BUSINESS, GuardedText.CANDIDATE].map((kind) => ({
          text: carrier.replace('{}', spelling),
          kind,
          expected: expected as PiiKind,
        })),
      ),
    ),
  ),
  ...CANDIDATE_BIRTH_DATES.flatMap((date) =>
    CARRIERS.map((carrier) => ({
      text: carrier.replace('{}', date),
      kind: GuardedText.CANDIDATE,
      expected: PiiKind.BIRTH_DATE,
    })),
  ),
];

describe('PII guard corpus', () => {
  it('has at least 300 ordinary sentences and 300 identifying variants', () => {
    expect(HARMLESS.length).toBeGreaterThanOrEqual(300);
    expect(IDENTIFYING.length).toBeGreaterThanOrEqual(300);
  });

  it(`refuses at most ${MAX_FALSE_REFUSAL_RATE * 100}% of ordinary sentences and every identifying variant`, () => {
    const falseRefusals = HARMLESS.filter(({ text, kind }) => findPii(text, kind, TODAY).length > 0);
    const misses = IDENTIFYING.filter(({ text, kind, expected }) => !findPii(text, kind, TODAY).includes(expected));
    const falseRefusalRate = falseRefusals.length / HARMLESS.length;
    const detectionRate = 1 - misses.length / IDENTIFYING.length;
    process.stdout.write(
      `PII corpus: ${IDENTIFYING.length - misses.length}/${IDENTIFYING.length} identifying variants refused ` +
        `(${(detectionRate * 100).toFixed(1)}%), ${falseRefusals.length}/${HARMLESS.length} ordinary sentences ` +
        `refused (${(falseRefusalRate * 100).toFixed(1)}% false refusals)\n`,
    );
    expect({ falseRefusals: falseRefusals.map(describe), misses: misses.map(describe) }).toEqual({
      falseRefusals: expect.any(Array),
      misses: [],
    });
    expect(falseRefusalRate).toBeLessThanOrEqual(MAX_FALSE_REFUSAL_RATE);

    function describe({ text, kind }: { text: string; kind: GuardedText }): string {
      return `${kind}: ${text} -> ${findPii(text, kind, TODAY).join(',') || 'nothing'}`;
    }
  });
});
