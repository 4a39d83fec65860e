import { NotificationKind } from '../notification.models';
import { digestMail, notificationMail } from './mail-templates';
import { describeMailError, isAddressRefused } from './mail-transport';

describe('mail templates', () => {
  const mail = notificationMail({
    kind: NotificationKind.VISIT_INVITED,
    recipientName: 'Sanne de Vries',
    message: 'Bezoek bij <Bakkerij "De Korf" & Zn> op 12 januari',
    url: 'https://crm.example.nl/bezoeken/1?x=1&y=2',
    settingsUrl: 'https://crm.example.nl/meldingen/instellingen',
  });

  it('says the same in plain text and in HTML, in Dutch, with the link', () => {
    expect(mail.subject).toBe('Uitnodiging werkgeversbezoek');
    expect(mail.text).toContain('Beste Sanne de Vries,');
    expect(mail.text).toContain('Bezoek bij <Bakkerij "De Korf" & Zn> op 12 januari');
    expect(mail.text).toContain('Bekijk het bezoek: https://crm.example.nl/bezoeken/1?x=1&y=2');
    expect(mail.html).toContain('<html lang="nl">');
    expect(mail.html).toContain('<title>Uitnodiging werkgeversbezoek</title>');
    expect(mail.html).toContain('<main>');
  });

  it('escapes what the message holds in HTML, so a name cannot become markup', () => {
    expect(mail.html).toContain('Bezoek bij &lt;Bakkerij &quot;De Korf&quot; &amp; Zn&gt; op 12 januari');
    expect(mail.html).toContain('<a href="https://crm.example.nl/bezoeken/1?x=1&amp;y=2">Bekijk het bezoek</a>');
    expect(mail.html).not.toContain('<Bakkerij');
  });

  it('has wording for every kind', () => {
    for (const kind of Object.values(NotificationKind)) {
      const content = notificationMail({ kind, recipientName: 'A', message: 'B', url: 'u', settingsUrl: 's' });
      expect(content.subject.length).toBeGreaterThan(5);
      expect(content.text).toMatch(/^Bekijk .+: u$/m);
    }
  });

  it('lists a digest with a link per item and counts them in the subject', () => {
    const digest = digestMail(
      'Sanne',
      [
        { message: 'Een', url: 'https://crm.example.nl/a' },
        { message: 'Twee', url: 'https://crm.example.nl/b' },
      ],
      'https://crm.example.nl/meldingen/instellingen',
      'maandag 7 januari',
    );
    expect(digest.subject).toBe('Je meldingen van maandag 7 januari: 2 meldingen');
    expect(digest.text).toContain('- Een\n  https://crm.example.nl/a');
    expect(digest.html.match(/<li>/g)).toHaveLength(2);
  });
});

describe('mail errors', () => {
  it('treats only a 5xx refusal of the recipient as final', () => {
    expect(isAddressRefused({ code: 'EENVELOPE', responseCode: 550 })).toBe(true);
    expect(isAddressRefused({ code: 'EENVELOPE', responseCode: 450 })).toBe(false);
    expect(isAddressRefused({ code: 'ECONNECTION' })).toBe(false);
    expect(isAddressRefused({ code: 'EAUTH', responseCode: 535 })).toBe(false);
    expect(isAddressRefused(undefined)).toBe(false);
  });

  it("describes an error by its code and the server's answer", () => {
    const error = Object.assign(new Error('Can not send mail'), { code: 'EENVELOPE', response: '550 5.1.1 Unknown' });
    expect(describeMailError(error)).toBe('EENVELOPE: 550 5.1.1 Unknown');
    expect(describeMailError(Object.assign(new Error('connect ECONNREFUSED'), { code: 'ESOCKET' }))).toBe(
      'ESOCKET: connect ECONNREFUSED',
    );
  });
});
