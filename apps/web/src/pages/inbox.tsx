import {
  Alert,
  Button,
  Checkbox,
  FormField,
  FormLabel,
  Heading1,
  Heading2,
  Paragraph,
  Textarea,
} from '@utrecht/component-library-react';
import { FormEvent, useState } from 'react';
import { Link } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { fieldErrors } from '../api/errors';
import { graphql } from '../gql';
import type { InboxQuery } from '../gql/graphql';
import { useI18n } from '../i18n/i18n';
import { ErrorAlert } from '../layout/error-alert';
import { describedBy, Field } from '../layout/field';
import { QueryState } from '../layout/query-state';
import { usePageTitle } from '../layout/shell';

const INBOX = graphql(`
  query Inbox {
    interestInbox {
      id
      profileId
      vacancyId
      note
      status
      createdAt
      vacancy {
        id
        title
        hoursMin
        hoursMax
        status
      }
      profile {
        id
        publicCode
      }
      expressedByUser {
        id
        displayName
        email
        organisation {
          id
          name
        }
      }
    }
  }
`);

const PROPOSE = graphql(`
  mutation ProposeFromInbox($input: ProposeCandidateInput!) {
    proposeCandidate(input: $input) {
      id
      status
    }
  }
`);

const DECLINE = graphql(`
  mutation DeclineInterest($input: DeclineInterestInput!) {
    declineInterest(input: $input) {
      id
      status
      declineReason
    }
  }
`);

type InboxItem = InboxQuery['interestInbox'][number];

/**
 * The job coach's inbox: account managers' interest in the organisation's candidates. Each asks for a decision:
 * propose (only when the candidate agreed: a person always decides) or decline with a reason the account manager
 * reads. Who asked is named with organisation and e-mail: the warm handover is one call away.
 */
export function InboxPage() {
  const { t } = useI18n();
  usePageTitle(t('inbox.title'));
  const [{ data, fetching, error }, refetch] = useQuery({ query: INBOX, requestPolicy: 'cache-and-network' });

  return (
    <>
      <Heading1>{t('inbox.title')}</Heading1>
      <Paragraph>{t('inbox.intro')}</Paragraph>
      <QueryState fetching={fetching && !data} error={error} retry={() => refetch({ requestPolicy: 'network-only' })} />
      {data && data.interestInbox.length === 0 && <Paragraph>{t('inbox.empty')}</Paragraph>}
      <ul className="wsp-plain-list">
        {data?.interestInbox.map((item) => (
          <li key={item.id}>
            <InterestCard item={item} code={item.profile?.publicCode ?? t('vacancy.unknownCandidate')} />
          </li>
        ))}
      </ul>
    </>
  );
}

