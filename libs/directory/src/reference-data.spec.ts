import regions from '../data/labour-market-regions.v1.json';
import municipalities from '../data/municipalities.v1.json';

const list = municipalities.municipalities;

describe('shipped labour market regions and municipalities', () => {
  it('has all 35 labour market regions with unique codes and names', () => {
    expect(regions.regions).toHaveLength(35);
    expect(new Set(regions.regions.map((r) => r.code)).size).toBe(35);
    expect(new Set(regions.regions.map((r) => r.name)).size).toBe(35);
    for (const region of regions.regions) expect(region.code).toMatch(/^[A-Z0-9_]{2,40}$/);
  });

  it('states its reference date, the first of January', () => {
    expect(municipalities.referenceDate).toMatch(/^\d{4}-01-01$/);
    expect(regions.referenceDate).toBe(municipalities.referenceDate);
  });

  it('has every municipality once, with a well-formed CBS code', () => {
    expect(list).toHaveLength(342); // municipalities of the Netherlands on 1 January 2025
    expect(new Set(list.map((m) => m.code)).size).toBe(list.length);
    expect(new Set(list.map((m) => m.name)).size).toBe(list.length);
    for (const municipality of list) expect(municipality.code).toMatch(/^GM\d{4}$/);
  });

  it('puts every municipality in exactly one known region, and every region has municipalities', () => {
    const codes = new Set(regions.regions.map((r) => r.code));
    for (const municipality of list) expect(codes.has(municipality.regionCode)).toBe(true);
    for (const region of regions.regions) expect(list.some((m) => m.regionCode === region.code)).toBe(true);
  });

  it('places every centroid inside the bounding box of the Netherlands', () => {
    for (const { latitude, longitude } of list) {
      expect(latitude).toBeGreaterThanOrEqual(50.75);
      expect(latitude).toBeLessThanOrEqual(53.56);
      expect(longitude).toBeGreaterThanOrEqual(3.35);
      expect(longitude).toBeLessThanOrEqual(7.23);
    }
  });

  it('keeps the municipalities of the demo region where the demo expects them', () => {
    const regionOf = (code: string) => list.find((m) => m.code === code)?.regionCode;
    expect(['GM0014', 'GM1680', 'GM0106', 'GM1730'].map(regionOf)).toEqual([
      'GRONINGEN',
      'GRONINGEN',
      'GRONINGEN',
      'GRONINGEN',
    ]);
    expect(regionOf('GM0114')).toBe('DRENTHE');
  });
});
