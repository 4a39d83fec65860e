import { PiiKind } from '../../pii-guard';

/**
 * Ways people write the same identifying data, as found when the guard was attacked (issue 20): each spelling is
 * put in several sentences. Every one must be refused, with the kind named.
 */
export const IDENTIFYING_SPELLINGS: Record<Exclude<PiiKind, PiiKind.PERSON_NAME>, string[]> & {
  PERSON_NAME: string[];
} = {
  [PiiKind.BSN]: [
    '111222333',
    '111 222 333',
    '111.222.333',
    '111-22-2333',
    '1112 22 333',
    'bsn 111\u200b222\u200b333',
    '１１１２２２３３３',
    '١١١٢٢٢٣٣٣',
    'bsn 111 en dan 222 en 333',
    '111 / 222 / 333',
    '111_222_333',
    '123 45 6782',
    '111 . 222 . 333',
    'BSN: 1 1 1 2 2 2 3 3 3',
  ],
  [PiiKind.EMAIL]: [
    'jan.jansen@example.nl',
    'jan.jansen at example punt nl',
    'jan.jansen apenstaartje example punt nl',
    'jan.jansen(at)example(dot)nl',
    'jan.jansen [at] example [dot] nl',
    'jan.jansen @ example . nl',
    'jan.jansen＠example．nl',
    'JAN.JANSEN@EXAMPLE.NL',
    'jan punt jansen at gmail punt com',
    'jan.jansen{at}hotmail{dot}com',
    'jan.jansen@\u200bexample.nl',
  ],
  [PiiKind.PHONE]: [
    '0612345678',
    '06-12345678',
    '06 1234 5678',
    '+31 6 12345678',
    '+31 (0)6 1234 5678',
    '0031 6 12 34 56 78',
    '06.12.34.56.78',
    'nul zes een twee drie vier vijf zes zeven acht',
    '050 - 312 34 56',
    '(050) 3123456',
    '٠٦١٢٣٤٥٦٧٨',
    '06\u200b1234\u200b5678',
  ],
  [PiiKind.ADDRESS]: [
    '9401 AB 12',
    '9401 ab 12',
    '9401-AB nr 12',
    'postcode 9401 AB huisnummer 12',
    'Kerkstraat 12, 9401 AB',
    '9401AB12',
    'Kerkstraat 12 9401ab Assen',
    '9401 AB, nr. 12a',
    '９４０１ＡＢ １２',
  ],
  [PiiKind.BIRTH_DATE]: [
    'geb. 12 03 1968',
    'geboren 12-03-1968',
    'geboortedatum 12.3.68',
    'geb 12 maart 1968',
    "geboren op 12 mrt '68",
    'dob 1968-03-12',
    'geb.datum: 12/03/1968',
    'geboren in 1968',
    'Geboren: maart 12, 1968',
    'geb. 12 – 03 – 1968',
    'GEBOREN 12-3-68',
  ],
  [PiiKind.IBAN]: [
    'NL91ABNA0417164300',
    'NL91 ABNA 0417 1643 00',
    'nl91 abna 0417 1643 00',
    'NL 91 ABNA 04 17 16 43 00',
    'NL91-ABNA-0417-1643-00',
    'DE89 3704 0044 0532 0130 00',
    'NL91ABNA\u200b0417164300',
  ],
  PERSON_NAME: [
    'J.P. de Vries',
    'A. van der Berg',
    'dhr. Bakker',
    'mevrouw Jansen',
    'Jan Bakker',
    'Fatima El Amrani',
    'Mohamed Yilmaz',
    'mevr. De Jong',
    'de heer K. Visser',
    'Dhr Smit',
    'Sanne de Boer',
    'Pieter van den Heuvel',
    'M. Mulder',
    'Kees Meijer',
    'J.P.de Vries',
  ],
};

/** Dates that read as a birth date in a candidate's text even without a cue. */
export const CANDIDATE_BIRTH_DATES = [
  '12-03-1968',
  '12 maart 1968',
  '1968-03-12',
  '12/3/1968',
  '3 okt. 1985',
  '30.07.1971',
];

/** Sentences the data is put in: at the start, in the middle, in brackets, at the end. */
export const CARRIERS = [
  '{} wil graag in de logistiek werken.',
  'Kandidaat: {}, beschikbaar per direct.',
  'Voor vragen over deze kandidaat: {}.',
  'Notitie na gesprek ({}) - past bij de vacature.',
  'Gegevens {} staan in ons eigen systeem.',
  'Zie {}',
];
