import {
  Button,
  Heading1,
  Heading2,
  Heading3,
  Paragraph,
  Textbox,
  UnorderedList,
  UnorderedListItem,
} from '@utrecht/component-library-react';
import { FormEvent, useState } from 'react';
import { Link } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { fieldErrors } from '../api/errors';
import { graphql } from '../gql';
import type { OrganisationProposalsQuery, ProposalStatus } from '../gql/graphql';
import { useI18n } from '../i18n/i18n';
import type { MessageKey } from '../i18n/nl';
import { ErrorAlert } from '../layout/error-alert';
import { describedBy, Field } from '../layout/field';
import { QueryState } from '../layout/query-state';
import { usePageTitle } from '../layout/shell';

const PROPOSALS = graphql(`
  query OrganisationProposals {
    organisationProposals(endedWithinDays: 90) {
      id
      version
      status
      motivation
      updatedAt
      profileId
      profile {
        id
        publicCode
      }
      vacancy {
        id
        title
        accountManagerId
      }
      proposedByUser {
        id
        displayName
      }
      steps {
        fromStatus
        toStatus
        occurredAt
        reason
        actor {
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
  }
`);

const ADVANCE = graphql(`
  mutation AdvanceProposal($input: AdvanceProposalInput!) {
    advanceProposal(input: $input) {
      id
      version
      status
      updatedAt
      steps {
        fromStatus
        toStatus
        occurredAt
        reason
        actor {
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
  }
`);

type BoardProposal = OrganisationProposalsQuery['organisationProposals'][number];

const COLUMNS: ProposalStatus[] = ['PROPOSED', 'INTRODUCED', 'INTERVIEW'];
const ENDED: ProposalStatus[] = ['PLACED', 'REJECTED', 'WITHDRAWN'];
/** The steps a card offers (the API's lifecycle); a coach withdraws, either side rejects. */
const NEXT: Partial<Record<ProposalStatus, ProposalStatus[]>> = {
  PROPOSED: ['INTRODUCED', 'REJECTED', 'WITHDRAWN'],
  INTRODUCED: ['INTERVIEW', 'PLACED', 'REJECTED', 'WITHDRAWN'],
  INTERVIEW: ['PLACED', 'REJECTED', 'WITHDRAWN'],
};

/**
 * The warm handover, by stage: every open proposal of the organisation's candidates as a card with its history
 * (who, when, why), the next step taken from the card; below, those that ended in the last 90 days.
 */
export function ProposalsBoardPage() {
  const { t } = useI18n();
  usePageTitle(t('board.title'));
  const [{ data, fetching, error }, refetch] = useQuery({ query: PROPOSALS, requestPolicy: 'cache-and-network' });
  const proposals = data?.organisationProposals ?? [];

  return (
    <>
      <Heading1>{t('board.title')}</Heading1>
      <QueryState fetching={fetching && !data} error={error} retry={() => refetch({ requestPolicy: 'network-only' })} />
      {data && (
        <>
          <div className="wsp-board">
            {COLUMNS.map((status) => {
              const cards = proposals.filter((proposal) => proposal.status === status);
              return (
                <section key={status} aria-labelledby={`kolom-${status}`} className="wsp-board__column">
                  <Heading2 id={`kolom-${status}`}>
                    {t(`proposalStatus.${status}` as MessageKey)} ({cards.length})
                  </Heading2>
                  {cards.length === 0 && <Paragraph className="wsp-muted">{t('board.none')}</Paragraph>}
                  <ul className="wsp-plain-list">
                    {cards.map((proposal) => (
                      <li key={proposal.id}>
                        <ProposalCard proposal={proposal} />
                      </li>
                    ))}
                  </ul>
                </section>
              );
            })}
          </div>
          <Heading2>{t('board.ended')}</Heading2>
          {proposals.filter((proposal) => ENDED.includes(proposal.status)).length === 0 ? (
            <Paragraph>{t('board.noneEnded')}</Paragraph>
          ) : (
            <UnorderedList>
              {proposals
                .filter((proposal) => ENDED.includes(proposal.status))
                .map((proposal) => (
                  <UnorderedListItem key={proposal.id}>
                    {proposal.profile?.publicCode ?? t('vacancy.unknownCandidate')} ·{' '}
                    <Link to={`/vacatures/${proposal.vacancy.id}`}>{proposal.vacancy.title}</Link>:{' '}
                    {t(`proposalStatus.${proposal.status}` as MessageKey)}
                  </UnorderedListItem>
                ))}
            </UnorderedList>
          )}
        </>
      )}
    </>
  );
}

