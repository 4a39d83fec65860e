import { MigrationInterface, QueryRunner } from 'typeorm';
import educationLevels from '../libs/taxonomy/data/education-levels.v1.json';
import isco from '../libs/taxonomy/data/isco-08.v1.json';
import synonyms from '../libs/taxonomy/data/occupation-synonyms.nl.v1.json';
import skills from '../libs/taxonomy/data/skills.v1.json';

/**
 * Reference data: ISCO-08 occupations with Dutch titles and job-title synonyms, skills and education levels,
 * loaded from the versioned files of edition 1. A later edition loads by a new migration.
 */
export class Taxonomy1763900000001 implements MigrationInterface {
  name = 'Taxonomy1763900000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS unaccent`);
    // Search compares lower-cased text without accents ("Zoölogen" is found by "zoologen").
    await queryRunner.query(`
      CREATE FUNCTION search_normalize(text) RETURNS text
        LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
        AS $$ SELECT lower(public.unaccent('public.unaccent'::regdictionary, $1)) $$`);

    await queryRunner.query(`
      CREATE TABLE occupation (
        code text PRIMARY KEY CHECK (code ~ '^[0-9]{1,4}$'),
        level smallint NOT NULL CHECK (level = length(code)),
        parent_code text REFERENCES occupation (code) CHECK ((level = 1) = (parent_code IS NULL)),
        title_en text NOT NULL,
        title_nl text NOT NULL
      )`);
    await queryRunner.query(`CREATE INDEX occupation_parent_idx ON occupation (parent_code)`);
    await queryRunner.query(`
      CREATE TABLE occupation_term (
        occupation_code text NOT NULL REFERENCES occupation (code),
        kind text NOT NULL CHECK (kind IN ('TITLE_NL', 'TITLE_EN', 'SYNONYM_NL')),
        term text NOT NULL,
        term_search text GENERATED ALWAYS AS (search_normalize(term)) STORED,
        PRIMARY KEY (occupation_code, kind, term)
      )`);

    await queryRunner.query(`
      CREATE TABLE skill (
        code text PRIMARY KEY CHECK (code ~ '^[A-Z]{3}-[0-9]{2}$'),
        kind text NOT NULL CHECK (kind IN ('TRANSVERSAL', 'OCCUPATIONAL')),
        label_nl text NOT NULL,
        label_en text NOT NULL,
        label_search text GENERATED ALWAYS AS (search_normalize(label_nl || ' ' || label_en)) STORED
      )`);
    await queryRunner.query(`
      CREATE TABLE skill_occupation (
        skill_code text NOT NULL REFERENCES skill (code),
        occupation_code text NOT NULL REFERENCES occupation (code) CHECK (length(occupation_code) = 4),
        PRIMARY KEY (skill_code, occupation_code)
      )`);
    await queryRunner.query(`CREATE INDEX skill_occupation_occupation_idx ON skill_occupation (occupation_code)`);

    await queryRunner.query(`
      CREATE TABLE education_level (
        code text PRIMARY KEY CHECK (code ~ '^[A-Z_0-9]{2,20}$'),
        label_nl text NOT NULL,
        label_en text NOT NULL,
        sort_order smallint NOT NULL UNIQUE,
        nlqf smallint NOT NULL CHECK (nlqf BETWEEN 0 AND 8),
        isced smallint NOT NULL CHECK (isced BETWEEN 0 AND 8)
      )`);

    await this.load(queryRunner);
    // Built after the load, so the trigram indexes hold their entries in the tree rather than a pending list.
    await queryRunner.query(
      `CREATE INDEX occupation_term_search_idx ON occupation_term USING gin (term_search gin_trgm_ops)`,
    );
    // GiST answers "nearest terms first" (typos) without comparing the input with every term.
    await queryRunner.query(
      `CREATE INDEX occupation_term_nearest_idx ON occupation_term USING gist (term_search gist_trgm_ops)`,
    );
    await queryRunner.query(`CREATE INDEX skill_label_search_idx ON skill USING gin (label_search gin_trgm_ops)`);
    await queryRunner.query(`ANALYZE occupation, occupation_term, skill, skill_occupation, education_level`);
  }

  /** One statement per table, with the rows as arrays (no per-row bind parameters). */
  private async load(queryRunner: QueryRunner): Promise<void> {
    const groups = isco.groups;
    for (const level of [1, 2, 3, 4]) {
      const rows = groups.filter((g) => g.level === level);
      await queryRunner.query(
        `INSERT INTO occupation (code, level, parent_code, title_en, title_nl)
         SELECT * FROM unnest($1::text[], $2::smallint[], $3::text[], $4::text[], $5::text[])`,
        [
          rows.map((g) => g.code),
          rows.map((g) => g.level),
          rows.map((g) => g.parentCode),
          rows.map((g) => g.titleEn),
          rows.map((g) => g.titleNl),
        ],
      );
    }
    const terms = [
      ...groups.flatMap((g) => [
        [g.code, 'TITLE_NL', g.titleNl],
        [g.code, 'TITLE_EN', g.titleEn],
      ]),
      ...synonyms.unitGroups.flatMap((u) => u.synonyms.map((s) => [u.code, 'SYNONYM_NL', s])),
    ];
    await queryRunner.query(
      `INSERT INTO occupation_term (occupation_code, kind, term)
       SELECT * FROM unnest($1::text[], $2::text[], $3::text[]) ON CONFLICT DO NOTHING`,
      [terms.map((t) => t[0]), terms.map((t) => t[1]), terms.map((t) => t[2])],
    );
    const list = skills.skills;
    await queryRunner.query(
      `INSERT INTO skill (code, kind, label_nl, label_en) SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[])`,
      [list.map((s) => s.code), list.map((s) => s.kind), list.map((s) => s.labelNl), list.map((s) => s.labelEn)],
    );
    const links = list.flatMap((s) => s.occupationCodes.map((code) => [s.code, code]));
    await queryRunner.query(
      `INSERT INTO skill_occupation (skill_code, occupation_code) SELECT * FROM unnest($1::text[], $2::text[])`,
      [links.map((l) => l[0]), links.map((l) => l[1])],
    );
    const levels = educationLevels.levels;
    await queryRunner.query(
      `INSERT INTO education_level (code, label_nl, label_en, sort_order, nlqf, isced)
       SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::smallint[], $5::smallint[], $6::smallint[])`,
      [
        levels.map((l) => l.code),
        levels.map((l) => l.labelNl),
        levels.map((l) => l.labelEn),
        levels.map((l) => l.order),
        levels.map((l) => l.nlqf),
        levels.map((l) => l.isced),
      ],
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE education_level`);
    await queryRunner.query(`DROP TABLE skill_occupation`);
    await queryRunner.query(`DROP TABLE skill`);
    await queryRunner.query(`DROP TABLE occupation_term`);
    await queryRunner.query(`DROP TABLE occupation`);
    await queryRunner.query(`DROP FUNCTION search_normalize(text)`);
  }
}
