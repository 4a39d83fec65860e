/**
 * What the demo region is made of: employers by sector, the occupations they hire for and the staff of the
 * partners. Employers and staff have (invented) names; job seekers never do: their profiles only hold
 * occupations, skills, hours and a pitch without personal details.
 */

export interface DemoOccupation {
  code: string;
  title: string;
  skills: string[];
  education: string;
  /** A line on the work, for the vacancy text. */
  work: string;
}

export interface DemoSector {
  kinds: string[];
  sbi: string[];
  occupations: DemoOccupation[];
  /** What the employer is about, for visit purposes and notes. */
  topic: string;
}

export const DEMO_SECTORS: DemoSector[] = [
  {
    kinds: ['Zorggroep', 'Thuiszorg', 'Woonzorgcentrum'],
    sbi: ['8710', '8810'],
    topic: 'zorgpersoneel',
    occupations: [
      {
        code: '5321',
        title: 'Verzorgende IG',
        skills: ['ZRG-01', 'ZRG-02', 'ZRG-05', 'ZRG-09'],
        education: 'MBO_3',
        work: 'Je verzorgt bewoners in een klein team en houdt het zorgdossier bij.',
      },
      {
        code: '5322',
        title: 'Medewerker thuiszorg',
        skills: ['ZRG-01', 'ZRG-07', 'ZRG-10'],
        education: 'MBO_2',
        work: 'Je ondersteunt cliënten thuis met verzorging en huishouden.',
      },
      {
        code: '3221',
        title: 'Verpleegkundige',
        skills: ['ZRG-02', 'ZRG-03', 'ZRG-09'],
        education: 'MBO_4',
        work: 'Je verpleegt cliënten en coördineert de zorg op de afdeling.',
      },
    ],
  },
  {
    kinds: ['Supermarkt', 'Bouwmarkt', 'Tuincentrum'],
    sbi: ['4711', '4752'],
    topic: 'winkelpersoneel',
    occupations: [
      {
        code: '5223',
        title: 'Verkoopmedewerker',
        skills: ['RET-01', 'RET-03', 'RET-08'],
        education: 'VMBO_KB',
        work: 'Je helpt klanten in de winkel en houdt de afdeling op orde.',
      },
      {
        code: '5230',
        title: 'Kassamedewerker',
        skills: ['RET-02', 'TRV-02'],
        education: 'VMBO_KB',
        work: 'Je rekent af met klanten en beantwoordt hun vragen.',
      },
    ],
  },
  {
    kinds: ['Transportbedrijf', 'Distributiecentrum', 'Logistiek'],
    sbi: ['4941', '5210'],
    topic: 'logistiek personeel',
    occupations: [
      {
        code: '9333',
        title: 'Orderpicker',
        skills: ['LOG-03', 'LOG-04', 'LOG-11'],
        education: 'VMBO_KB',
        work: 'Je verzamelt orders in het magazijn met een handscanner.',
      },
      {
        code: '8332',
        title: 'Vrachtwagenchauffeur CE',
        skills: ['TRA-03', 'TRA-05', 'LOG-09'],
        education: 'MBO_2',
        work: 'Je rijdt vaste ritten in Noord-Nederland en bent elke avond thuis.',
      },
      {
        code: '4321',
        title: 'Magazijnmedewerker voorraadbeheer',
        skills: ['LOG-06', 'LOG-08', 'ADM-07'],
        education: 'MBO_2',
        work: 'Je ontvangt goederen, controleert ze en houdt de voorraad bij.',
      },
    ],
  },
  {
    kinds: ['Bouwbedrijf', 'Installatiebedrijf', 'Aannemersbedrijf'],
    sbi: ['4120', '4321'],
    topic: 'vakmensen in de bouw',
    occupations: [
      {
        code: '7112',
        title: 'Metselaar',
        skills: ['BOU-01', 'BOU-08', 'BOU-12'],
        education: 'MBO_2',
        work: 'Je metselt op nieuwbouwprojecten in de regio.',
      },
      {
        code: '7411',
        title: 'Elektricien',
        skills: ['BOU-07', 'BOU-19', 'TEC-05'],
        education: 'MBO_3',
        work: 'Je legt elektrische installaties aan in woningen en bedrijfspanden.',
      },
      {
        code: '7126',
        title: 'Installatiemonteur',
        skills: ['BOU-06', 'BOU-15', 'BOU-08'],
        education: 'MBO_3',
        work: 'Je installeert warmtepompen en leidingwerk.',
      },
    ],
  },
  {
    kinds: ['Restaurant', 'Hotel', 'Eetcafé'],
    sbi: ['5610', '5510'],
    topic: 'horecapersoneel',
    occupations: [
      {
        code: '5120',
        title: 'Kok',
        skills: ['HOR-01', 'HOR-02', 'PRD-05'],
        education: 'MBO_3',
        work: 'Je kookt à la carte en voor groepen.',
      },
      {
        code: '5131',
        title: 'Medewerker bediening',
        skills: ['HOR-03', 'HOR-07', 'TRV-23'],
        education: 'VMBO_KB',
        work: 'Je ontvangt gasten en bedient aan tafel.',
      },
      {
        code: '9412',
        title: 'Keukenhulp',
        skills: ['HOR-02', 'HOR-06', 'HOR-09'],
        education: 'BASISONDERWIJS',
        work: 'Je helpt in de keuken met voorbereiden en afwassen.',
      },
    ],
  },
  {
    kinds: ['Metaalbewerking', 'Voedingsmiddelenfabriek', 'Kunststoffen'],
    sbi: ['2562', '1089'],
    topic: 'productiepersoneel',
    occupations: [
      {
        code: '8160',
        title: 'Productiemedewerker voeding',
        skills: ['PRD-01', 'PRD-03', 'PRD-05'],
        education: 'VMBO_KB',
        work: 'Je bedient de productielijn en controleert de kwaliteit.',
      },
      {
        code: '7223',
        title: 'CNC-operator',
        skills: ['PRD-13', 'PRD-14', 'PRD-16'],
        education: 'MBO_3',
        work: 'Je stelt CNC-machines in en bewaakt de productie.',
      },
      {
        code: '9329',
        title: 'Productiemedewerker',
        skills: ['PRD-01', 'PRD-06', 'TRV-21'],
        education: 'BASISONDERWIJS',
        work: 'Je werkt mee aan de lijn in een twee-ploegendienst.',
      },
    ],
  },
  {
    kinds: ['Schoonmaakbedrijf', 'Facilitaire Diensten', 'Glazenwassersbedrijf'],
    sbi: ['8121', '8122'],
    topic: 'schoonmaakpersoneel',
    occupations: [
      {
        code: '9112',
        title: 'Schoonmaakmedewerker',
        skills: ['SCH-01', 'SCH-02', 'SCH-06'],
        education: 'BASISONDERWIJS',
        work: 'Je maakt kantoren schoon in de vroege ochtend of avond.',
      },
    ],
  },
  {
    kinds: ['Administratiekantoor', 'Softwarebedrijf', 'Adviesbureau'],
    sbi: ['6920', '6201'],
    topic: 'kantoorpersoneel',
    occupations: [
      {
        code: '4311',
        title: 'Administratief medewerker',
        skills: ['ADM-01', 'ADM-02', 'ADM-16'],
        education: 'MBO_3',
        work: 'Je verwerkt facturen en houdt de administratie van klanten bij.',
      },
      {
        code: '2512',
        title: 'Softwareontwikkelaar',
        skills: ['ICT-02', 'ICT-06', 'ICT-15'],
        education: 'HBO',
        work: 'Je bouwt mee aan webapplicaties in een agile team.',
      },
      {
        code: '4110',
        title: 'Medewerker secretariaat',
        skills: ['ADM-05', 'ADM-06', 'ADM-08'],
        education: 'MBO_2',
        work: 'Je ondersteunt het team met planning, post en archief.',
      },
    ],
  },
  {
    kinds: ['Hoveniersbedrijf', 'Kwekerij', 'Groenvoorziening'],
    sbi: ['8130', '0130'],
    topic: 'groenpersoneel',
    occupations: [
      {
        code: '9214',
        title: 'Medewerker groenvoorziening',
        skills: ['GRN-01', 'GRN-02', 'TRV-14'],
        education: 'BASISONDERWIJS',
        work: 'Je onderhoudt parken en bedrijfstuinen in een ploeg.',
      },
      {
        code: '6113',
        title: 'Hovenier',
        skills: ['GRN-01', 'GRN-02', 'GRN-05'],
        education: 'MBO_2',
        work: 'Je legt tuinen aan en onderhoudt ze.',
      },
    ],
  },
  {
    kinds: ['Kinderopvang', 'Kindcentrum', 'Autobedrijf'],
    sbi: ['8891', '4520'],
    topic: 'personeel voor opvang en werkplaats',
    occupations: [
      {
        code: '5311',
        title: 'Pedagogisch medewerker',
        skills: ['ZRG-13', 'ZRG-14', 'ZRG-17'],
        education: 'MBO_3',
        work: 'Je begeleidt een groep kinderen samen met een collega.',
      },
      {
        code: '7231',
        title: 'Automonteur',
        skills: ['TEC-01', 'TEC-02', 'TEC-07'],
        education: 'MBO_2',
        work: 'Je doet onderhoud en APK aan personenauto’s.',
      },
    ],
  },
];

