import {
  Alert,
  Button,
  Checkbox,
  Heading1,
  Heading2,
  Paragraph,
  Select,
  SelectOption,
  Textarea,
  Textbox,
  UnorderedList,
  UnorderedListItem,
} from '@utrecht/component-library-react';
import { FormEvent, useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { fieldErrors } from '../api/errors';
import { useIdempotencyKey } from '../api/idempotency';
import { graphql } from '../gql';
import type { TargetGroup, VisitPageQuery } from '../gql/graphql';
import { useI18n } from '../i18n/i18n';
import { ErrorAlert } from '../layout/error-alert';
import type { MessageKey } from '../i18n/nl';
import { Field } from '../layout/field';
import { QueryState } from '../layout/query-state';
import { usePageTitle } from '../layout/shell';

const TARGET_GROUPS: TargetGroup[] = [
  'JOBS_AGREEMENT',
  'MAX_WW',
  'AGE_50_PLUS',
  'SOCIAL_ASSISTANCE',
  'STATUS_HOLDER',
  'YOUTH_WITHOUT_QUALIFICATION',
];

const VISIT = graphql(`
  query VisitPage($id: ID!) {
    visit(id: $id) {
      id
      version
      status
      startsAt
      endsAt
      purpose
      location
      joint
      employerId
      report
      agreements
      targetGroupInterest
      nextContactOn
      vacancyIds
      cancelReason
      participants {
        userId
        isLead
        user {
          id
          displayName
          organisation {
            id
            name
          }
        }
      }
      followUps {
        id
        version
        title
        ownerId
        dueOn
        doneAt
      }
    }
  }
`);

const EMPLOYER_VACANCIES = graphql(`
  query VisitEmployer($id: ID!) {
    employer(id: $id) {
      id
      legalName
      tradeName
      vacancies {
        id
        title
      }
    }
  }
`);

const RECORD_REPORT = graphql(`
  mutation RecordVisitReport($input: VisitReportInput!) {
    recordVisitReport(input: $input) {
      id
      version
      status
      report
      agreements
      targetGroupInterest
      nextContactOn
      vacancyIds
    }
  }
`);

const ADD_FOLLOW_UP = graphql(`
  mutation AddFollowUp($input: AddFollowUpInput!, $idempotencyKey: String) {
    addFollowUp(input: $input, idempotencyKey: $idempotencyKey) {
      id
      version
      title
      ownerId
      dueOn
      doneAt
    }
  }
`);

const COMPLETE_FOLLOW_UP = graphql(`
  mutation CompleteFollowUp($id: ID!, $version: Int!) {
    completeFollowUp(id: $id, version: $version) {
      id
      version
      doneAt
    }
  }
`);

const CANCEL = graphql(`
  mutation CancelVisit($input: CancelVisitInput!) {
    cancelVisit(input: $input) {
      id
      version
      status
      cancelReason
    }
  }
`);

type Visit = VisitPageQuery['visit'];

/**
 * One visit, for use during or right after it, on a phone too: who goes, the report (what was discussed,
 * agreements, target groups, next contact, vacancies spotted) and the follow-ups with owner and due date.
 */
export function VisitPage() {
  const i18n = useI18n();
  const { t } = i18n;
  const { id = '' } = useParams();
  const [{ data, fetching, error }, refetch] = useQuery({ query: VISIT, variables: { id } });
  const visit = data?.visit;
  usePageTitle(visit?.purpose ?? t('visit.title'));
  if (!visit) {
    return (
      <>
        <Heading1>{t('visit.title')}</Heading1>
        <QueryState fetching={fetching} error={error} retry={() => refetch({ requestPolicy: 'network-only' })} />
      </>
    );
  }
  return (
    <>
      <Heading1>{visit.purpose}</Heading1>
      <Paragraph>
        <time dateTime={visit.startsAt}>{i18n.dateTime(visit.startsAt)}</time>–{i18n.time(visit.endsAt)} ·{' '}
        {t(`visitStatus.${visit.status}` as MessageKey)}
        {visit.joint && <> · {t('today.joint')}</>} ·{' '}
        <Link to={`/werkgevers/${visit.employerId}`}>{t('today.viewEmployer')}</Link>
      </Paragraph>
      {visit.location && <Paragraph>{visit.location}</Paragraph>}
      <Heading2>{t('visit.participants')}</Heading2>
      <UnorderedList>
        {visit.participants.map((participant) => (
          <UnorderedListItem key={participant.userId}>
            {participant.user.displayName} <span className="wsp-muted">({participant.user.organisation.name})</span>
            {participant.isLead && <strong> {t('employer.lead')}</strong>}
          </UnorderedListItem>
        ))}
      </UnorderedList>
      {visit.status === 'CANCELLED' ? (
        <Alert type="info">
          <Paragraph>{t('visit.cancelled', { reason: visit.cancelReason ?? '' })}</Paragraph>
        </Alert>
      ) : (
        <>
          <ReportForm visit={visit} onConflict={() => refetch({ requestPolicy: 'network-only' })} />
          <FollowUps visit={visit} />
        </>
      )}
      {visit.status === 'PLANNED' && (
        <CancelVisit visit={visit} onConflict={() => refetch({ requestPolicy: 'network-only' })} />
      )}
    </>
  );
}

function ReportForm({ visit, onConflict }: { visit: Visit; onConflict(): void }) {
  const i18n = useI18n();
  const { t } = i18n;
  const [{ data: employerData }] = useQuery({ query: EMPLOYER_VACANCIES, variables: { id: visit.employerId } });
  const [saved, record] = useMutation(RECORD_REPORT);
  const [report, setReport] = useState(visit.report ?? '');
  const [agreements, setAgreements] = useState(visit.agreements ?? '');
  const [groups, setGroups] = useState<TargetGroup[]>(visit.targetGroupInterest);
  const [nextContact, setNextContact] = useState(visit.nextContactOn ?? '');
  // Back from adding a vacancy during the visit: it is one of the vacancies spotted.
  const [params] = useSearchParams();
  const added = params.get('vacature');
  const [vacancyIds, setVacancyIds] = useState<string[]>(() =>
    added && !visit.vacancyIds.includes(added) ? [...visit.vacancyIds, added] : visit.vacancyIds,
  );
  const problems = fieldErrors(saved.error, i18n);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (saved.fetching) return;
    await record({
      input: {
        id: visit.id,
        version: visit.version,
        report: report.trim(),
        agreements: agreements.trim() || undefined,
        targetGroupInterest: groups,
        nextContactOn: nextContact || undefined,
        vacancyIds,
      },
    });
  };
  const toggle = <T,>(list: T[], value: T, on: boolean) =>
    on ? [...list, value] : list.filter((item) => item !== value);

  return (
    <section aria-labelledby="verslag">
      <Heading2 id="verslag">{t('visit.report')}</Heading2>
      {saved.data && !saved.error && (
        <Alert type="ok" role="status">
          <Paragraph>{t('visit.reportSaved')}</Paragraph>
        </Alert>
      )}
      {!problems.report && <ErrorAlert error={saved.error} onReload={onConflict} />}
      <form onSubmit={(event) => void submit(event)} noValidate>
        <Field id="verslag-tekst" label={t('visit.reportText')} problem={problems.report}>
          <Textarea
            id="verslag-tekst"
            value={report}
            invalid={Boolean(problems.report)}
            onChange={(e) => setReport(e.target.value)}
          />
        </Field>
        <Field id="verslag-afspraken" label={t('visit.agreements')} problem={problems.agreements}>
          <Textarea
            id="verslag-afspraken"
            value={agreements}
            invalid={Boolean(problems.agreements)}
            onChange={(e) => setAgreements(e.target.value)}
          />
        </Field>
        <fieldset className="wsp-fieldset">
          <legend>{t('visit.targetGroups')}</legend>
          {TARGET_GROUPS.map((group) => (
            <div key={group}>
              <Checkbox
                id={`doelgroep-${group}`}
                checked={groups.includes(group)}
                onChange={(e) => setGroups((current) => toggle(current, group, e.target.checked))}
              />{' '}
              <label htmlFor={`doelgroep-${group}`}>{t(`targetGroup.${group}` as MessageKey)}</label>
            </div>
          ))}
        </fieldset>
        {employerData && employerData.employer.vacancies.length > 0 && (
          <fieldset className="wsp-fieldset">
            <legend>{t('visit.vacancies')}</legend>
            {employerData.employer.vacancies.map((vacancy) => (
              <div key={vacancy.id}>
                <Checkbox
                  id={`vacature-${vacancy.id}`}
                  checked={vacancyIds.includes(vacancy.id)}
                  onChange={(e) => setVacancyIds((current) => toggle(current, vacancy.id, e.target.checked))}
                />{' '}
                <label htmlFor={`vacature-${vacancy.id}`}>{vacancy.title}</label>
              </div>
            ))}
          </fieldset>
        )}
        <Paragraph>
          <Link to={`/werkgevers/${visit.employerId}/vacatures/nieuw?bezoek=${visit.id}`}>{t('visit.newVacancy')}</Link>
        </Paragraph>
        <Field id="verslag-volgend-contact" label={t('visit.nextContact')} problem={problems.nextContactOn}>
          <Textbox
            id="verslag-volgend-contact"
            type="date"
            value={nextContact}
            onChange={(e) => setNextContact(e.target.value)}
          />
        </Field>
        <Button
          type="submit"
          appearance="primary-action-button"
          busy={saved.fetching}
          disabled={saved.fetching || !report.trim()}
        >
          {t('visit.saveReport')}
        </Button>
      </form>
    </section>
  );
}