function InterestCard({ item, code }: { item: InboxItem; code: string }) {
  const i18n = useI18n();
  const { t } = i18n;
  const [decision, setDecision] = useState<'propose' | 'decline'>();
  const [proposed, propose] = useMutation(PROPOSE);
  const [declined, decline] = useMutation(DECLINE);
  const [motivation, setMotivation] = useState('');
  const [agreed, setAgreed] = useState(false);
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState<Record<string, string>>({});
  const problems = { ...missing, ...fieldErrors(proposed.error ?? declined.error, i18n) };
  const headingId = `interesse-${item.id}`;
  const who = item.expressedByUser;

  const submitProposal = async (event: FormEvent) => {
    event.preventDefault();
    if (proposed.fetching) return;
    const local: Record<string, string> = {};
    if (!motivation.trim()) local.motivation = t('newEmployer.required');
    if (!agreed) local.candidateAgreed = t('inbox.agreementRequired');
    setMissing(local);
    if (Object.keys(local).length > 0) return;
    await propose({
      input: {
        vacancyId: item.vacancyId,
        profileId: item.profileId,
        motivation: motivation.trim(),
        candidateAgreed: true,
      },
    });
  };

  const submitDecline = async (event: FormEvent) => {
    event.preventDefault();
    if (declined.fetching) return;
    setMissing(reason.trim() ? {} : { reason: t('newEmployer.required') });
    if (!reason.trim()) return;
    await decline({ input: { interestId: item.id, reason: reason.trim() } });
  };

  if (proposed.data || declined.data) {
    return (
      <section aria-labelledby={headingId} className="wsp-card">
        <Heading2 id={headingId}>{t('inbox.cardTitle', { code, vacancy: item.vacancy.title })}</Heading2>
        <Alert type="ok" role="status">
          <Paragraph>{proposed.data ? t('inbox.proposed') : t('inbox.declined')}</Paragraph>
        </Alert>
      </section>
    );
  }

  return (
    <section aria-labelledby={headingId} className="wsp-card">
      <Heading2 id={headingId}>{t('inbox.cardTitle', { code, vacancy: item.vacancy.title })}</Heading2>
      <Paragraph>
        {t('inbox.from', { name: who.displayName, organisation: who.organisation.name })}{' '}
        <a href={`mailto:${who.email}`}>{who.email}</a> ·{' '}
        <time dateTime={item.createdAt}>{i18n.dateTime(item.createdAt)}</time>
      </Paragraph>
      {item.note && <Paragraph>“{item.note}”</Paragraph>}
      <Paragraph>
        <Link to={`/kandidaten/${item.profileId}`}>{t('inbox.viewCandidate', { code })}</Link> ·{' '}
        {t('vacancy.hours', { min: item.vacancy.hoursMin, max: item.vacancy.hoursMax })}
      </Paragraph>
      {decision === undefined && (
        <div className="wsp-actions">
          <Button appearance="primary-action-button" onClick={() => setDecision('propose')}>
            {t('inbox.propose', { code })}
          </Button>
          <Button appearance="secondary-action-button" onClick={() => setDecision('decline')}>
            {t('inbox.decline', { code })}
          </Button>
        </div>
      )}
      {decision === 'propose' && (
        <form onSubmit={(event) => void submitProposal(event)} noValidate aria-label={t('inbox.propose', { code })}>
          {!problems.motivation && !problems.candidateAgreed && <ErrorAlert error={proposed.error} />}
          <Field
            id={`motivatie-${item.id}`}
            label={t('inbox.motivation')}
            hint={t('inbox.motivationHint')}
            problem={problems.motivation}
          >
            <Textarea
              id={`motivatie-${item.id}`}
              value={motivation}
              invalid={Boolean(problems.motivation)}
              aria-describedby={describedBy(`motivatie-${item.id}`, {
                hint: t('inbox.motivationHint'),
                problem: problems.motivation,
              })}
              onChange={(event) => setMotivation(event.target.value)}
            />
          </Field>
          <FormField type="checkbox" invalid={Boolean(problems.candidateAgreed)}>
            {problems.candidateAgreed && (
              <Paragraph className="wsp-error" id={`akkoord-${item.id}-fout`}>
                {problems.candidateAgreed}
              </Paragraph>
            )}
            <Checkbox
              id={`akkoord-${item.id}`}
              checked={agreed}
              aria-describedby={problems.candidateAgreed ? `akkoord-${item.id}-fout` : undefined}
              onChange={(event) => setAgreed(event.target.checked)}
            />{' '}
            <FormLabel htmlFor={`akkoord-${item.id}`} type="checkbox">
              {t('inbox.agreed')}
            </FormLabel>
          </FormField>
          <div className="wsp-actions">
            <Button
              type="submit"
              appearance="primary-action-button"
              busy={proposed.fetching}
              disabled={proposed.fetching}
            >
              {t('inbox.proposeConfirm')}
            </Button>
            <Button appearance="secondary-action-button" onClick={() => setDecision(undefined)}>
              {t('contacts.cancel')}
            </Button>
          </div>
        </form>
      )}
      {decision === 'decline' && (
        <form onSubmit={(event) => void submitDecline(event)} noValidate aria-label={t('inbox.decline', { code })}>
          {!problems.reason && <ErrorAlert error={declined.error} />}
          <Field id={`reden-${item.id}`} label={t('inbox.reason')} problem={problems.reason}>
            <Textarea
              id={`reden-${item.id}`}
              value={reason}
              invalid={Boolean(problems.reason)}
              aria-describedby={describedBy(`reden-${item.id}`, { problem: problems.reason })}
              onChange={(event) => setReason(event.target.value)}
            />
          </Field>
          <div className="wsp-actions">
            <Button
              type="submit"
              appearance="primary-action-button"
              busy={declined.fetching}
              disabled={declined.fetching}
            >
              {t('inbox.declineConfirm')}
            </Button>
            <Button appearance="secondary-action-button" onClick={() => setDecision(undefined)}>
              {t('contacts.cancel')}
            </Button>
          </div>
        </form>
      )}
    </section>
  );
}