/** Parts of employers' names: places and landmarks of Groningen and Drenthe. */
export const DEMO_NAME_WORDS = [
  'Hunzedal',
  'Drentsche Aa',
  'Martini',
  'Noorderpoort',
  'Eemskanaal',
  'Zuidlaardermeer',
  'Paterswolde',
  'Oosterpoort',
  'Hondsrug',
  'De Punt',
  'Asserbos',
  'Gieterveen',
  'Zernike',
  'Boterdiep',
  'Reitdiep',
];

export const DEMO_LEGAL_FORMS = ['B.V.', 'B.V.', 'V.O.F.', 'B.V.', 'Stichting'];

export interface DemoPlace {
  municipalityCode: string;
  city: string;
  postcodePrefix: number;
  streets: string[];
}

/** Where the demo region's employers and job seekers are: Groningen's labour market region, and Emmen in Drenthe. */
export const DEMO_PLACES: DemoPlace[] = [
  {
    municipalityCode: 'GM0014',
    city: 'Groningen',
    postcodePrefix: 9700,
    streets: ['Industrieweg', 'Peizerweg', 'Osloweg', 'Zuiderzeelaan'],
  },
  {
    municipalityCode: 'GM0106',
    city: 'Assen',
    postcodePrefix: 9400,
    streets: ['Europaweg', 'Industrieweg', 'Stadsbroek'],
  },
  { municipalityCode: 'GM1680', city: 'Gieten', postcodePrefix: 9460, streets: ['Industrieweg', 'Stationsstraat'] },
  { municipalityCode: 'GM1730', city: 'Zuidlaren', postcodePrefix: 9470, streets: ['Stationsweg', 'Telgenkamp'] },
];