function FollowUps({ visit }: { visit: Visit }) {
  const i18n = useI18n();
  const { t } = i18n;
  const [added, add] = useMutation(ADD_FOLLOW_UP);
  const once = useIdempotencyKey();
  const [completed, complete] = useMutation(COMPLETE_FOLLOW_UP);
  const [title, setTitle] = useState('');
  const [ownerId, setOwnerId] = useState(visit.participants.find((p) => p.isLead)?.userId ?? '');
  const [dueOn, setDueOn] = useState('');
  const problems = fieldErrors(added.error, i18n);
  const owner = (userId: string) => visit.participants.find((p) => p.userId === userId)?.user.displayName ?? '';

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (added.fetching || !title.trim()) return;
    const result = await add({
      input: { visitId: visit.id, title: title.trim(), ownerId, dueOn: dueOn || undefined },
      idempotencyKey: once.key,
    });
    if (!result.error) {
      once.done();
      setTitle('');
      setDueOn('');
    }
  };

  return (
    <section aria-labelledby="acties">
      <Heading2 id="acties">{t('visit.followUps')}</Heading2>
      {visit.followUps.length === 0 ? (
        <Paragraph>{t('visit.noFollowUps')}</Paragraph>
      ) : (
        <UnorderedList>
          {visit.followUps.map((followUp) => (
            <UnorderedListItem key={followUp.id}>
              {followUp.doneAt ? <s>{followUp.title}</s> : followUp.title}{' '}
              <span className="wsp-muted">
                ({owner(followUp.ownerId)}
                {followUp.dueOn ? `, ${t('today.due', { date: i18n.date(followUp.dueOn) })}` : ''})
              </span>{' '}
              {!followUp.doneAt && (
                <Button
                  appearance="subtle-button"
                  disabled={completed.fetching}
                  onClick={() => void complete({ id: followUp.id, version: followUp.version })}
                  aria-label={t('visit.completeFor', { title: followUp.title })}
                >
                  {t('visit.complete')}
                </Button>
              )}
            </UnorderedListItem>
          ))}
        </UnorderedList>
      )}
      {!problems.title && <ErrorAlert error={added.error ?? completed.error} />}
      <form onSubmit={(event) => void submit(event)} noValidate>
        <Field id="actie-titel" label={t('visit.followUpTitle')} problem={problems.title}>
          <Textbox
            id="actie-titel"
            value={title}
            invalid={Boolean(problems.title)}
            onChange={(e) => setTitle(e.target.value)}
          />
        </Field>
        <Field id="actie-eigenaar" label={t('visit.followUpOwner')}>
          <Select id="actie-eigenaar" value={ownerId} onChange={(e) => setOwnerId(e.target.value)}>
            {visit.participants.map((participant) => (
              <SelectOption key={participant.userId} value={participant.userId}>
                {participant.user.displayName}
              </SelectOption>
            ))}
          </Select>
        </Field>
        <Field id="actie-datum" label={t('visit.followUpDue')}>
          <Textbox id="actie-datum" type="date" value={dueOn} onChange={(e) => setDueOn(e.target.value)} />
        </Field>
        <Button
          type="submit"
          appearance="secondary-action-button"
          busy={added.fetching}
          disabled={added.fetching || !title.trim()}
        >
          {t('visit.addFollowUp')}
        </Button>
      </form>
    </section>
  );
}

