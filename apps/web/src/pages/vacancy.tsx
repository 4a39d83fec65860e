import {
  Alert,
  Button,
  DataList,
  DataListItem,
  DataListKey,
  DataListValue,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
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
import type { ProposalStatus, VacancyPageQuery, VacancyStatus } from '../gql/graphql';
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
      closingDate
      description
      contractType
      minEducationLevel
      occupationCode
      skills {
        skillCode
        required
      }
      interests {
        id
        profileId
        status
        createdAt
        profile {
          id
          publicCode
          pool
        }
      }
      proposals {
        id
        profileId
        pool
        status
        updatedAt
        profile {
          id
          publicCode
        }
      }
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
    educationLevels {
      code
      labelNl
      labelEn
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

const OCCUPATION_SKILLS = graphql(`
  query VacancyOccupation($code: String!) {
    occupation(code: $code) {
      code
      titleNl
      titleEn
      skills {
        code
        labelNl
        labelEn
      }
    }
  }
`);

const CHANGE_STATUS = graphql(`
  mutation ChangeVacancyStatus($input: ChangeVacancyStatusInput!) {
    changeVacancyStatus(input: $input) {
      id
      version
      status
    }
  }
`);

/** What a person may do next with a vacancy (the API's lifecycle: FILLED and CLOSED are final). */
const NEXT_STATUS: Record<VacancyStatus, VacancyStatus[]> = {
  OPEN: ['ON_HOLD', 'FILLED', 'CLOSED'],
  ON_HOLD: ['OPEN'],
  FILLED: [],
  CLOSED: [],
};

const PIPELINE_STAGES: ProposalStatus[] = ['PROPOSED', 'INTRODUCED', 'INTERVIEW', 'PLACED', 'REJECTED', 'WITHDRAWN'];

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
  const [statusChange, changeStatus] = useMutation(CHANGE_STATUS);
  const vacancy = data?.vacancy;
  const [occupation] = useQuery({
    query: OCCUPATION_SKILLS,
    variables: { code: vacancy?.occupationCode ?? '' },
    pause: !vacancy,
  });
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
        <Link to={`/werkgevers/${vacancy.employerId}`}>{t('vacancy.employer')}</Link> ·{' '}
        <Link to={`/vacatures/${vacancy.id}/bewerken`}>{t('vacancy.edit')}</Link>
      </Paragraph>
      {vacancy.description && <Paragraph>{vacancy.description}</Paragraph>}
      <VacancyDetails
        vacancy={vacancy}
        occupation={occupation.data?.occupation}
        educationLevels={data.educationLevels}
      />

      {NEXT_STATUS[vacancy.status].length > 0 && (
        <section aria-labelledby="vacature-status">
          <Heading2 id="vacature-status">{t('vacancy.status')}</Heading2>
          <ErrorAlert error={statusChange.error} onReload={() => refetch({ requestPolicy: 'network-only' })} />
          <div className="wsp-actions">
            {NEXT_STATUS[vacancy.status].map((status) => (
              <Button
                key={status}
                appearance="secondary-action-button"
                busy={statusChange.fetching}
                disabled={statusChange.fetching}
                onClick={() => void changeStatus({ input: { id: vacancy.id, version: vacancy.version, status } })}
              >
                {t(`vacancyStatusAction.${status}` as MessageKey)}
              </Button>
            ))}
          </div>
        </section>
      )}

      <Pipeline vacancy={vacancy} />

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

function VacancyDetails({
  vacancy,
  occupation,
  educationLevels,
}: {
  vacancy: VacancyPageQuery['vacancy'];
  occupation?: { titleNl: string; titleEn: string; skills: { code: string; labelNl: string; labelEn: string }[] };
  educationLevels: VacancyPageQuery['educationLevels'];
}) {
  const i18n = useI18n();
  const { t, locale } = i18n;
  const label = (item: { labelNl: string; labelEn: string }) => (locale === 'nl' ? item.labelNl : item.labelEn);
  const education = educationLevels.find((level) => level.code === vacancy.minEducationLevel);
  const skillLabel = (code: string) => {
    const skill = occupation?.skills.find((candidate) => candidate.code === code);
    return skill ? label(skill) : code;
  };
  const rows: [string, string][] = [
    [
      t('vacancyField.occupationCode'),
      occupation
        ? `${locale === 'nl' ? occupation.titleNl : occupation.titleEn} (${vacancy.occupationCode})`
        : vacancy.occupationCode,
    ],
    [t('vacancyField.contractType'), t(`contractType.${vacancy.contractType}` as MessageKey)],
    [t('vacancyField.positions'), String(vacancy.positions)],
    [t('vacancyField.minEducationLevel'), education ? label(education) : t('vacancyForm.noEducation')],
    [t('vacancyField.startDate'), vacancy.startDate ? i18n.date(vacancy.startDate) : '-'],
    [t('vacancyField.closingDate'), vacancy.closingDate ? i18n.date(vacancy.closingDate) : '-'],
    [
      t('vacancyField.skills'),
      vacancy.skills
        .map((skill) =>
          skill.required
            ? t('vacancy.requiredSkill', { skill: skillLabel(skill.skillCode) })
            : skillLabel(skill.skillCode),
        )
        .join(', ') || '-',
    ],
  ];
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

/** From interest to placement: how many candidates are at each step, and who (by public code). */
function Pipeline({ vacancy }: { vacancy: VacancyPageQuery['vacancy'] }) {
  const i18n = useI18n();
  const { t } = i18n;
  const openInterests = vacancy.interests.filter((interest) => interest.status === 'OPEN');
  return (
    <section>
      <Heading2 id="vacature-pijplijn">{t('vacancy.pipeline')}</Heading2>
      {vacancy.interests.length === 0 && vacancy.proposals.length === 0 ? (
        <Paragraph>{t('vacancy.pipelineEmpty')}</Paragraph>
      ) : (
        // Focusable, so a keyboard user can scroll it sideways on a narrow screen.
        <div className="wsp-table-scroll" tabIndex={0} role="region" aria-labelledby="vacature-pijplijn">
          <Table>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">{t('vacancy.stage')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('vacancy.count')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('vacancy.candidates')}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              <TableRow>
                <TableHeaderCell scope="row">{t('vacancy.stageInterest')}</TableHeaderCell>
                <TableCell>{openInterests.length}</TableCell>
                <TableCell>
                  {openInterests
                    .map(
                      (interest) =>
                        `${interest.profile?.publicCode ?? t('vacancy.unknownCandidate')}${interest.profile ? ` (${t(`pool.${interest.profile.pool}` as MessageKey)})` : ''}`,
                    )
                    .join(', ')}
                </TableCell>
              </TableRow>
              {PIPELINE_STAGES.map((stage) => {
                const proposals = vacancy.proposals.filter((proposal) => proposal.status === stage);
                return (
                  <TableRow key={stage}>
                    <TableHeaderCell scope="row">{t(`proposalStatus.${stage}` as MessageKey)}</TableHeaderCell>
                    <TableCell>{proposals.length}</TableCell>
                    <TableCell>
                      {proposals
                        .map(
                          (proposal) =>
                            `${proposal.profile?.publicCode ?? t('vacancy.unknownCandidate')} (${t(`pool.${proposal.pool}` as MessageKey)})`,
                        )
                        .join(', ')}
                    </TableCell>
                  </TableRow>
                );
              })}
            </TableBody>
          </Table>
        </div>
      )}
    </section>
  );
}
