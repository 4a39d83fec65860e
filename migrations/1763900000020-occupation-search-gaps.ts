import { MigrationInterface, QueryRunner } from 'typeorm';
import additions from '../libs/taxonomy/data/occupation-synonyms.nl.v2.json';

/**
 * Job titles the occupation search missed or found only in part (see the data file's note): added as Dutch
 * synonyms. Existing terms are kept; a term already present is skipped.
 */
export class OccupationSearchGaps1763900000020 implements MigrationInterface {
  name = 'OccupationSearchGaps1763900000020';

  async up(queryRunner: QueryRunner): Promise<void> {
    const terms = additions.unitGroups.flatMap((u) => u.synonyms.map((term) => [u.code, term]));
    await queryRunner.query(
      `INSERT INTO occupation_term (occupation_code, kind, term)
       SELECT code, 'SYNONYM_NL', term FROM unnest($1::text[], $2::text[]) AS t(code, term) ON CONFLICT DO NOTHING`,
      [terms.map((t) => t[0]), terms.map((t) => t[1])],
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const terms = additions.unitGroups.flatMap((u) => u.synonyms.map((term) => [u.code, term]));
    await queryRunner.query(
      `DELETE FROM occupation_term t USING unnest($1::text[], $2::text[]) AS a(code, term)
        WHERE t.occupation_code = a.code AND t.kind = 'SYNONYM_NL' AND t.term = a.term`,
      [terms.map((t) => t[0]), terms.map((t) => t[1])],
    );
  }
}
