import { ErrorCode } from '../errors/domain-error';
import { assertNoPii, businessAddress, findPii, GuardedText, passesElevenTest, PiiKind } from './pii-guard';

const TODAY = new Date('2026-11-23T12:00:00Z');

describe('PII guard', () => {
  describe('refuses personal data', () => {
    it.each([
      // BSN: test numbers that pass the eleven test, with and without separators
      ['BSN plain', 'Klant heeft BSN 111222333 aangeleverd', PiiKind.BSN],
      ['BSN with dots', 'bsn: 123.456.782', PiiKind.BSN],
      ['BSN with spaces', 'nummer 1234 56 782 bekend', PiiKind.BSN],
      ['BSN with dashes', 'sofi 123-45-6782', PiiKind.BSN],
      ['BSN at start', '999999990 is het nummer', PiiKind.BSN],
      ['BSN in brackets', '(111222333)', PiiKind.BSN],
      // e-mail
      ['e-mail', 'Mail naar jan.jansen@gmail.com', PiiKind.EMAIL],
      ['e-mail plus', 'j+werk@voorbeeld.nl', PiiKind.EMAIL],
      ['e-mail subdomain', 'contact: piet@mail.provider.co.uk.', PiiKind.EMAIL],
      ['e-mail uppercase', 'MARIA@HOTMAIL.COM', PiiKind.EMAIL],
      // phone numbers
      ['mobile', 'bel 0612345678', PiiKind.PHONE],
      ['mobile dash', 'tel 06-12345678', PiiKind.PHONE],
      ['mobile spaced', '06 1234 5678', PiiKind.PHONE],
      ['mobile +31', '+31 6 12345678', PiiKind.PHONE],
      ['mobile +31 compact', '+31612345678', PiiKind.PHONE],
      ['mobile 0031', '0031 6 1234 5678', PiiKind.PHONE],
      ['landline Assen', '0592-123456', PiiKind.PHONE],
      ['landline Amsterdam', '020 123 4567', PiiKind.PHONE],
      ['landline brackets', '(050) 312 3456', PiiKind.PHONE],
      ['international', '+49 30 1234567', PiiKind.PHONE],
      ['international 00', '0044 20 7946 0958', PiiKind.PHONE],
      // IBAN
      ['IBAN NL', 'rekening NL91ABNA0417164300', PiiKind.IBAN],
      ['IBAN NL spaced', 'NL91 ABNA 0417 1643 00', PiiKind.IBAN],
      ['IBAN lowercase', 'nl91abna0417164300', PiiKind.IBAN],
      ['IBAN DE', 'DE89 3704 0044 0532 0130 00', PiiKind.IBAN],
      ['IBAN BE', 'BE68539007547034', PiiKind.IBAN],
      // address: postcode with house number
      ['address street first', 'woont op Kerkstraat 12, 9401 AB Assen', PiiKind.ADDRESS],
      ['address postcode first', '9401 AB 12', PiiKind.ADDRESS],
      ['address compact', '9401AB, 12a', PiiKind.ADDRESS],
      ['address addition', 'Dorpsweg 3-2 1234 AB', PiiKind.ADDRESS],
      ['address lowercase', 'huisnr 7 9712ab', PiiKind.ADDRESS],
      // birth dates
      ['birth date dashes', 'geboren 12-03-1975', PiiKind.BIRTH_DATE],
      ['birth date slashes', '1/2/1980', PiiKind.BIRTH_DATE],
      ['birth date ISO', '1968-07-30', PiiKind.BIRTH_DATE],
      ['birth date written', 'geb. 3 maart 1990', PiiKind.BIRTH_DATE],
      ['birth date abbreviated', '15 okt. 1985', PiiKind.BIRTH_DATE],
      ['birth date dots', '05.11.2001', PiiKind.BIRTH_DATE],
    ])('%s', (_, text, kind) => {
      expect(findPii(text, GuardedText.CANDIDATE, TODAY)).toContain(kind);
    });
  });

  describe('lets harmless look-alikes pass', () => {
    it.each([
      ['amount', 'Salaris € 2.450,00 per maand'],
      ['large amount', 'Omzet 123.456.789 euro'],
      ['year', 'Start in 2027'],
      ['years', 'tussen 2025 en 2026'],
      ['KvK', 'KvK 12345678'],
      ['establishment number', 'vestiging 000012345678'],
      ['ISCO', 'beroep 8344 heftruckchauffeur'],
      ['hours', '32-40 uur per week'],
      ['hours slash', '24/36 uur'],
      ['time', 'van 08:30 tot 17:00'],
      ['start date', 'start 04-01-2027'],
      ['recent date', 'gesprek op 12-11-2026'],
      ['ISO recent', 'vanaf 2026-02-01'],
      ['postcode alone', 'werkplek in 9401 AB Assen'],
      ['nine digits failing eleven test', 'ordernummer 123456789'],
      ['vacancy count', '3 vacatures voor 12 personen'],
      ['percent', '7,1% doorstroom'],
      ['short number', 'artikel 30a'],
      ['SBI', 'SBI 47111'],
      ['at sign alone', 'team @ Assen'],
      ['website', 'zie www.werkplein.nl/vacatures'],
      ['invalid IBAN', 'NL91ABNA0417164301'],
      ['version', 'versie 1.2.3'],
      ['licence', 'rijbewijs C en code 95'],
      ['range of years', '2019-2024 ervaring'],
      ['temperature', 'werken bij -20 graden'],
      ['big count', '1.200 medewerkers'],
      ['decimal hours', '38,5 uur'],
      ['date range', '1-3 maanden'],
      ['nothing', 'Gemotiveerde kandidaat met ervaring in de logistiek'],
    ])('%s', (_, text) => {
      expect(findPii(text, GuardedText.CANDIDATE, TODAY)).toEqual([]);
      expect(findPii(text, GuardedText.BUSINESS, TODAY)).toEqual([]);
    });
  });

  describe('reads a text for what it is', () => {
    it('refuses any full date with a plausible birth year in a candidate text, only after a cue elsewhere', () => {
      expect(findPii('Werkte bij ons sinds 12 maart 1985', GuardedText.CANDIDATE, TODAY)).toEqual([PiiKind.BIRTH_DATE]);
      expect(findPii('Gevestigd sinds 12 maart 1985', GuardedText.BUSINESS, TODAY)).toEqual([]);
      expect(findPii('Contactpersoon geboren 12 maart 1985', GuardedText.BUSINESS, TODAY)).toEqual([
        PiiKind.BIRTH_DATE,
      ]);
    });

    it('allows an address, a phone number and a name in a business address, never a BSN, birth date or IBAN', () => {
      const address = 'Bakker Logistiek, t.a.v. dhr. Bakker, Industrieweg 12, 9403 AB Assen, tel. 0592-123456';
      expect(findPii(address, GuardedText.BUSINESS_ADDRESS, TODAY)).toEqual([]);
      expect(findPii(address, GuardedText.BUSINESS, TODAY)).toEqual(
        expect.arrayContaining([PiiKind.ADDRESS, PiiKind.PHONE, PiiKind.PERSON_NAME]),
      );
      for (const [text, kind] of [
        ['Industrieweg 12, bsn 111222333', PiiKind.BSN],
        ['Industrieweg 12, geb. 12-03-1968', PiiKind.BIRTH_DATE],
        ['Industrieweg 12, NL91 ABNA 0417 1643 00', PiiKind.IBAN],
      ] as const) {
        expect(findPii(text, GuardedText.BUSINESS_ADDRESS, TODAY)).toEqual([kind]);
      }
    });

    it('checks each field as what it is when fields of several kinds are guarded together', () => {
      expect(() =>
        assertNoPii({
          'input.purpose': 'Kennismaking',
          'input.location': businessAddress('Industrieweg 12, 9403 AB Assen'),
        }),
      ).not.toThrow();
      expect(() => assertNoPii({ 'input.purpose': 'Bij Industrieweg 12, 9403 AB Assen' })).toThrow();
    });
  });

  it('implements the eleven test', () => {
    expect(passesElevenTest('111222333')).toBe(true);
    expect(passesElevenTest('123456782')).toBe(true);
    expect(passesElevenTest('123456789')).toBe(false);
    expect(passesElevenTest('000000000')).toBe(false);
  });

  it('names the field and the kind, never the text', () => {
    let error: unknown;
    try {
      assertNoPii({ 'input.text': 'Bel Jan op 0612345678', 'input.title': 'Heftruckchauffeur' });
    } catch (caught) {
      error = caught;
    }
    expect(error).toMatchObject({
      code: ErrorCode.PII_DETECTED,
      details: { fields: [{ field: 'input.text', kind: PiiKind.PHONE, message: 'contains personal data (PHONE)' }] },
    });
    expect(JSON.stringify(error)).not.toContain('0612345678');
    expect((error as Error).message).not.toContain('0612345678');
  });
});
