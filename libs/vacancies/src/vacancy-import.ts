import { Injectable } from '@nestjs/common';
import { ImportOutcome, ImportSource, TimelineService } from '@wsp/employers';
import { JobName, Outbox, versionJobId } from '@wsp/platform';
import { VacancyRepository } from './vacancy.repository';

/**
 * The vacancies' side of an organisation's import: a row with a reference the organisation imported before
 * updates that vacancy, and only when something differs; every change is matched like one entered by hand (the
 * outbox row commits with the row). In the row's transaction.
 */
@Injectable()
export class VacancyImport {
  constructor(
    private readonly vacancies: VacancyRepository,
    private readonly timeline: TimelineService,
    private readonly outbox: Outbox,
  ) {}

  /** `OTHER_EMPLOYER`: the reference belongs to a vacancy of another employer, and nothing was written. */
  async vacancy(
    source: ImportSource,
    employerId: string,
    reference: string,
    fields: Record<string, unknown>,
  ): Promise<ImportOutcome | 'OTHER_EMPLOYER'> {
    const current = await this.vacancies.lockImported(source.organisationId, reference);
    if (current) {
      if (current.row.employer_id !== employerId) return 'OTHER_EMPLOYER';
      if (!(await this.vacancies.updateImported(current, fields))) return 'UNCHANGED';
      await this.requestMatching(current.id, Number(current.row.version) + 1);
      return 'UPDATED';
    }
    const created = await this.vacancies.insertImported(
      {
        employerId,
        regionCode: source.regionCode,
        organisationId: source.organisationId,
        userId: source.userId,
        reference,
      },
      fields,
    );
    await this.requestMatching(created.id, created.version);
    await this.timeline.record(
      employerId,
      { userId: source.userId },
      'VACANCY_CREATED',
      `Vacature "${String(fields.title)}" aangemaakt via import`,
    );
    return 'CREATED';
  }

  private requestMatching(vacancyId: string, version: number): Promise<void> {
    const jobId = versionJobId(JobName.MATCH_VACANCY, vacancyId, version);
    return this.outbox.record(JobName.MATCH_VACANCY, { vacancyId }, jobId);
  }
}