export const EMMEN: DemoPlace = {
  municipalityCode: 'GM0114',
  city: 'Emmen',
  postcodePrefix: 7800,
  streets: ['Phileas Foggstraat', 'Bargermeerweg'],
};

/** Contact persons at employers (employees of the employer, not job seekers). */
export const DEMO_CONTACTS = [
  { name: 'Mariska Jansen', role: 'HR-adviseur' },
  { name: 'Peter de Boer', role: 'Bedrijfsleider' },
  { name: 'Anouk Visser', role: 'Manager personeelszaken' },
  { name: 'Henk Smit', role: 'Directeur-eigenaar' },
  { name: 'Lotte Meijer', role: 'Teamleider' },
  { name: 'Jeroen Bos', role: 'Vestigingsmanager' },
  { name: 'Esther Dijkstra', role: 'Recruiter' },
  { name: 'Bert Hoekstra', role: 'Planner' },
];

/** Staff added to each demo organisation next to its role accounts: named colleagues to plan visits with. */
export const DEMO_STAFF: { slug: string; name: string; role: 'ACCOUNT_MANAGER' | 'JOB_COACH' }[] = [
  { slug: 'uwv', name: 'Sanne de Vries', role: 'ACCOUNT_MANAGER' },
  { slug: 'uwv', name: 'Mark Bakker', role: 'ACCOUNT_MANAGER' },
  { slug: 'uwv', name: 'Ilse Mulder', role: 'JOB_COACH' },
  { slug: 'wpda', name: 'Rutger Kramer', role: 'ACCOUNT_MANAGER' },
  { slug: 'wpda', name: 'Fatma Yilmaz', role: 'JOB_COACH' },
  { slug: 'groningen', name: 'Wouter Postma', role: 'ACCOUNT_MANAGER' },
  { slug: 'groningen', name: 'Nadia El Amrani', role: 'JOB_COACH' },
  { slug: 'emmen', name: 'Gert Wiersma', role: 'ACCOUNT_MANAGER' },
];

