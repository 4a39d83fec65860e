/**
 * E-mail addresses, also written to slip past a plain pattern: `at`, `apenstaartje`, `(at)` or `[at]` for @,
 * `punt`, `dot` or `[dot]` for the dot, spaces around either. A written-out form counts only with a top-level
 * domain people use, so "team @ Assen. Daarna" is not an address.
 */
const LOCAL_PART = String.raw`[a-z0-9][a-z0-9._%+-]*`;
const LABEL = String.raw`[a-z0-9](?:[a-z0-9-]*[a-z0-9])?`;
const AT = String.raw`(?:\s*@\s*|\s*[([{]\s*(?:at|@)\s*[)\]}]\s*|\s+(?:at|apenstaartje|apestaartje|aapje)\s+)`;
const DOT = String.raw`(?:\s*\.\s*|\s*[([{]\s*(?:dot|punt|\.)\s*[)\]}]\s*|\s+(?:dot|punt)\s+)`;
const PLAIN_ADDRESS = new RegExp(String.raw`${LOCAL_PART}@${LABEL}(?:\.${LABEL})*\.[a-z]{2,24}(?![a-z0-9])`, 'i');
const WRITTEN_ADDRESS = new RegExp(
  String.raw`(?<![a-z0-9])${LOCAL_PART}${AT}${LABEL}(?:${DOT}${LABEL})*${DOT}([a-z]{2,24})(?![a-z0-9])`,
  'gi',
);
const COMMON_TOP_LEVEL_DOMAINS = new Set(
  (
    'nl be de fr uk eu com net org info biz io co me email online nu frl amsterdam ' +
    'es it pl pt ro tr ma sr cw aw at ch dk se no fi ie lu gov edu'
  ).split(' '),
);

export function hasEmail(normalised: string): boolean {
  if (PLAIN_ADDRESS.test(normalised)) return true;
  for (const match of normalised.matchAll(WRITTEN_ADDRESS)) {
    if (COMMON_TOP_LEVEL_DOMAINS.has(match[1].toLowerCase())) return true;
  }
  return false;
}
