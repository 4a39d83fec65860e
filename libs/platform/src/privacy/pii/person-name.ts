import firstNamesFile from '../../../data/dutch-first-names.v1.json';

/**
 * Person names: initials with a surname ("J.P. de Vries", "A. van der Berg"), a salutation with a name
 * ("dhr. Bakker", "mevrouw Jansen") and a common first name followed by a capitalised word ("Jan Bakker").
 * Job texts are full of capitalised words, so each form has the exceptions that keep ordinary texts passing.
 */

const FIRST_NAMES = new Set(firstNamesFile.names);
const TUSSENVOEGSEL = String.raw`(?:van|von|de|der|den|het|'t|’t|te|ten|ter|in|op|onder|uit|la|le|du|da|di|del|della|dos|el|al|bin|ben|ibn|abu)`;
const SURNAME = String.raw`\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}[\p{Ll}'’]+)?`;
const PARTICLES = String.raw`(?:${TUSSENVOEGSEL}\s+){0,3}`;
const INITIALS = String.raw`(?:\p{Lu}\.\s?){1,4}`;

/** Found at every position (a lookahead), so "Werkplein Jan Bakker" still reaches "Jan Bakker". */
const INITIALS_NAME = new RegExp(String.raw`(?<![\p{L}.])(?=(${INITIALS})\s*(${PARTICLES})(${SURNAME}))`, 'gu');
const FIRST_NAME_SURNAME = new RegExp(
  String.raw`(?<![\p{L}'’-])(?=(\p{Lu}[\p{Ll}'’]+)\s+(${PARTICLES})(${SURNAME}))`,
  'gu',
);
const SALUTATION = new RegExp(
  String.raw`(?<!\p{L})(?:${anyCase('dhr')}\.?|${anyCase('mnr')}\.?|${anyCase('meneer')}|${anyCase('de heer')}|` +
    String.raw`${anyCase('mevr')}\.?|${anyCase('mevrouw')}|${anyCase('mejuffrouw')}|${anyCase('mej')}\.|` +
    String.raw`${anyCase('mw')}\.|${anyCase('mr')}\.|${anyCase('mrs')}\.?|${anyCase('mister')})` +
    String.raw`\s+(?:${INITIALS}\s*)?(?:${anyCase(TUSSENVOEGSEL)}\s+){0,3}${SURNAME}`,
  'u',
);

/** Abbreviations written like initials: legal forms and short notes ("Bakker B.V. Assen", "N.B. Start"). */
const ABBREVIATIONS = new Set([
  'BV',
  'NV',
  'VOF',
  'CV',
  'NB',
  'PS',
  'BA',
  'MA',
  'BSC',
  'MSC',
  'AUB',
  'ZSM',
  'IVM',
  'TAV',
  'OA',
  'EA',
  'BVB',
  'VVE',
]);
/** Words that take a single letter ("rijbewijs B. Daarnaast"), so a letter after them is no initial. */
const LETTER_NOUNS =
  /(?:rijbewijs|niveau|groep|plan|categorie|klasse|klas|type|fase|code|vitamine|ploeg|dienst|hal|blok|gebouw|ingang|deel|bijlage|schaal|trede|loongroep|functiegroep|zone|sector|afdeling|locatie|optie|route|vak|stap|module|lid|artikel|label|bus|lijn|spoor|perron|kamer|verdieping|vleugel|unit|pakket|klant|status|kwaliteit|score|cijfer|voorkeur|variant|versie|appendix|rang|graad|onderdeel|punt)$/i;
/** Streets and places named after people are addresses, not people ("Jan van Galenstraat", "Willem Alexanderplein"). */
const PLACE_SUFFIX =
  /(?:straat|laan|weg|plein|kade|singel|gracht|dreef|hof|park|plantsoen|pad|steeg|dijk|markt|ring|baan|burg|veld|hoek|haven|brug|polder|wijk|oord|dorp|stad|kanaal|school|college|lyceum|ziekenhuis|kliniek|huis|centrum|stichting|fonds|kazerne|hal|prijs)$/i;
