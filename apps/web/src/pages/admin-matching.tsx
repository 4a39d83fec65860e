import {
  Alert,
  Button,
  Heading1,
  Heading2,
  Paragraph,
  Select,
  SelectOption,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Textbox,
} from '@utrecht/component-library-react';
import { FormEvent, useState } from 'react';
import { useClient, useMutation, useQuery } from 'urql';
import { fieldErrors } from '../api/errors';
import { useMe } from '../api/me';
import { graphql } from '../gql';
import type { MatchingPreviewQuery, UpdateMatchingConfigInput } from '../gql/graphql';
import { useI18n } from '../i18n/i18n';
import type { MessageKey } from '../i18n/nl';
import { ErrorAlert } from '../layout/error-alert';
import { describedBy, Field } from '../layout/field';
import { QueryState } from '../layout/query-state';
import { ScrollRegion } from '../layout/scroll-region';
import { usePageTitle } from '../layout/shell';

const CONFIG = graphql(`
  query MatchingConfigPage($regionCode: String!) {
    matchingConfig(regionCode: $regionCode) {
      regionCode
      version
      minimumScore
      topListSize
      minimumPoolShare
      maxWwBonus
      maxWwWindowMonths
      travelToleranceKm
      minimumHoursOverlap
      weights {
        occupation
        requiredSkills
        niceToHaveSkills
        distance
        hours
        education
        availability
        languages
      }
    }
    vacancies(filter: { status: OPEN }, first: 200) {
      edges {
        node {
          id
          title
        }
      }
    }
  }
`);

const PREVIEW = graphql(`
  query MatchingPreview($vacancyId: ID!, $input: UpdateMatchingConfigInput!) {
    matchingPreview(vacancyId: $vacancyId, input: $input) {
      current {
        profileId
        pool
        score
        rank
        balanced
      }
      edited {
        profileId
        pool
        score
        rank
        balanced
      }
    }
  }
`);

const SAVE = graphql(`
  mutation UpdateMatchingConfig($input: UpdateMatchingConfigInput!) {
    updateMatchingConfig(input: $input) {
      regionCode
      version
      minimumScore
      topListSize
      minimumPoolShare
      maxWwBonus
      maxWwWindowMonths
      travelToleranceKm
      minimumHoursOverlap
      weights {
        occupation
        requiredSkills
        niceToHaveSkills
        distance
        hours
        education
        availability
        languages
      }
    }
  }
`);

const WEIGHTS = [
  'occupation',
  'requiredSkills',
  'niceToHaveSkills',
  'distance',
  'hours',
  'education',
  'availability',
  'languages',
] as const;
const POLICY = [
  'minimumScore',
  'topListSize',
  'minimumPoolShare',
  'maxWwBonus',
  'maxWwWindowMonths',
  'travelToleranceKm',
  'minimumHoursOverlap',
] as const;
type Setting = (typeof WEIGHTS)[number] | (typeof POLICY)[number];
type Preview = MatchingPreviewQuery['matchingPreview'];

/**
 * The region's matching configuration, each weight with what it means. Before saving, the top list of a chosen
 * vacancy under the current and the edited configuration, side by side (candidates as letters: the same letter is
 * the same candidate in both lists, nothing more is shown of them).
 */
export function AdminMatchingPage() {
  const i18n = useI18n();
  const { t } = i18n;
  usePageTitle(t('matchingConfig.title'));
  const { me } = useMe();
  const regionCode = me?.organisation.regionCodes[0] ?? '';
  const [{ data, fetching, error }, refetch] = useQuery({
    query: CONFIG,
    variables: { regionCode },
    pause: !regionCode,
    requestPolicy: 'network-only',
  });
  const config = data?.matchingConfig;
  if (!config || !data) {
    return (
      <>
        <Heading1>{t('matchingConfig.title')}</Heading1>
        <QueryState fetching={fetching} error={error} retry={() => refetch({ requestPolicy: 'network-only' })} />
      </>
    );
  }
  const initial = Object.fromEntries([
    ...WEIGHTS.map((key) => [key, String(config.weights[key])]),
    ...POLICY.map((key) => [key, String(config[key])]),
  ]) as Record<Setting, string>;
  return (
    <>
      <Heading1>{t('matchingConfig.title')}</Heading1>
      <Paragraph>{t('matchingConfig.intro')}</Paragraph>
      <ConfigForm
        key={config.version}
        initial={initial}
        regionCode={config.regionCode}
        version={config.version}
        vacancies={data.vacancies.edges.map(({ node }) => node)}
        onReload={() => refetch({ requestPolicy: 'network-only' })}
      />
    </>
  );
}