function ProposalCard({ proposal }: { proposal: BoardProposal }) {
  const i18n = useI18n();
  const { t } = i18n;
  const [advanced, advance] = useMutation(ADVANCE);
  const [next, setNext] = useState<ProposalStatus>();
  const [reason, setReason] = useState('');
  const [startDate, setStartDate] = useState('');
  const [missing, setMissing] = useState<Record<string, string>>({});
  const problems = { ...missing, ...fieldErrors(advanced.error, i18n) };
  const code = proposal.profile?.publicCode ?? t('vacancy.unknownCandidate');
  const needsReason = next === 'REJECTED' || next === 'WITHDRAWN';
  const id = `voordracht-${proposal.id}`;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!next || advanced.fetching) return;
    const local: Record<string, string> = {};
    if (needsReason && !reason.trim()) local.reason = t('newEmployer.required');
    if (next === 'PLACED' && !startDate) local.startDate = t('newEmployer.required');
    setMissing(local);
    if (Object.keys(local).length > 0) return;
    const result = await advance({
      input: {
        id: proposal.id,
        version: proposal.version,
        status: next,
        reason: reason.trim() || undefined,
        startDate: next === 'PLACED' ? startDate : undefined,
      },
    });
    if (!result.error) {
      setNext(undefined);
      setReason('');
    }
  };

  return (
    <article aria-labelledby={id} className="wsp-card">
      <Heading3 id={id}>{t('board.card', { code, vacancy: proposal.vacancy.title })}</Heading3>
      <ol className="wsp-steps">
        {proposal.steps.map((step) => (
          <li key={`${step.toStatus}-${step.occurredAt}`}>
            <time dateTime={step.occurredAt}>{i18n.dateTime(step.occurredAt)}</time>:{' '}
            {t(`proposalStatus.${step.toStatus}` as MessageKey)} {t('board.by')} {step.actor.displayName} (
            {step.actor.organisation.name}, <a href={`mailto:${step.actor.email}`}>{step.actor.email}</a>)
            {step.reason && <> — {step.reason}</>}
          </li>
        ))}
      </ol>
      <Paragraph>
        <Link to={`/kandidaten/${proposal.profileId}`}>{t('inbox.viewCandidate', { code })}</Link>
      </Paragraph>
      <ErrorAlert error={Object.keys(problems).length === 0 ? advanced.error : undefined} />
      {!next ? (
        <div className="wsp-actions">
          {(NEXT[proposal.status] ?? []).map((status) => (
            <Button key={status} appearance="secondary-action-button" onClick={() => setNext(status)}>
              {t(`board.to.${status}` as MessageKey, { code })}
            </Button>
          ))}
        </div>
      ) : (
        <form
          onSubmit={(event) => void submit(event)}
          noValidate
          aria-label={t(`board.to.${next}` as MessageKey, { code })}
        >
          {needsReason && (
            <Field id={`${id}-reden`} label={t('board.reason')} problem={problems.reason}>
              <Textbox
                id={`${id}-reden`}
                value={reason}
                invalid={Boolean(problems.reason)}
                aria-describedby={describedBy(`${id}-reden`, { problem: problems.reason })}
                onChange={(event) => setReason(event.target.value)}
              />
            </Field>
          )}
          {next === 'PLACED' && (
            <Field id={`${id}-start`} label={t('board.startDate')} problem={problems.startDate}>
              <Textbox
                id={`${id}-start`}
                type="date"
                value={startDate}
                invalid={Boolean(problems.startDate)}
                aria-describedby={describedBy(`${id}-start`, { problem: problems.startDate })}
                onChange={(event) => setStartDate(event.target.value)}
              />
            </Field>
          )}
          <div className="wsp-actions">
            <Button
              type="submit"
              appearance="primary-action-button"
              busy={advanced.fetching}
              disabled={advanced.fetching}
            >
              {t('board.confirm')}
            </Button>
            <Button appearance="secondary-action-button" onClick={() => setNext(undefined)}>
              {t('contacts.cancel')}
            </Button>
          </div>
        </form>
      )}
    </article>
  );
}
