import {
  Alert,
  Button,
  Heading1,
  Heading2,
  Paragraph,
  Textbox,
  UnorderedList,
  UnorderedListItem,
} from '@utrecht/component-library-react';
import { FormEvent, useEffect, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useClient, useMutation, useQuery } from 'urql';
import { errorMessage, fieldErrors } from '../api/errors';
import { useIdempotencyKey } from '../api/idempotency';
import { graphql } from '../gql';
import type { PlanningCheckQuery, PlanVisitInput } from '../gql/graphql';
import { amsterdamDate, amsterdamInstant } from '../i18n/amsterdam-time';
import { useI18n } from '../i18n/i18n';
import { Colleague, ColleaguePicker } from '../layout/colleague-picker';
import { Field } from '../layout/field';
import { QueryState } from '../layout/query-state';
import { usePageTitle } from '../layout/shell';

const PLANNING = graphql(`
  query VisitPlanning($employerId: ID!) {
    me {
      id
      displayName
      organisation {
        id
        name
        regionCodes
      }
    }
    employer(id: $employerId) {
      id
      legalName
      tradeName
      regionCode
    }
  }
`);

const PLAN = graphql(`
  mutation PlanVisit($input: PlanVisitInput!, $idempotencyKey: String) {
    planVisit(input: $input, idempotencyKey: $idempotencyKey) {
      visit {
        id
        startsAt
        joint
      }
      warnings {
        code
        message
      }
    }
  }
`);

const CHECK = graphql(`
  query PlanningCheck($input: PlanVisitInput!) {
    visitPlanningCheck(input: $input) {
      clashes {
        visitId
        userId
        participantName
        startsAt
        endsAt
        employerName
      }
      warnings {
        code
        message
      }
    }
  }
`);

type PlanningReview = PlanningCheckQuery['visitPlanningCheck'];

type Participant = Colleague;

/**
 * Plans a (joint) visit to an employer: when, why, where, and who from every partner organisation, one of them
 * the lead. A participant already booked at that time is a conflict the planner sees and may override
 * ("toch plannen"); the API's warnings show with the planned visit.
 */