export const DEMO_VISIT_PURPOSES = [
  'Kennismaking en personeelsbehoefte',
  'Vacatures voor het komende seizoen bespreken',
  'Mogelijkheden voor leerwerkplekken',
  'Evaluatie van geplaatste kandidaten',
  'Banenafspraak: passende functies verkennen',
  'Jaargesprek over de samenwerking',
];

export const DEMO_REPORTS = [
  'Goed gesprek; het bedrijf groeit en zoekt het komende halfjaar extra mensen. Open voor een proefplaatsing.',
  'De werkgever wil kandidaten met weinig ervaring een kans geven als er begeleiding op de werkvloer is.',
  'Veel verloop op de productievloer; samen kijken we naar vaste contracten en opleiden in de praktijk.',
  'Interesse in de banenafspraak; de werkgever wil een functie laten opsplitsen in eenvoudige taken.',
  'Tevreden over de vorige plaatsing; nieuwe vacatures volgen na de zomer.',
];

export const DEMO_AGREEMENTS = [
  'Wij sturen binnen twee weken drie geanonimiseerde profielen.',
  'Vervolgafspraak over een leerwerktraject met het ROC.',
  'Werkgever meldt nieuwe vacatures eerst bij het Werkgeversservicepunt.',
  'Jobcoach komt kennismaken op de werkvloer.',
];

export const DEMO_FOLLOW_UPS = [
  'Profielen voorstellen',
  'Informatie over loonkostensubsidie sturen',
  'Proefplaatsing regelen',
  'Vacaturetekst samen herschrijven',
  'Terugbellen over de planning',
];

export const DEMO_NOTES = [
  'Belde over uitbreiding van het team; vacature volgt.',
  'Werkgever wil graag iemand via de banenafspraak.',
  'Nieuwsbrief over subsidies doorgestuurd.',
  'Contactpersoon is vanaf volgende maand met verlof; vervanging volgt.',
];

/** Pitches are about work, never about the person: the privacy guard refuses personal details. */
export const DEMO_PITCHES = [
  'Zoekt een baan met vaste uren in de regio. Sterk in samenwerken en betrouwbaar.',
  'Heeft jaren ervaring en wil graag weer aan de slag, liefst dicht bij huis.',
  'Net klaar met een opleiding; leergierig en wil in de praktijk verder groeien.',
  'Werkt graag met de handen en is fysiek sterk. Beschikbaar voor ploegendienst.',
  'Zoekt na een periode zonder werk een nieuwe start met goede begeleiding.',
  'Klantvriendelijk en flexibel inzetbaar, ook in het weekend.',
];

export const DEMO_REJECTION_REASONS = ['Andere kandidaat gekozen', 'Reistijd te lang', 'Uren sluiten niet aan'];
