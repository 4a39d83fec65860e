import {
  Alert,
  Button,
  FormField,
  FormLabel,
  Heading1,
  Heading2,
  Heading3,
  Paragraph,
  Textbox,
  UnorderedList,
  UnorderedListItem,
} from '@utrecht/component-library-react';
import { FormEvent, useState } from 'react';
import { Link, useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { fieldErrors } from '../api/errors';
import { graphql } from '../gql';
import type { VacancyPageQuery } from '../gql/graphql';
import { useI18n } from '../i18n/i18n';
import { ErrorAlert } from '../layout/error-alert';
import type { MessageKey } from '../i18n/nl';
import { QueryState } from '../layout/query-state';
import { usePageTitle } from '../layout/shell';

const VACANCY = graphql(`
  query VacancyPage($id: ID!) {
    vacancy(id: $id) {
      id
      version
      title
      status
      employerId
      hoursMin
      hoursMax
      positions
      startDate
      description
      suggestions(first: 20) {
        profileId
        vacancyId
        rank
        score
        pool
        distanceKm
        maxWwBonus
        explanation
        profile {
          id
          publicCode
          pool
          pitch
          hoursMin
          hoursMax
          travelRadiusKm
          availableFrom
          wwEndMonth
        }
      }
    }
    matchingRuns(vacancyId: $id, first: 5) {
      id
      status
      startedAt
      finishedAt
      suggestions
      error
    }
  }
`);

const EXPRESS_INTEREST = graphql(`
  mutation ExpressInterest($input: ExpressInterestInput!) {
    expressInterest(input: $input) {
      id
      status
      profileId
      vacancyId
    }
  }
`);

const DISMISS = graphql(`
  mutation DismissSuggestion($vacancyId: ID!, $profileId: ID!, $reason: String!) {
    dismissSuggestion(vacancyId: $vacancyId, profileId: $profileId, reason: $reason) {
      profileId
      vacancyId
      dismissedAt
    }
  }
`);

const REQUEST_MATCHING = graphql(`
  mutation RequestMatching($vacancyId: ID!) {
    requestMatching(vacancyId: $vacancyId)
  }
`);

type SuggestionView = VacancyPageQuery['vacancy']['suggestions'][number];

/**
 * A vacancy with its suggestions from both pools: score, the Dutch explanation and the anonymised profile; the
 * account manager shows interest (the owning job coach is told) or dismisses with a reason. Matching can be asked
 * again, and its runs show how that went.
 */
export function VacancyPage() {
  const i18n = useI18n();
  const { t } = i18n;
  const { id = '' } = useParams();
  const [{ data, fetching, error }, refetch] = useQuery({ query: VACANCY, variables: { id } });
  const [matching, requestMatching] = useMutation(REQUEST_MATCHING);
  const vacancy = data?.vacancy;
  usePageTitle(vacancy?.title ?? t('vacancy.title'));

  if (!vacancy) {
    return (
      <>
        <Heading1>{t('vacancy.title')}</Heading1>
        <QueryState fetching={fetching} error={error} retry={() => refetch({ requestPolicy: 'network-only' })} />
      </>
    );
  }
  return (
    <>
      <Heading1>{vacancy.title}</Heading1>
      <Paragraph>
        {t(`vacancyStatus.${vacancy.status}` as MessageKey)} ·{' '}
        {t('vacancy.hours', { min: vacancy.hoursMin, max: vacancy.hoursMax })} ·{' '}
        <Link to={`/werkgevers/${vacancy.employerId}`}>{t('vacancy.employer')}</Link>
      </Paragraph>
      {vacancy.description && <Paragraph>{vacancy.description}</Paragraph>}

      <Heading2>{t('vacancy.suggestions')}</Heading2>
      {vacancy.suggestions.length === 0 ? (
        <Paragraph>{t('vacancy.noSuggestions')}</Paragraph>
      ) : (
        <ol className="wsp-plain-list">
          {vacancy.suggestions.map((suggestion) => (
            <li key={suggestion.profileId}>
              <SuggestionCard suggestion={suggestion} />
            </li>
          ))}
        </ol>
      )}

      <Heading2>{t('vacancy.matching')}</Heading2>
      {matching.data && (
        <Alert type="ok" role="status">
          <Paragraph>{t('vacancy.matchingRequested')}</Paragraph>
        </Alert>
      )}
      <ErrorAlert error={matching.error} />
      <Button
        appearance="secondary-action-button"
        busy={matching.fetching}
        disabled={matching.fetching}
        onClick={() => void requestMatching({ vacancyId: vacancy.id })}
      >
        {t('vacancy.rematch')}
      </Button>
      {data.matchingRuns.length > 0 && (
        <UnorderedList>
          {data.matchingRuns.map((run) => (
            <UnorderedListItem key={run.id}>
              {i18n.dateTime(run.startedAt)}: {t(`matchingRun.${run.status}` as MessageKey)}
              {run.suggestions !== null && run.suggestions !== undefined && (
                <> ({t('vacancy.runSuggestions', { count: run.suggestions })})</>
              )}
            </UnorderedListItem>
          ))}
        </UnorderedList>
      )}
    </>
  );
}

function SuggestionCard({ suggestion }: { suggestion: SuggestionView }) {
  const i18n = useI18n();
  const { t } = i18n;
  const profile = suggestion.profile;
  const code = profile?.publicCode ?? suggestion.profileId;
  const [interest, expressInterest] = useMutation(EXPRESS_INTEREST);
  const [dismissal, dismiss] = useMutation(DISMISS);
  const [dismissing, setDismissing] = useState(false);
  const [reason, setReason] = useState('');
  const reasonProblem = fieldErrors(dismissal.error, i18n).reason;
  const reasonId = `reden-${suggestion.profileId}`;

  const submitDismissal = async (event: FormEvent) => {
    event.preventDefault();
    if (dismissal.fetching || !reason.trim()) return;
    await dismiss({ vacancyId: suggestion.vacancyId, profileId: suggestion.profileId, reason: reason.trim() });
  };

  return (
    <section aria-labelledby={`kandidaat-${suggestion.profileId}`} className="wsp-card">
      <Heading3 id={`kandidaat-${suggestion.profileId}`}>
        {t('vacancy.candidate', { rank: suggestion.rank, code })}
      </Heading3>
      <Paragraph>
        <strong>{t('vacancy.score', { score: suggestion.score })}</strong> ·{' '}
        {t(`pool.${suggestion.pool}` as MessageKey)}
        {profile?.hoursMin != null && profile?.hoursMax != null && (
          <> · {t('vacancy.hours', { min: profile.hoursMin, max: profile.hoursMax })}</>
        )}
        {profile && <> · {t('vacancy.travel', { km: profile.travelRadiusKm })}</>}
      </Paragraph>
      {profile?.pitch && <Paragraph>{profile.pitch}</Paragraph>}
      <UnorderedList aria-label={t('vacancy.why')}>
        {suggestion.explanation.map((line) => (
          <UnorderedListItem key={line}>{line}</UnorderedListItem>
        ))}
      </UnorderedList>
      {interest.data ? (
        <Alert type="ok" role="status">
          <Paragraph>{t('vacancy.interestSent')}</Paragraph>
        </Alert>
      ) : dismissal.data ? (
        <Alert type="info" role="status">
          <Paragraph>{t('vacancy.dismissed')}</Paragraph>
        </Alert>
      ) : (
        <>
          <ErrorAlert error={interest.error ?? (reasonProblem ? undefined : dismissal.error)} />
          <div className="wsp-actions">
            <Button
              appearance="primary-action-button"
              busy={interest.fetching}
              disabled={interest.fetching}
              onClick={() =>
                void expressInterest({ input: { vacancyId: suggestion.vacancyId, profileId: suggestion.profileId } })
              }
            >
              {t('vacancy.interest', { code })}
            </Button>
            {!dismissing && (
              <Button appearance="secondary-action-button" onClick={() => setDismissing(true)}>
                {t('vacancy.dismiss', { code })}
              </Button>
            )}
          </div>
          {dismissing && (
            <form onSubmit={(event) => void submitDismissal(event)} noValidate>
              <FormField invalid={Boolean(reasonProblem)}>
                <FormLabel htmlFor={reasonId}>{t('vacancy.dismissReason')}</FormLabel>
                {reasonProblem && (
                  <Paragraph className="wsp-error" id={`${reasonId}-fout`}>
                    {reasonProblem}
                  </Paragraph>
                )}
                <Textbox
                  id={reasonId}
                  value={reason}
                  invalid={Boolean(reasonProblem)}
                  aria-describedby={reasonProblem ? `${reasonId}-fout` : undefined}
                  onChange={(event) => setReason(event.target.value)}
                />
              </FormField>
              <Button
                type="submit"
                appearance="secondary-action-button"
                busy={dismissal.fetching}
                disabled={dismissal.fetching || !reason.trim()}
              >
                {t('vacancy.dismissConfirm')}
              </Button>
            </form>
          )}
        </>
      )}
    </section>
  );
}
