import { PlacementDimension } from './dto/report.inputs';

/**
 * The stored column each dimension is read from. The report groups by these raw values (cheap to hash) and
 * derives keys in `keysOf`: a month from start_month, one key per target group from the array.
 */
export const DIMENSION_COLUMN: Record<PlacementDimension, string> = {
  [PlacementDimension.MONTH]: 'start_month',
  [PlacementDimension.QUARTER]: 'start_month',
  [PlacementDimension.ORGANISATION]: 'owner_organisation_id',
  [PlacementDimension.POOL]: 'pool',
  [PlacementDimension.SECTOR]: 'sbi_section',
  [PlacementDimension.OCCUPATION_GROUP]: 'occupation_code',
  [PlacementDimension.TARGET_GROUP]: 'target_groups',
  [PlacementDimension.CONTRACT_TYPE]: 'contract_type',
  [PlacementDimension.VIA_JOINT_VISIT]: 'via_joint_visit',
};

/** The keys of one raw value: one, except a placement's target groups (NONE when it has none). */
export function keysOf(dimension: PlacementDimension, raw: unknown): string[] {
  switch (dimension) {
    case PlacementDimension.MONTH:
      return [String(raw).slice(0, 7)];
    case PlacementDimension.QUARTER: {
      const month = String(raw);
      return [`${month.slice(0, 4)}-Q${Math.ceil(Number(month.slice(5, 7)) / 3)}`];
    }
    case PlacementDimension.SECTOR:
      return [(raw as string | null) ?? '?'];
    case PlacementDimension.OCCUPATION_GROUP:
      return [String(raw).slice(0, 1)];
    case PlacementDimension.TARGET_GROUP:
      return (raw as string[]).length ? (raw as string[]) : ['NONE'];
    case PlacementDimension.VIA_JOINT_VISIT:
      return [raw ? 'YES' : 'NO'];
    default:
      return [String(raw)];
  }
}

/** Column headings of the CSV export. */
export const DIMENSION_HEADINGS: Record<PlacementDimension, string> = {
  [PlacementDimension.MONTH]: 'Maand',
  [PlacementDimension.QUARTER]: 'Kwartaal',
  [PlacementDimension.ORGANISATION]: 'Organisatie',
  [PlacementDimension.POOL]: 'Pool',
  [PlacementDimension.SECTOR]: 'Sector (SBI)',
  [PlacementDimension.OCCUPATION_GROUP]: 'Beroepsgroep (ISCO)',
  [PlacementDimension.TARGET_GROUP]: 'Doelgroep',
  [PlacementDimension.CONTRACT_TYPE]: 'Contractvorm',
  [PlacementDimension.VIA_JOINT_VISIT]: 'Gezamenlijk bezoek',
};

const SBI_SECTIONS: Record<string, string> = {
  A: 'Landbouw, bosbouw en visserij',
  B: 'Delfstoffenwinning',
  C: 'Industrie',
  D: 'Energievoorziening',
  E: 'Waterbedrijven en afvalbeheer',
  F: 'Bouwnijverheid',
  G: 'Handel',
  H: 'Vervoer en opslag',
  I: 'Logies-, maaltijd- en drankverstrekking',
  J: 'Informatie en communicatie',
  K: 'Financiële dienstverlening',
  L: 'Verhuur van en handel in onroerend goed',
  M: 'Specialistische zakelijke diensten',
  N: 'Verhuur en overige zakelijke diensten',
  O: 'Openbaar bestuur en overheidsdiensten',
  P: 'Onderwijs',
  Q: 'Gezondheids- en welzijnszorg',
  R: 'Cultuur, sport en recreatie',
  S: 'Overige dienstverlening',
  T: 'Huishoudens',
  U: 'Extraterritoriale organisaties',
  '?': 'Sector onbekend',
};

const FIXED_LABELS: Partial<Record<PlacementDimension, Record<string, string>>> = {
  [PlacementDimension.POOL]: { UWV: 'UWV-pool', MUNICIPALITY: 'Gemeentelijke pool' },
  [PlacementDimension.SECTOR]: SBI_SECTIONS,
  [PlacementDimension.TARGET_GROUP]: {
    JOBS_AGREEMENT: 'Banenafspraak',
    MAX_WW: 'Max-WW',
    AGE_50_PLUS: '50-plussers',
    SOCIAL_ASSISTANCE: 'Bijstand',
    STATUS_HOLDER: 'Statushouders',
    YOUTH_WITHOUT_QUALIFICATION: 'Jongeren zonder startkwalificatie',
    NONE: 'Geen doelgroep',
  },
  [PlacementDimension.CONTRACT_TYPE]: {
    PERMANENT: 'Vast contract',
    TEMPORARY: 'Tijdelijk contract',
    TEMP_AGENCY: 'Uitzendwerk',
    APPRENTICESHIP: 'Leerwerkplek (BBL)',
    INTERNSHIP: 'Stage',
    OTHER: 'Anders',
  },
  [PlacementDimension.VIA_JOINT_VISIT]: { YES: 'Via gezamenlijk bezoek', NO: 'Zonder gezamenlijk bezoek' },
};

const MONTH_LABEL = new Intl.DateTimeFormat('nl-NL', { month: 'long', year: 'numeric', timeZone: 'UTC' });

/** Dutch label of a key; organisations and occupation groups come from the database (`named`). */
export function dimensionLabel(
  dimension: PlacementDimension,
  value: string,
  named: ReadonlyMap<string, string>,
): string {
  switch (dimension) {
    case PlacementDimension.MONTH:
      return MONTH_LABEL.format(new Date(`${value}-01T00:00:00Z`));
    case PlacementDimension.QUARTER:
      return `${value.slice(5).replace('Q', 'K')} ${value.slice(0, 4)}`;
    case PlacementDimension.ORGANISATION:
    case PlacementDimension.OCCUPATION_GROUP:
      return named.get(value) ?? value;
    default:
      return FIXED_LABELS[dimension]?.[value] ?? value;
  }
}

/** Time runs in order; every other dimension sorts by its label. */
export const sortsByKey = (dimension: PlacementDimension): boolean =>
  dimension === PlacementDimension.MONTH || dimension === PlacementDimension.QUARTER;
