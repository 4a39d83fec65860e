/**
 * The text the detectors read: the same characters a person sees, without the tricks that hide a number or an
 * address from a pattern. Obfuscation adds nothing a reader needs, so taking it away cannot cause a refusal of an
 * ordinary text.
 */

const FORMAT_CHARACTERS = /[\p{Cf}\u180E\u115F\u1160\u3164\uFFA0]/gu;
const DECIMAL_DIGIT = /\p{Nd}/u;
const NON_ASCII_DIGIT = /(?![0-9])\p{Nd}/gu;
/**
 * A run of spaces, dots, dashes, underscores or slashes (and the brackets of an area code) between two digits
 * reads as one separator.
 */
const SEPARATOR_RUN_BETWEEN_DIGITS = /(?<=\d)[\s.\-_/()\u2010-\u2015\u2212]+(?=\d)/gu;
const WHITESPACE_RUN = /\s+/gu;
const DIGIT_WORDS: Record<string, string> = {
  nul: '0',
  een: '1',
  één: '1',
  twee: '2',
  drie: '3',
  vier: '4',
  vijf: '5',
  zes: '6',
  zeven: '7',
  acht: '8',
  negen: '9',
  zero: '0',
  one: '1',
  two: '2',
  three: '3',
  four: '4',
  five: '5',
  six: '6',
  seven: '7',
  eight: '8',
  nine: '9',
};
const DIGIT_WORD = Object.keys(DIGIT_WORDS).join('|');
/** Six or more digits spelled out in a row ("nul zes een twee ...") are a number, never ordinary prose. */
const SPELLED_NUMBER = new RegExp(
  String.raw`(?<!\p{L})(?:(?:${DIGIT_WORD})[\s,.-]*){5}(?:${DIGIT_WORD})(?:[\s,.-]*(?:${DIGIT_WORD}))*(?!\p{L})`,
  'giu',
);

/**
 * NFKC (full-width, superscript and mathematical digits and letters become plain ones), format and zero-width
 * characters dropped, every Unicode decimal digit mapped to ASCII, six or more spelled-out digits written as
 * digits, separator runs between digits collapsed to one space, and any other whitespace run to one space.
 */
export function normaliseForPiiDetection(text: string): string {
  return text
    .normalize('NFKC')
    .replace(FORMAT_CHARACTERS, '')
    .replace(NON_ASCII_DIGIT, asciiDigit)
    .replace(WHITESPACE_RUN, ' ')
    .replace(SPELLED_NUMBER, spelledDigits)
    .replace(SEPARATOR_RUN_BETWEEN_DIGITS, ' ');
}

/**
 * Unicode keeps every decimal digit set as ten consecutive code points from zero to nine (a stability
 * guarantee), so a digit's value is its distance from the start of its run, modulo ten.
 */
function asciiDigit(digit: string): string {
  const codePoint = digit.codePointAt(0)!;
  let start = codePoint;
  while (DECIMAL_DIGIT.test(String.fromCodePoint(start - 1))) start--;
  return String((codePoint - start) % 10);
}

function spelledDigits(run: string): string {
  return run
    .toLowerCase()
    .split(/[\s,.-]+/u)
    .filter(Boolean)
    .map((word) => DIGIT_WORDS[word])
    .join('');
}
