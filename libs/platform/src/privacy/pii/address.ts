/**
 * A Dutch postcode with a house number, in either order and any spacing: "9401 ab 12", "9401-AB nr 12",
 * "postcode 9401 AB huisnummer 12", "Kerkstraat 12, 9401 AB". A postcode alone (a town's area) passes.
 */
const POSTCODE = String.raw`[1-9]\d{3}[\s._-]*(?!(?:${unitsAndShortWords()})(?![a-z]))[a-z]{2}(?![a-z])`;
const NUMBER_WORD = String.raw`(?:huis\s*nummer|huisnr|hnr|nummer|nr|no)\.?:?\s*`;
const HOUSE_NUMBER = String.raw`\d{1,5}(?:\s?[a-z](?![a-z]))?(?:\s?-\s?\d{1,4})?`;
const ADDRESS = new RegExp(
  String.raw`(?<!\d)(?:` +
    String.raw`${POSTCODE}[\s,]*(?:${NUMBER_WORD})?${HOUSE_NUMBER}(?![\d,.]\d|\s*(?:uur|km|jaar|maanden|weken|dagen|euro|%))` +
    String.raw`|(?<!${anyCasePostbus()}\s*)(?:${NUMBER_WORD})?${HOUSE_NUMBER}[\s,]*(?:postcode:?\s*)?${POSTCODE}` +
    ')',
  'i',
);

export function hasAddress(normalised: string): boolean {
  return ADDRESS.test(normalised);
}

/** A P.O. box number is an organisation's mail address, not where someone lives. */
function anyCasePostbus(): string {
  return '[pP][oO][sS][tT][bB][uU][sS]';
}

/** Two-letter units and Dutch words that follow a number without being a postcode's letters ("1200 km 12"). */
function unitsAndShortWords(): string {
  return 'km|kg|cm|mm|ml|cl|dl|kw|mw|gb|mb|tb|pk|ha|ct|st|uu|en|of|in|op|te|om|na|al|nu|de|ik|je|ze|we|er|is|zo|ja|ad|tm';
}