/** Calling a planned visit off, with the reason its participants read (and their calendars show). */
function CancelVisit({ visit, onConflict }: { visit: Visit; onConflict(): void }) {
  const i18n = useI18n();
  const { t } = i18n;
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [cancelled, cancel] = useMutation(CANCEL);
  const problem = fieldErrors(cancelled.error, i18n).reason;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (cancelled.fetching || !reason.trim()) return;
    await cancel({ input: { id: visit.id, version: visit.version, reason: reason.trim() } });
  };

  return (
    <section aria-labelledby="bezoek-annuleren">
      <Heading2 id="bezoek-annuleren">{t('visit.cancel')}</Heading2>
      {!open ? (
        <Button appearance="secondary-action-button" onClick={() => setOpen(true)}>
          {t('visit.cancel')}
        </Button>
      ) : (
        <form onSubmit={(event) => void submit(event)} noValidate>
          {!problem && <ErrorAlert error={cancelled.error} onReload={onConflict} />}
          <Field id="annuleer-reden" label={t('visit.cancelReason')} problem={problem}>
            <Textarea
              id="annuleer-reden"
              value={reason}
              invalid={Boolean(problem)}
              aria-describedby={problem ? 'annuleer-reden-fout' : undefined}
              onChange={(event) => setReason(event.target.value)}
            />
          </Field>
          <div className="wsp-actions">
            <Button
              type="submit"
              appearance="primary-action-button"
              busy={cancelled.fetching}
              disabled={cancelled.fetching || !reason.trim()}
            >
              {t('visit.cancelConfirm')}
            </Button>
            <Button appearance="secondary-action-button" onClick={() => setOpen(false)}>
              {t('visit.keep')}
            </Button>
          </div>
        </form>
      )}
    </section>
  );
}