/** Capitalised words that begin sentences or name institutions, never a surname after an initial or first name. */
const NOT_SURNAMES = new Set(
  (
    'De Het Een Deze Die Dit Dat Daar Daarnaast Daarom Daarbij Dan Dus Er En Of Maar Want Ook Nog Niet Geen Wel Zo Wij We Zij Ze Hij Ik Je Jij U Uw Jouw Ons Onze Hun Haar Zijn Wie Wat Waar Wanneer Hoe Waarom Welke ' +
    'In Op Met Voor Na Bij Aan Van Uit Over Onder Tot Tussen Tijdens Vanaf Sinds Naast Zonder Per Om Als Omdat Indien Doordat Terwijl Hierbij Hiervoor Verder Ten Tevens Bovendien Eventueel Graag Samen Alle Elke Iedere ' +
    'Start Salaris Werktijden Functie Taken Profiel Aanbod Werkzaamheden Eisen Ervaring Opleiding Kandidaat Kandidaten Vacature Werkgever Werknemer Contract Uren Locatie Standplaats Afspraak Afspraken Gesprek Bezoek Notitie Actie Opvolging Reactie Solliciteren Interesse Meer Informatie Vragen Contact ' +
    'Ziekenhuis Gasthuis Kliniek Zorgcentrum Zorg Centrum School College Lyceum Gymnasium Academie Stichting Kerk Huis Hof Park Groep Wonen Thuiszorg Kinderopvang Hotel Theater Museum Bibliotheek Fonds Instituut Universiteit Hogeschool Kazerne Markt Plaza Supermarkt Bakkerij Boerderij Kwekerij Logistiek Transport Techniek Bouw Installatie Service Services Holding Personeel Uitzendbureau ' +
    'Maandag Dinsdag Woensdag Donderdag Vrijdag Zaterdag Zondag Januari Februari Maart April Mei Juni Juli Augustus September Oktober November December ' +
    'Nederland Nederlands Engels Duits Frans Pools Turks Arabisch Spaans Assen Groningen Emmen Drenthe Tynaarlo Amsterdam Rotterdam Utrecht Zwolle Leeuwarden Hoogezand Veendam Stadskanaal Winschoten Delfzijl'
  ).split(' '),
);
/** Companies and places whose names begin with a first name. */
const KNOWN_NON_PERSONS = [
  'Albert Heijn',
  'Jan Linders',
  'Dirk van den Broek',
  'Hans Anders',
  'Otto Work',
  'Hugo Boss',
  'Anna Paulowna',
  'Willem Alexander',
  'Hendrik Ido',
  'Sint Anna',
  'Johan Cruijff',
  'Johan Cruyff',
  'Max Havelaar',
  'Tony Chocolonely',
  'Piet Hein',
  'Martin Luther',
  'Maria Montessori',
  'Anne Frank',
  'Vincent van Gogh',
  'Jan Pieterszoon',
  'Karel Doorman',
].map((phrase) => phrase.toLowerCase());

export function hasPersonName(normalised: string): boolean {
  if (SALUTATION.test(normalised)) return true;
  for (const match of normalised.matchAll(INITIALS_NAME)) {
    const [, initials, , surname] = match;
    const letters = initials.replace(/[^\p{Lu}]/gu, '');
    if (ABBREVIATIONS.has(letters) || isNotASurname(surname)) continue;
    if (letters.length === 1 && LETTER_NOUNS.test(wordBefore(normalised, match.index))) continue;
    return true;
  }
  for (const match of normalised.matchAll(FIRST_NAME_SURNAME)) {
    const [, firstName, particles, surname] = match;
    if (!FIRST_NAMES.has(firstName) || isNotASurname(surname)) continue;
    const phrase = `${firstName} ${particles}${surname}`.toLowerCase();
    if (KNOWN_NON_PERSONS.some((known) => phrase.startsWith(known))) continue;
    return true;
  }
  return false;
}

function isNotASurname(word: string): boolean {
  return NOT_SURNAMES.has(word) || PLACE_SUFFIX.test(word);
}

function wordBefore(text: string, index: number): string {
  return /([\p{L}]+)\s*$/u.exec(text.slice(Math.max(0, index - 30), index))?.[1] ?? '';
}

/** "dhr" as [dD][hH][rR]: JavaScript has no case-insensitive group, and the surname must stay capitalised. */
function anyCase(pattern: string): string {
  return pattern.replace(/\p{L}/gu, (letter) => `[${letter.toLowerCase()}${letter.toUpperCase()}]`);
}
