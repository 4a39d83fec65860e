import {
  Alert,
  Button,
  Heading2,
  Heading3,
  Paragraph,
  UnorderedList,
  UnorderedListItem,
} from '@utrecht/component-library-react';
import { useState } from 'react';
import { Link } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../gql';
import { useI18n } from '../i18n/i18n';
import type { MessageKey } from '../i18n/nl';
import { ErrorAlert } from '../layout/error-alert';

const DUPLICATES = graphql(`
  query PossibleDuplicates($employerId: ID!) {
    possibleDuplicates(employerId: $employerId) {
      id
      legalName
      tradeName
      kvkNumber
      city
    }
  }
`);

const PREVIEW = graphql(`
  query EmployerMergePreview($keepId: ID!, $mergeId: ID!) {
    employerMergePreview(keepId: $keepId, mergeId: $mergeId) {
      contacts
      vacancies
      visits
      placements
      timelineEntries
      teamMembers
      filledFields
    }
  }
`);

const MERGE = graphql(`
  mutation MergeEmployers($keepId: ID!, $mergeId: ID!) {
    mergeEmployers(keepId: $keepId, mergeId: $mergeId) {
      id
      version
    }
  }
`);

const MOVED = ['contacts', 'vacancies', 'visits', 'placements', 'timelineEntries', 'teamMembers'] as const;

/**
 * Accounts that look like this one (entered twice before the shared book): each can be merged into this one, after
 * seeing what would move and which empty details it fills. The other account then points here.
 */
export function PossibleDuplicates({
  employerId,
  name,
  onMerged,
}: {
  employerId: string;
  name: string;
  onMerged(): void;
}) {
  const { t } = useI18n();
  const [{ data }] = useQuery({ query: DUPLICATES, variables: { employerId } });
  const [reviewing, setReviewing] = useState<string>();
  const [merged, setMerged] = useState<string>();
  const duplicates = data?.possibleDuplicates ?? [];
  if (duplicates.length === 0 && !merged) return null;

  return (
    <section aria-labelledby="werkgever-dubbel">
      <Heading2 id="werkgever-dubbel">{t('merge.title')}</Heading2>
      {merged && (
        <Alert type="ok" role="status">
          <Paragraph>{t('merge.done', { other: merged, name })}</Paragraph>
        </Alert>
      )}
      {duplicates.length > 0 && <Paragraph>{t('merge.hint')}</Paragraph>}
      <ul className="wsp-plain-list">
        {duplicates.map((duplicate) => {
          const label = duplicate.tradeName ?? duplicate.legalName;
          return (
            <li key={duplicate.id} className="wsp-card">
              <Link to={`/werkgevers/${duplicate.id}`}>{label}</Link>{' '}
              <span className="wsp-muted">
                ({t('employers.kvk')} {duplicate.kvkNumber}
                {duplicate.city ? `, ${duplicate.city}` : ''})
              </span>
              {reviewing === duplicate.id ? (
                <MergeReview
                  keepId={employerId}
                  mergeId={duplicate.id}
                  mergeName={label}
                  keepName={name}
                  onCancel={() => setReviewing(undefined)}
                  onMerged={() => {
                    setReviewing(undefined);
                    setMerged(label);
                    onMerged();
                  }}
                />
              ) : (
                <div className="wsp-actions">
                  <Button appearance="secondary-action-button" onClick={() => setReviewing(duplicate.id)}>
                    {t('merge.start', { other: label })}
                  </Button>
                </div>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}

function MergeReview({
  keepId,
  mergeId,
  keepName,
  mergeName,
  onCancel,
  onMerged,
}: {
  keepId: string;
  mergeId: string;
  keepName: string;
  mergeName: string;
  onCancel(): void;
  onMerged(): void;
}) {
  const { t } = useI18n();
  const [{ data, error }] = useQuery({
    query: PREVIEW,
    variables: { keepId, mergeId },
    requestPolicy: 'network-only',
  });
  const [merging, merge] = useMutation(MERGE);
  const preview = data?.employerMergePreview;

  return (
    <div>
      <Heading3>{t('merge.reviewTitle', { other: mergeName, name: keepName })}</Heading3>
      <ErrorAlert error={error ?? merging.error} />
      {preview && (
        <>
          <Paragraph>{t('merge.moves', { name: keepName })}</Paragraph>
          <UnorderedList>
            {MOVED.map((what) => (
              <UnorderedListItem key={what}>
                {t(`merge.count.${what}` as MessageKey, { count: preview[what] })}
              </UnorderedListItem>
            ))}
          </UnorderedList>
          <Paragraph>
            {preview.filledFields.length > 0
              ? t('merge.fills', {
                  fields: preview.filledFields.map((field) => t(`mergeField.${field}` as MessageKey)).join(', '),
                })
              : t('merge.fillsNothing')}
          </Paragraph>
          <Paragraph>{t('merge.after', { other: mergeName })}</Paragraph>
          <div className="wsp-actions">
            <Button
              appearance="primary-action-button"
              busy={merging.fetching}
              disabled={merging.fetching}
              onClick={() =>
                void merge({ keepId, mergeId }).then((result) => {
                  if (!result.error) onMerged();
                })
              }
            >
              {t('merge.confirm', { other: mergeName })}
            </Button>
            <Button appearance="secondary-action-button" onClick={onCancel}>
              {t('merge.cancel')}
            </Button>
          </div>
        </>
      )}
    </div>
  );
}
