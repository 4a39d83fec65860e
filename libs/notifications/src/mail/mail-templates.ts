import { NotificationKind } from '../notification.models';

/** A message as it is stored in the mail outbox and sent. */
export interface MailContent {
  subject: string;
  text: string;
  html: string;
}

/** What a mail about one notification says around the notification's own text. */
interface KindWording {
  subject: string;
  /** The link's text: says where it goes, also read out of context by a screen reader. */
  action: string;
}

const WORDING: Readonly<Record<NotificationKind, KindWording>> = {
  [NotificationKind.CANDIDATE_INTEREST]: {
    subject: 'Interesse in je kandidaat',
    action: 'Bekijk de interesse in je inbox',
  },
  [NotificationKind.CANDIDATE_PROPOSED]: {
    subject: 'Kandidaat voorgedragen voor je vacature',
    action: 'Bekijk de voordracht',
  },
  [NotificationKind.PROPOSAL_CHANGED]: { subject: 'Voordracht verder', action: 'Bekijk de voordracht' },
  [NotificationKind.INTEREST_DECLINED]: { subject: 'Interesse afgewezen', action: 'Bekijk de vacature' },
  [NotificationKind.PROFILE_EXPIRING]: { subject: 'Profiel verloopt binnenkort', action: 'Bekijk het profiel' },
  [NotificationKind.MAX_WW_ENDING]: { subject: 'WW van je kandidaat eindigt binnenkort', action: 'Bekijk het profiel' },
  [NotificationKind.PROFILE_REMOVED]: { subject: 'Profiel verwijderd', action: 'Bekijk je kandidaten' },
  [NotificationKind.VISIT_INVITED]: { subject: 'Uitnodiging werkgeversbezoek', action: 'Bekijk het bezoek' },
  [NotificationKind.VISIT_CHANGED]: { subject: 'Werkgeversbezoek gewijzigd', action: 'Bekijk het bezoek' },
  [NotificationKind.VISIT_CANCELLED]: { subject: 'Werkgeversbezoek geannuleerd', action: 'Bekijk het bezoek' },
  [NotificationKind.FOLLOW_UP_ASSIGNED]: { subject: 'Nieuwe actie voor jou', action: 'Bekijk het bezoek' },
  [NotificationKind.FOLLOW_UP_DUE]: { subject: 'Actie morgen af', action: 'Bekijk het bezoek' },
  [NotificationKind.IMPORT_FINISHED]: { subject: 'Import klaar', action: 'Bekijk de import' },
};

const SIGNATURE = 'Werkgeversservicepunt';

/** Everything a mail about one notification is made of. */
export interface NotificationMail {
  kind: NotificationKind;
  recipientName: string;
  message: string;
  /** Absolute link into the web app. */
  url: string;
  /** Absolute link to the user's notification settings. */
  settingsUrl: string;
}

/** One notification as an e-mail: Dutch, plain text and simple, accessible HTML with the same content. */
export function notificationMail({ kind, recipientName, message, url, settingsUrl }: NotificationMail): MailContent {
  const { subject, action } = WORDING[kind];
  return {
    subject,
    text: [
      `Beste ${recipientName},`,
      '',
      message,
      '',
      `${action}: ${url}`,
      '',
      `-- `,
      SIGNATURE,
      footerText(settingsUrl),
    ].join('\n'),
    html: page(
      subject,
      [
        `<p>Beste ${escapeHtml(recipientName)},</p>`,
        `<p>${escapeHtml(message)}</p>`,
        `<p><a href="${escapeHtml(url)}">${escapeHtml(action)}</a></p>`,
      ].join('\n'),
      settingsUrl,
    ),
  };
}

/** A digest item: the notification's text and where it leads. */
export interface DigestLine {
  message: string;
  url: string;
}

/** The daily digest: every item with its own link, oldest first. */
export function digestMail(recipientName: string, lines: DigestLine[], settingsUrl: string, day: string): MailContent {
  const subject = `Je meldingen van ${day}: ${lines.length === 1 ? '1 melding' : `${lines.length} meldingen`}`;
  return {
    subject,
    text: [
      `Beste ${recipientName},`,
      '',
      lines.length === 1
        ? 'Dit is er sinds het vorige overzicht:'
        : 'Dit zijn je meldingen sinds het vorige overzicht:',
      '',
      ...lines.map((line) => `- ${line.message}\n  ${line.url}`),
      '',
      `-- `,
      SIGNATURE,
      footerText(settingsUrl),
    ].join('\n'),
    html: page(
      subject,
      [
        `<p>Beste ${escapeHtml(recipientName)},</p>`,
        `<p>Dit zijn je meldingen sinds het vorige overzicht:</p>`,
        '<ul>',
        ...lines.map(
          (line) => `<li>${escapeHtml(line.message)} <a href="${escapeHtml(line.url)}">Bekijk in de CRM</a></li>`,
        ),
        '</ul>',
      ].join('\n'),
      settingsUrl,
    ),
  };
}

function footerText(settingsUrl: string): string {
  return `Je krijgt deze e-mail door je instellingen voor meldingen. Wijzigen: ${settingsUrl}`;
}

/** A complete HTML document: language, title and one main landmark, so assistive software reads it well. */
function page(title: string, body: string, settingsUrl: string): string {
  return [
    '<!DOCTYPE html>',
    '<html lang="nl">',
    '<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(title)}</title></head>`,
    '<body style="font-family: Arial, sans-serif; font-size: 16px; line-height: 1.5; color: #1a1a1a">',
    '<main>',
    `<h1 style="font-size: 20px">${escapeHtml(title)}</h1>`,
    body,
    '</main>',
    '<footer style="margin-top: 2em; font-size: 14px; color: #4a4a4a">',
    `<p>${SIGNATURE}. Je krijgt deze e-mail door je <a href="${escapeHtml(settingsUrl)}">instellingen voor meldingen</a>.</p>`,
    '</footer>',
    '</body>',
    '</html>',
  ].join('\n');
}

export function escapeHtml(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}