export function PlanVisitPage() {
  const i18n = useI18n();
  const { t } = i18n;
  usePageTitle(t('planVisit.title'));
  const [params] = useSearchParams();
  const employerId = params.get('werkgever') ?? '';
  const [{ data, fetching, error }, refetch] = useQuery({
    query: PLANNING,
    variables: { employerId },
    pause: !employerId,
  });
  const [planned, planMutation] = useMutation(PLAN);
  const once = useIdempotencyKey();
  // Every try of one submit carries the same key: a retry after a lost answer plans nothing twice.
  const plan = async (variables: { input: PlanVisitInput }) => {
    const result = await planMutation({ ...variables, idempotencyKey: once.key });
    if (result.data) once.done();
    return result;
  };
  const client = useClient();
  const [checking, setChecking] = useState(false);
  const [checkError, setCheckError] = useState<Parameters<typeof errorMessage>[0]>();
  // What the API says planning would run into, for exactly the input it was asked about.
  const [review, setReview] = useState<{ input: PlanVisitInput; check: PlanningReview }>();
  const [date, setDate] = useState('');
  const [start, setStart] = useState('10:00');
  const [end, setEnd] = useState('11:00');
  const [purpose, setPurpose] = useState('');
  const [location, setLocation] = useState('');
  const [invited, setInvited] = useState<Participant[]>([]);
  const [leadId, setLeadId] = useState<string>();
  const [checked, setChecked] = useState<Record<string, string>>({});
  // A changed form is a different plan: what was checked before no longer applies.
  useEffect(() => setReview(undefined), [date, start, end, purpose, location, invited, leadId]);
  const me = data?.me;
  const everyone: Participant[] = me
    ? [{ userId: me.id, displayName: me.displayName, organisation: me.organisation.name }, ...invited]
    : invited;
  const lead = leadId ?? me?.id;
  const problems = { ...checked, ...fieldErrors(checkError ?? planned.error, i18n) };
  const overlap = planned.error?.graphQLErrors[0]?.extensions?.code === 'CONFLICT';

  const currentInput = (): PlanVisitInput => ({
    employerId,
    startsAt: amsterdamInstant(date, start),
    endsAt: amsterdamInstant(date, end),
    purpose: purpose.trim(),
    location: location.trim() || undefined,
    participants: everyone.map((participant) => ({ userId: participant.userId, isLead: participant.userId === lead })),
  });

  /** First ask what planning would run into; plan at once only when nothing does, else show it to confirm. */
  const submit = async () => {
    if (planned.fetching || checking || !data) return;
    const local: Record<string, string> = {};
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) local.startsAt = t('planVisit.dateRequired');
    if (start >= end) local.endsAt = t('planVisit.endAfterStart');
    if (!purpose.trim()) local.purpose = t('newEmployer.required');
    setChecked(local);
    if (Object.keys(local).length > 0) return;
    const input = currentInput();
    setChecking(true);
    const result = await client.query(CHECK, { input }, { requestPolicy: 'network-only' }).toPromise();
    setChecking(false);
    setCheckError(result.error);
    if (result.error || !result.data) return;
    const check = result.data.visitPlanningCheck;
    if (check.clashes.length === 0 && check.warnings.length === 0) {
      setReview(undefined);
      await plan({ input });
    } else {
      setReview({ input, check });
    }
  };

  const confirm = async () => {
    if (!review || planned.fetching) return;
    await plan({ input: { ...review.input, allowOverlap: review.check.clashes.length > 0 } });
  };

  if (!employerId) {
    return (
      <>
        <Heading1>{t('planVisit.title')}</Heading1>
        <Paragraph>
          {t('planVisit.chooseEmployer')} <Link to="/werkgevers">{t('nav.employers')}</Link>
        </Paragraph>
      </>
    );
  }
  if (!data) {
    return (
      <>
        <Heading1>{t('planVisit.title')}</Heading1>
        <QueryState fetching={fetching} error={error} retry={() => refetch({ requestPolicy: 'network-only' })} />
      </>
    );
  }
  const employerName = data.employer.tradeName ?? data.employer.legalName;
  const result = planned.data?.planVisit;
  if (result) {
    return (
      <>
        <Heading1>{t('planVisit.done')}</Heading1>
        <Alert type="ok" role="status">
          <Paragraph>
            {t('planVisit.plannedAt', { employer: employerName, when: i18n.dateTime(result.visit.startsAt) })}
          </Paragraph>
        </Alert>
        {result.warnings.length > 0 && (
          <Alert type="warning">
            <Heading2>{t('planVisit.warnings')}</Heading2>
            <UnorderedList>
              {result.warnings.map((warning) => (
                <UnorderedListItem key={warning.code}>{warning.message}</UnorderedListItem>
              ))}
            </UnorderedList>
          </Alert>
        )}
        <Paragraph>
          <Link to={`/bezoeken/${result.visit.id}`}>{t('planVisit.toVisit')}</Link> ·{' '}
          <Link to={`/bezoeken?weergave=week&week=${amsterdamDate(result.visit.startsAt)}`}>
            {t('planVisit.toAgenda')}
          </Link>{' '}
          · <Link to={`/werkgevers/${employerId}`}>{employerName}</Link>
        </Paragraph>
      </>
    );
  }

  return (
    <>
      <Heading1>{t('planVisit.titleFor', { employer: employerName })}</Heading1>
      {checkError && Object.keys(fieldErrors(checkError, i18n)).length === 0 && (
        <Alert type="error" role="alert">
          <Paragraph>{errorMessage(checkError, i18n)}</Paragraph>
        </Alert>
      )}
      {planned.error && (
        <Alert type={overlap ? 'warning' : 'error'} role="alert">
          <Paragraph>{overlap ? t('planVisit.overlap') : errorMessage(planned.error, i18n)}</Paragraph>
          {overlap && (
            <Button
              appearance="secondary-action-button"
              onClick={() => void plan({ input: { ...currentInput(), allowOverlap: true } })}
            >
              {t('planVisit.planAnyway')}
            </Button>
          )}
        </Alert>
      )}
      {review && !planned.error && (
        <Alert type="warning" role="alert">
          <Heading2>{t('planVisit.review')}</Heading2>
          <UnorderedList>
            {review.check.clashes.map((clash) => (
              <UnorderedListItem key={`${clash.visitId}-${clash.userId}`}>
                {t(clash.employerName ? 'planVisit.clashAt' : 'planVisit.clash', {
                  name: clash.participantName,
                  when: i18n.dateTime(clash.startsAt),
                  until: i18n.time(clash.endsAt),
                  employer: clash.employerName ?? '',
                })}
              </UnorderedListItem>
            ))}
            {review.check.warnings.map((warning) => (
              <UnorderedListItem key={warning.code + warning.message}>{warning.message}</UnorderedListItem>
            ))}
          </UnorderedList>
          <div className="wsp-actions">
            <Button
              appearance="primary-action-button"
              busy={planned.fetching}
              disabled={planned.fetching}
              onClick={() => void confirm()}
            >
              {review.check.clashes.length > 0 ? t('planVisit.planAnyway') : t('planVisit.confirm')}
            </Button>
            <Button appearance="secondary-action-button" onClick={() => setReview(undefined)}>
              {t('planVisit.change')}
            </Button>
          </div>
        </Alert>
      )}
      <form
        noValidate
        onSubmit={(event: FormEvent) => {
          event.preventDefault();
          void submit();
        }}
      >
        <Field id="bezoek-datum" label={t('planVisit.date')} problem={problems.startsAt}>
          <Textbox
            id="bezoek-datum"
            type="date"
            value={date}
            invalid={Boolean(problems.startsAt)}
            onChange={(e) => setDate(e.target.value)}
          />
        </Field>
        <Field id="bezoek-begin" label={t('planVisit.start')}>
          <Textbox id="bezoek-begin" type="time" value={start} onChange={(e) => setStart(e.target.value)} />
        </Field>
        <Field id="bezoek-eind" label={t('planVisit.end')} problem={problems.endsAt}>
          <Textbox
            id="bezoek-eind"
            type="time"
            value={end}
            invalid={Boolean(problems.endsAt)}
            onChange={(e) => setEnd(e.target.value)}
          />
        </Field>
        <Field id="bezoek-doel" label={t('planVisit.purpose')} problem={problems.purpose}>
          <Textbox
            id="bezoek-doel"
            value={purpose}
            invalid={Boolean(problems.purpose)}
            onChange={(e) => setPurpose(e.target.value)}
          />
        </Field>
        <Field id="bezoek-locatie" label={t('planVisit.location')} problem={problems.location}>
          <Textbox
            id="bezoek-locatie"
            value={location}
            invalid={Boolean(problems.location)}
            onChange={(e) => setLocation(e.target.value)}
          />
        </Field>
        <Heading2>{t('planVisit.participants')}</Heading2>
        <fieldset className="wsp-fieldset">
          <legend>{t('planVisit.lead')}</legend>
          {everyone.map((participant) => (
            <div key={participant.userId}>
              <input
                type="radio"
                id={`lead-${participant.userId}`}
                name="lead"
                checked={participant.userId === lead}
                onChange={() => setLeadId(participant.userId)}
              />{' '}
              <label htmlFor={`lead-${participant.userId}`}>
                {participant.displayName} ({participant.organisation})
              </label>
              {participant.userId !== me?.id && (
                <>
                  {' '}
                  <Button
                    appearance="subtle-button"
                    onClick={() => setInvited((current) => current.filter((p) => p.userId !== participant.userId))}
                  >
                    {t('planVisit.remove', { name: participant.displayName })}
                  </Button>
                </>
              )}
            </div>
          ))}
        </fieldset>
        <ColleaguePicker
          regionCode={data.employer.regionCode}
          exclude={everyone.map((participant) => participant.userId)}
          onInvite={(participant) => setInvited((current) => [...current, participant])}
        />
        <Button
          type="submit"
          appearance="primary-action-button"
          busy={planned.fetching || checking}
          disabled={planned.fetching || checking}
        >
          {t('planVisit.submit')}
        </Button>
      </form>
    </>
  );
}
