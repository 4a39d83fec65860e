import { Injectable } from '@nestjs/common';
import { batchLoader, byKeys, RequestLoaders } from '@wsp/platform';
import DataLoader from 'dataloader';
import { MailRepository } from './mail/mail.repository';
import { MailProblem } from './notification.models';

/** The notifications' loaders of one request. */
export interface NotificationRequestLoaders {
  /** The address the mail server refused, per user (none: undefined). */
  mailProblem: DataLoader<string, (MailProblem & { userId: string }) | undefined>;
}

@Injectable()
export class NotificationLoaders extends RequestLoaders<NotificationRequestLoaders> {
  constructor(private readonly mails: MailRepository) {
    super();
  }

  protected create(): NotificationRequestLoaders {
    return {
      mailProblem: batchLoader(async (ids: readonly string[]) =>
        byKeys(ids, await this.mails.problemsOf(ids), (row) => row.userId),
      ),
    };
  }
}
