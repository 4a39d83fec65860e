import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, AppConfig, JobName, Outbox } from '@wsp/platform';
import { NotificationKind } from '../notification.models';
import { MailContent } from './mail-templates';
import { CalendarMethod, MailRepository, Recipient } from './mail.repository';

/** Where the user's notification settings are in the web app. */
export const SETTINGS_PATH = '/meldingen/instellingen';

/**
 * Puts a message in the mail outbox, in the caller's transaction, with the job that sends it: if the cause
 * commits the message goes out (also after a queue outage), if it rolls back there is none.
 */
@Injectable()
export class MailOutbox {
  constructor(
    private readonly outbox: Outbox,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly mails: MailRepository,
  ) {}

  /** An absolute link into the web app. */
  link(path: string): string {
    const base = this.config.publicUrl ?? `http://localhost:${this.config.http.port}`;
    return `${base}${path}`;
  }

  /** The user's address and name, when they are active and so should get mail. */
  async activeRecipient(userId: string): Promise<Recipient | undefined> {
    const recipient = await this.mails.recipientOf(userId);
    return recipient?.active ? recipient : undefined;
  }

  async enqueue(message: {
    userId: string;
    recipient: Recipient;
    kind: NotificationKind | 'DIGEST';
    entityId: string | null;
    content: MailContent;
    calendar?: { method: CalendarMethod; content: string };
  }): Promise<string> {
    const id = await this.mails.insert({
      userId: message.userId,
      kind: message.kind,
      entityId: message.entityId,
      recipient: message.recipient.email,
      subject: message.content.subject,
      text: message.content.text,
      html: message.content.html,
      calendar: message.calendar ?? null,
    });
    await this.outbox.record(JobName.SEND_MAIL, { mailId: id }, `send-mail-${id}`);
    return id;
  }
}
