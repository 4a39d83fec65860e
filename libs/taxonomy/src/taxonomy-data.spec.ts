import educationLevels from '../data/education-levels.v2.json';
import isco from '../data/isco-08.v1.json';
import synonyms from '../data/occupation-synonyms.nl.v1.json';
import skills from '../data/skills.v1.json';
import { ancestorCodes } from './occupation.service';

const groups = isco.groups;
const byCode = new Map(groups.map((g) => [g.code, g]));
const unitGroups = groups.filter((g) => g.level === 4);

describe('shipped ISCO-08 data', () => {
  it('has exactly 10 major, 43 sub-major, 130 minor and 436 unit groups', () => {
    const count = (level: number) => groups.filter((g) => g.level === level).length;
    expect([count(1), count(2), count(3), count(4)]).toEqual([10, 43, 130, 436]);
    expect(byCode.size).toBe(groups.length);
  });

  it('gives every unit group a 4-digit code and a parent chain up to its major group', () => {
    for (const unit of unitGroups) {
      expect(unit.code).toMatch(/^[0-9]{4}$/);
      let current = unit;
      const chain = [unit.code];
      while (current.parentCode !== null) {
        const parent = byCode.get(current.parentCode);
        expect(parent).toBeDefined();
        expect(parent!.level).toBe(current.level - 1);
        expect(current.code.startsWith(parent!.code)).toBe(true);
        current = parent!;
        chain.push(current.code);
      }
      expect(current.level).toBe(1);
      expect(chain.reverse()).toEqual([...ancestorCodes(unit.code), unit.code]);
    }
  });

  it('has a Dutch and an English title for every group', () => {
    for (const group of groups) {
      expect(group.titleEn.trim()).not.toBe('');
      expect(group.titleNl.trim()).not.toBe('');
    }
  });

  it('has no group without sub-groups below the unit level', () => {
    for (const group of groups.filter((g) => g.level < 4)) {
      expect(groups.some((g) => g.parentCode === group.code)).toBe(true);
    }
  });
});

describe('shipped synonyms, skills and education levels', () => {
  it('maps every Dutch job title to exactly one existing unit group', () => {
    const seen = new Map<string, string>();
    for (const { code, synonyms: titles } of synonyms.unitGroups) {
      expect(byCode.get(code)?.level).toBe(4);
      for (const title of titles) {
        expect(seen.get(title) ?? code).toBe(code);
        seen.set(title, code);
      }
    }
    for (const title of ['heftruckchauffeur', 'verzorgende ig', 'schoonmaker', 'programmeur', 'vakkenvuller']) {
      expect(seen.has(title)).toBe(true);
    }
  });

  it('covers the fields employment services use most', () => {
    const majorGroupsWithSynonyms = new Set(synonyms.unitGroups.map((u) => u.code.slice(0, 2)));
    // logistics/transport (83, 93), production (81, 93), construction (71), care (53, 32), hospitality (51, 94),
    // retail (52), cleaning (91), administration (41, 43), ICT (25, 35), education (23)
    for (const subMajor of ['83', '93', '81', '71', '53', '51', '94', '52', '91', '41', '43', '25', '35', '23']) {
      expect(majorGroupsWithSynonyms.has(subMajor)).toBe(true);
    }
  });

  it('has at least 150 skills with unique codes, both labels and existing unit groups', () => {
    const list = skills.skills;
    expect(list.length).toBeGreaterThanOrEqual(150);
    expect(new Set(list.map((s) => s.code)).size).toBe(list.length);
    for (const skill of list) {
      expect(skill.code).toMatch(/^[A-Z]{3}-[0-9]{2}$/);
      expect(skill.labelNl).not.toBe('');
      expect(skill.labelEn).not.toBe('');
      for (const code of skill.occupationCodes) expect(byCode.get(code)?.level).toBe(4);
      if (skill.kind === 'OCCUPATIONAL') expect(skill.occupationCodes.length).toBeGreaterThan(0);
    }
  });

  it('orders the Dutch education levels from basisonderwijs to wo, with NLQF never falling', () => {
    const levels = [...educationLevels.levels].sort((a, b) => a.order - b.order);
    expect(levels.map((l) => l.code)).toEqual([
      'BASISONDERWIJS',
      'VMBO_BB',
      'MBO_1',
      'VMBO_KB',
      'VMBO_GT',
      'MBO_2',
      'MBO_3',
      'MBO_4',
      'HAVO',
      'VWO',
      'AD',
      'HBO',
      'WO_BACHELOR',
      'WO',
    ]);
    for (let i = 1; i < levels.length; i++) expect(levels[i].nlqf).toBeGreaterThanOrEqual(levels[i - 1].nlqf);
    expect(Object.fromEntries(levels.map((l) => [l.code, l.nlqf]))).toMatchObject({
      VMBO_BB: 1,
      VMBO_KB: 2,
      VMBO_GT: 2,
      AD: 5,
      WO_BACHELOR: 6,
      WO: 7,
    });
    // Every replaced code has a successor in the list, at no higher NLQF than version 1 gave it.
    for (const successor of Object.values(educationLevels.replaces)) {
      expect(levels.find((l) => l.code === successor)?.nlqf).toBe(1);
    }
  });
});