function ConfigForm({
  initial,
  regionCode,
  version,
  vacancies,
  onReload,
}: {
  initial: Record<Setting, string>;
  regionCode: string;
  version: number;
  vacancies: { id: string; title: string }[];
  onReload(): void;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  const client = useClient();
  const [values, setValues] = useState(initial);
  const [vacancyId, setVacancyId] = useState('');
  const [preview, setPreview] = useState<Preview>();
  const [previewError, setPreviewError] = useState<Parameters<typeof ErrorAlert>[0]['error']>();
  const [previewing, setPreviewing] = useState(false);
  const [saved, save] = useMutation(SAVE);
  const problems = fieldErrors(previewError ?? saved.error, i18n);

  const input = (): UpdateMatchingConfigInput => ({
    regionCode,
    version,
    weights: Object.fromEntries(WEIGHTS.map((key) => [key, Number(values[key])])),
    ...Object.fromEntries(POLICY.map((key) => [key, Number(values[key])])),
  });

  const showPreview = async () => {
    if (!vacancyId) return;
    setPreviewing(true);
    const result = await client
      .query(PREVIEW, { vacancyId, input: input() }, { requestPolicy: 'network-only' })
      .toPromise();
    setPreviewing(false);
    setPreviewError(result.error);
    setPreview(result.data?.matchingPreview);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (saved.fetching) return;
    await save({ input: input() });
  };

  const field = (key: Setting) => {
    const id = `matching-${key}`;
    const problem = problems[key] ?? problems[`weights.${key}`];
    const hint = t(`matchingConfig.hint.${key}` as MessageKey);
    return (
      <Field key={key} id={id} label={t(`matchingConfig.field.${key}` as MessageKey)} hint={hint} problem={problem}>
        <Textbox
          id={id}
          inputMode="decimal"
          className="wsp-narrow"
          value={values[key]}
          invalid={Boolean(problem)}
          aria-describedby={describedBy(id, { hint, problem })}
          onChange={(event) => {
            setValues((current) => ({ ...current, [key]: event.target.value }));
            setPreview(undefined);
          }}
        />
      </Field>
    );
  };

  return (
    <form onSubmit={(event) => void submit(event)} noValidate aria-label={t('matchingConfig.title')}>
      {saved.data && (
        <Alert type="ok" role="status">
          <Paragraph>{t('matchingConfig.saved')}</Paragraph>
        </Alert>
      )}
      {Object.keys(problems).length === 0 && <ErrorAlert error={previewError ?? saved.error} onReload={onReload} />}
      <Heading2>{t('matchingConfig.weights')}</Heading2>
      <Paragraph>{t('matchingConfig.weightsIntro')}</Paragraph>
      <div className="wsp-filters">{WEIGHTS.map(field)}</div>
      <Heading2>{t('matchingConfig.policy')}</Heading2>
      <div className="wsp-filters">{POLICY.map(field)}</div>

      <Heading2>{t('matchingConfig.preview')}</Heading2>
      <div className="wsp-filters">
        <Field id="matching-vacature" label={t('matchingConfig.vacancy')}>
          <Select id="matching-vacature" value={vacancyId} onChange={(event) => setVacancyId(event.target.value)}>
            <SelectOption value="">{t('vacancyForm.choose')}</SelectOption>
            {vacancies.map((vacancy) => (
              <SelectOption key={vacancy.id} value={vacancy.id}>
                {vacancy.title}
              </SelectOption>
            ))}
          </Select>
        </Field>
        <Button
          appearance="secondary-action-button"
          busy={previewing}
          disabled={!vacancyId || previewing}
          onClick={() => void showPreview()}
        >
          {t('matchingConfig.showPreview')}
        </Button>
      </div>
      {preview && <PreviewTable preview={preview} />}
      <div className="wsp-actions">
        <Button type="submit" appearance="primary-action-button" busy={saved.fetching} disabled={saved.fetching}>
          {t('matchingConfig.save')}
        </Button>
      </div>
    </form>
  );
}

/** Both lists by place; a candidate is a letter, the same in both lists, so moves are visible and nobody is shown. */
function PreviewTable({ preview }: { preview: Preview }) {
  const { t } = useI18n();
  const letters = new Map<string, string>();
  for (const candidate of [...preview.current, ...preview.edited]) {
    if (!letters.has(candidate.profileId)) letters.set(candidate.profileId, letterFor(letters.size));
  }
  const places = Math.max(preview.current.length, preview.edited.length);
  const describe = (candidate?: Preview['current'][number]) =>
    candidate
      ? `${t('matchingConfig.candidate', { letter: letters.get(candidate.profileId)! })} · ${t(
          `pool.${candidate.pool}` as MessageKey,
        )} · ${candidate.score}${candidate.balanced ? ` (${t('matchingConfig.balanced')})` : ''}`
      : '—';
  return (
    <ScrollRegion label={t('matchingConfig.preview')}>
      <Table>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">{t('matchingConfig.place')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('matchingConfig.now')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('matchingConfig.edited')}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {Array.from({ length: places }, (_, index) => (
            <TableRow key={index}>
              <TableHeaderCell scope="row">{index + 1}</TableHeaderCell>
              <TableCell>{describe(preview.current[index])}</TableCell>
              <TableCell>{describe(preview.edited[index])}</TableCell>
            </TableRow>
          ))}
          {places === 0 && (
            <TableRow>
              <TableCell colSpan={3}>{t('matchingConfig.empty')}</TableCell>
            </TableRow>
          )}
        </TableBody>
      </Table>
    </ScrollRegion>
  );
}

/** A, B, …, Z, AA, AB, … */
function letterFor(index: number): string {
  return index < 26 ? String.fromCharCode(65 + index) : letterFor(Math.floor(index / 26) - 1) + letterFor(index % 26);
}
