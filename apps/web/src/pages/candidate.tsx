import {
  Alert,
  Button,
  Checkbox,
  DataList,
  DataListItem,
  DataListKey,
  DataListValue,
  FormField,
  FormLabel,
  Heading1,
  Heading2,
  Heading3,
  Paragraph,
  RadioButton,
  Select,
  SelectOption,
  Textarea,
  UnorderedList,
  UnorderedListItem,
} from '@utrecht/component-library-react';
import { FormEvent, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { fieldErrors } from '../api/errors';
import { graphql } from '../gql';
import type { CandidatePageQuery, WithdrawalReason } from '../gql/graphql';
import { useI18n } from '../i18n/i18n';
import type { MessageKey } from '../i18n/nl';
import { ErrorAlert } from '../layout/error-alert';
import { describedBy, Field } from '../layout/field';
import { QueryState } from '../layout/query-state';
import { usePageTitle } from '../layout/shell';

const CANDIDATE = graphql(`
  query CandidatePage($id: ID!) {
    candidateProfile(id: $id) {
      id
      version
      publicCode
      status
      pool
      occupationCodes
      skillCodes
      educationLevel
      hoursMin
      hoursMax
      availableFrom
      municipalityCode
      travelRadiusKm
      drivingLicences
      languages
      targetGroups
      wwEndMonth
      legalBasis
      hasClientNumber
      pitch
      internalNote
      expiresOn
      missingForSharing
      suggestions(first: 10) {
        vacancyId
        score
        explanation
        vacancy {
          id
          title
          hoursMin
          hoursMax
          status
        }
      }
      proposals {
        id
        status
        vacancyId
        vacancy {
          id
          title
        }
      }
    }
    vacancies(filter: { status: OPEN }, first: 200) {
      edges {
        node {
          id
          title
          municipalityCode
        }
      }
    }
  }
`);

const CHANGE_STATUS = graphql(`
  mutation ChangeCandidateStatus($input: ChangeCandidateStatusInput!) {
    changeCandidateProfileStatus(input: $input) {
      id
      version
      status
    }
  }
`);

const RENEW = graphql(`
  mutation RenewCandidate($id: ID!, $version: Int!) {
    renewCandidateProfile(id: $id, version: $version) {
      id
      version
      expiresOn
    }
  }
`);

const WITHDRAW = graphql(`
  mutation WithdrawCandidate($id: ID!, $reason: WithdrawalReason!) {
    withdrawCandidateProfile(id: $id, reason: $reason)
  }
`);

const WITHDRAWAL_REASONS: WithdrawalReason[] = [
  'WORK_FOUND_ELSEWHERE',
  'MOVED_AWAY',
  'NO_LONGER_WANTS_SUPPORT',
  'OTHER',
];

const PROPOSE = graphql(`
  mutation ProposeFromProfile($input: ProposeCandidateInput!) {
    proposeCandidate(input: $input) {
      id
      status
      vacancyId
    }
  }
`);

type Profile = CandidatePageQuery['candidateProfile'];

/**
 * One of my organisation's candidates: the profile (anonymised: nothing here names the person), what is missing
 * before it can be shared, the vacancies that fit with why, and proposing for any open vacancy of the region.
 * Pause, renew, and withdraw (which deletes for good, so it asks once, clearly).
 */
export function CandidatePage() {
  const i18n = useI18n();
  const { t } = i18n;
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const [{ data, fetching, error }, refetch] = useQuery({ query: CANDIDATE, variables: { id } });
  const [statusChange, changeStatus] = useMutation(CHANGE_STATUS);
  const [renewal, renew] = useMutation(RENEW);
  const [withdrawal, withdraw] = useMutation(WITHDRAW);
  const [confirmingWithdrawal, setConfirmingWithdrawal] = useState(false);
  const [withdrawalReason, setWithdrawalReason] = useState<WithdrawalReason | null>(null);
  const [reasonMissing, setReasonMissing] = useState(false);
  const profile = data?.candidateProfile;
  usePageTitle(profile ? t('candidate.title', { code: profile.publicCode }) : t('candidates.title'));

  if (!profile || !data) {
    return (
      <>
        <Heading1>{t('candidates.title')}</Heading1>
        <QueryState fetching={fetching} error={error} retry={() => refetch({ requestPolicy: 'network-only' })} />
      </>
    );
  }
  const reload = () => refetch({ requestPolicy: 'network-only' });

  return (
    <>
      <Heading1>{t('candidate.title', { code: profile.publicCode })}</Heading1>
      <Paragraph>
        {t(`candidateStatus.${profile.status}` as MessageKey)} · {t(`pool.${profile.pool}` as MessageKey)} ·{' '}
        {t('candidate.expires', { date: i18n.date(profile.expiresOn) })} ·{' '}
        <Link to={`/kandidaten/${profile.id}/bewerken`}>{t('candidate.edit')}</Link>
      </Paragraph>
      {profile.missingForSharing.length > 0 && (
        <Alert type="warning">
          <Paragraph>{t('candidate.missingIntro')}</Paragraph>
          <UnorderedList>
            {profile.missingForSharing.map((field) => (
              <UnorderedListItem key={field}>{t(`profileField.${field}` as MessageKey)}</UnorderedListItem>
            ))}
          </UnorderedList>
        </Alert>
      )}
      <ErrorAlert error={statusChange.error ?? renewal.error ?? withdrawal.error} onReload={reload} />
      <div className="wsp-actions">
        {profile.status === 'ACTIVE' && (
          <Button
            appearance="secondary-action-button"
            disabled={statusChange.fetching}
            onClick={() => void changeStatus({ input: { id: profile.id, version: profile.version, status: 'PAUSED' } })}
          >
            {t('candidate.pause')}
          </Button>
        )}
        {profile.status === 'PAUSED' && (
          <Button
            appearance="secondary-action-button"
            disabled={statusChange.fetching}
            onClick={() => void changeStatus({ input: { id: profile.id, version: profile.version, status: 'ACTIVE' } })}
          >
            {t('candidate.share')}
          </Button>
        )}
        {profile.status !== 'PLACED' && (
          <Button
            appearance="secondary-action-button"
            disabled={renewal.fetching}
            onClick={() => void renew({ id: profile.id, version: profile.version })}
          >
            {t('candidate.renew')}
          </Button>
        )}
        <Button appearance="secondary-action-button" onClick={() => setConfirmingWithdrawal(true)}>
          {t('candidate.withdraw')}
        </Button>
      </div>
      {renewal.data && (
        <Alert type="ok" role="status">
          <Paragraph>
            {t('candidate.renewed', { date: i18n.date(renewal.data.renewCandidateProfile.expiresOn) })}
          </Paragraph>
        </Alert>
      )}
      {confirmingWithdrawal && (
        <Alert type="error" role="alert">
          <Heading2>{t('candidate.withdrawTitle', { code: profile.publicCode })}</Heading2>
          <Paragraph>{t('candidate.withdrawExplained')}</Paragraph>
          <fieldset className="wsp-fieldset" aria-describedby={reasonMissing ? 'intrekken-reden-fout' : undefined}>
            <legend>{t('candidate.withdrawReason')}</legend>
            {reasonMissing && (
              <Paragraph className="wsp-error" id="intrekken-reden-fout">
                {t('candidate.withdrawReasonMissing')}
              </Paragraph>
            )}
            {WITHDRAWAL_REASONS.map((reason) => (
              <FormField type="radio" key={reason}>
                <RadioButton
                  id={`intrekken-${reason}`}
                  name="intrekken-reden"
                  checked={withdrawalReason === reason}
                  onChange={() => {
                    setWithdrawalReason(reason);
                    setReasonMissing(false);
                  }}
                />{' '}
                <FormLabel htmlFor={`intrekken-${reason}`} type="radio">
                  {t(`withdrawalReason.${reason}` as MessageKey)}
                </FormLabel>
              </FormField>
            ))}
          </fieldset>
          <div className="wsp-actions">
            <Button
              appearance="primary-action-button"
              busy={withdrawal.fetching}
              disabled={withdrawal.fetching}
              onClick={() => {
                if (!withdrawalReason) {
                  setReasonMissing(true);
                  document.getElementById(`intrekken-${WITHDRAWAL_REASONS[0]}`)?.focus();
                  return;
                }
                void withdraw({ id: profile.id, reason: withdrawalReason }).then((result) => {
                  if (!result.error) void navigate('/kandidaten', { replace: true });
                });
              }}
            >
              {t('candidate.withdrawConfirm', { code: profile.publicCode })}
            </Button>
            <Button appearance="secondary-action-button" onClick={() => setConfirmingWithdrawal(false)}>
              {t('candidate.withdrawCancel')}
            </Button>
          </div>
        </Alert>
      )}

      <ProfileDetails profile={profile} />

      <Heading2>{t('candidate.fits')}</Heading2>
      {profile.suggestions.length === 0 ? (
        <Paragraph>{t('candidate.noFits')}</Paragraph>
      ) : (
        <ul className="wsp-plain-list">
          {profile.suggestions.map((suggestion) => (
            <li key={suggestion.vacancyId} className="wsp-card">
              <Heading3>
                {suggestion.vacancy ? (
                  <Link to={`/vacatures/${suggestion.vacancyId}`}>{suggestion.vacancy.title}</Link>
                ) : (
                  suggestion.vacancyId
                )}
              </Heading3>
              <Paragraph>
                <strong>{t('vacancy.score', { score: suggestion.score })}</strong>
                {suggestion.vacancy && (
                  <> · {t('vacancy.hours', { min: suggestion.vacancy.hoursMin, max: suggestion.vacancy.hoursMax })}</>
                )}
              </Paragraph>
              <UnorderedList aria-label={t('candidate.why')}>
                {suggestion.explanation.map((line) => (
                  <UnorderedListItem key={line}>{line}</UnorderedListItem>
                ))}
              </UnorderedList>
            </li>
          ))}
        </ul>
      )}

      {profile.status === 'ACTIVE' && (
        <ProposeForm
          profile={profile}
          vacancies={data.vacancies.edges
            .map(({ node }) => node)
            .filter((vacancy) => !profile.proposals.some((proposal) => proposal.vacancyId === vacancy.id))}
        />
      )}
      <Heading2>{t('candidate.proposals')}</Heading2>
      {profile.proposals.length === 0 ? (
        <Paragraph>{t('candidate.noProposals')}</Paragraph>
      ) : (
        <UnorderedList>
          {profile.proposals.map((proposal) => (
            <UnorderedListItem key={proposal.id}>
              <Link to={`/vacatures/${proposal.vacancyId}`}>{proposal.vacancy.title}</Link>:{' '}
              {t(`proposalStatus.${proposal.status}` as MessageKey)}
            </UnorderedListItem>
          ))}
        </UnorderedList>
      )}
    </>
  );
}

function ProfileDetails({ profile }: { profile: Profile }) {
  const i18n = useI18n();
  const { t } = i18n;
  const rows: [string, string][] = [
    [t('profileField.occupationCodes'), profile.occupationCodes.join(', ')],
    [t('profileField.educationLevel'), profile.educationLevel ?? '-'],
    [
      t('profileField.hours'),
      profile.hoursMin != null && profile.hoursMax != null
        ? t('vacancy.hours', { min: profile.hoursMin, max: profile.hoursMax })
        : '-',
    ],
    [t('profileField.availableFrom'), profile.availableFrom ?? '-'],
    [t('profileField.travelRadiusKm'), t('vacancy.travel', { km: profile.travelRadiusKm })],
    [
      t('profileField.targetGroups'),
      profile.targetGroups.map((group) => t(`targetGroup.${group}` as MessageKey)).join(', ') || '-',
    ],
    [t('profileField.clientNumber'), profile.hasClientNumber ? t('candidate.clientNumberKept') : '-'],
    [t('profileField.pitch'), profile.pitch ?? '-'],
    [t('profileField.internalNote'), profile.internalNote ?? '-'],
  ];
  if (profile.wwEndMonth) rows.push([t('profileField.wwEndMonth'), profile.wwEndMonth]);
  return (
    <DataList>
      {rows.map(([key, value]) => (
        <DataListItem key={key}>
          <DataListKey>{key}</DataListKey>
          <DataListValue>{value}</DataListValue>
        </DataListItem>
      ))}
    </DataList>
  );
}

/** Any open vacancy of the region, with the candidate's agreement (the API requires it: a person decides). */
function ProposeForm({ profile, vacancies }: { profile: Profile; vacancies: { id: string; title: string }[] }) {
  const i18n = useI18n();
  const { t } = i18n;
  const [proposed, propose] = useMutation(PROPOSE);
  const [vacancyId, setVacancyId] = useState('');
  const [motivation, setMotivation] = useState('');
  const [agreed, setAgreed] = useState(false);
  const [missing, setMissing] = useState<Record<string, string>>({});
  const problems = { ...missing, ...fieldErrors(proposed.error, i18n) };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (proposed.fetching) return;
    const local: Record<string, string> = {};
    if (!vacancyId) local.vacancyId = t('newEmployer.required');
    if (!motivation.trim()) local.motivation = t('newEmployer.required');
    if (!agreed) local.candidateAgreed = t('inbox.agreementRequired');
    setMissing(local);
    if (Object.keys(local).length > 0) return;
    const result = await propose({
      input: { vacancyId, profileId: profile.id, motivation: motivation.trim(), candidateAgreed: true },
    });
    if (!result.error) {
      setVacancyId('');
      setMotivation('');
      setAgreed(false);
    }
  };

  return (
    <section aria-labelledby="voordragen">
      <Heading2 id="voordragen">{t('candidate.propose')}</Heading2>
      {proposed.data && (
        <Alert type="ok" role="status">
          <Paragraph>{t('inbox.proposed')}</Paragraph>
        </Alert>
      )}
      <form onSubmit={(event) => void submit(event)} noValidate>
        {Object.keys(problems).length === 0 && <ErrorAlert error={proposed.error} />}
        <Field id="voordragen-vacature" label={t('candidate.vacancy')} problem={problems.vacancyId}>
          <Select
            id="voordragen-vacature"
            value={vacancyId}
            invalid={Boolean(problems.vacancyId)}
            onChange={(event) => setVacancyId(event.target.value)}
          >
            <SelectOption value="">{t('vacancyForm.choose')}</SelectOption>
            {vacancies.map((vacancy) => (
              <SelectOption key={vacancy.id} value={vacancy.id}>
                {vacancy.title}
              </SelectOption>
            ))}
          </Select>
        </Field>
        <Field
          id="voordragen-motivatie"
          label={t('inbox.motivation')}
          hint={t('inbox.motivationHint')}
          problem={problems.motivation}
        >
          <Textarea
            id="voordragen-motivatie"
            value={motivation}
            invalid={Boolean(problems.motivation)}
            aria-describedby={describedBy('voordragen-motivatie', {
              hint: t('inbox.motivationHint'),
              problem: problems.motivation,
            })}
            onChange={(event) => setMotivation(event.target.value)}
          />
        </Field>
        <FormField type="checkbox" invalid={Boolean(problems.candidateAgreed)}>
          {problems.candidateAgreed && (
            <Paragraph className="wsp-error" id="voordragen-akkoord-fout">
              {problems.candidateAgreed}
            </Paragraph>
          )}
          <Checkbox
            id="voordragen-akkoord"
            checked={agreed}
            aria-describedby={problems.candidateAgreed ? 'voordragen-akkoord-fout' : undefined}
            onChange={(event) => setAgreed(event.target.checked)}
          />{' '}
          <FormLabel htmlFor="voordragen-akkoord" type="checkbox">
            {t('inbox.agreed')}
          </FormLabel>
        </FormField>
        <Button type="submit" appearance="primary-action-button" busy={proposed.fetching} disabled={proposed.fetching}>
          {t('inbox.proposeConfirm')}
        </Button>
      </form>
    </section>
  );
}
