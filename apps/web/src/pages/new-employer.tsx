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
import { Link, useNavigate } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { fieldErrors } from '../api/errors';
import { useIdempotencyKey } from '../api/idempotency';
import { graphql } from '../gql';
import { useI18n } from '../i18n/i18n';
import { ErrorAlert } from '../layout/error-alert';
import type { MessageKey } from '../i18n/nl';
import { describedBy, Field } from '../layout/field';
import { usePageTitle } from '../layout/shell';

const KVK = /^\d{8}$/;

const SIMILAR = graphql(`
  query SimilarEmployers($search: String!) {
    employers(filter: { search: $search }, first: 5) {
      totalCount
      edges {
        node {
          id
          legalName
          tradeName
          kvkNumber
          city
        }
      }
    }
  }
`);

const CREATE = graphql(`
  mutation CreateEmployer($input: CreateEmployerInput!, $idempotencyKey: String) {
    createEmployer(input: $input, idempotencyKey: $idempotencyKey) {
      id
      legalName
      kvkNumber
      version
    }
  }
`);

interface Fields {
  kvkNumber: string;
  legalName: string;
  tradeName: string;
  street: string;
  houseNumber: string;
  postcode: string;
  city: string;
}

const EMPTY: Fields = {
  kvkNumber: '',
  legalName: '',
  tradeName: '',
  street: '',
  houseNumber: '',
  postcode: '',
  city: '',
};

/**
 * A new employer for the region's book. Possible duplicates (same KvK number, similar name) show while typing,
 * before anything is saved; the API's own duplicate check (CONFLICT) links to the account that exists.
 */
export function NewEmployerPage() {
  const i18n = useI18n();
  const { t } = i18n;
  usePageTitle(t('newEmployer.title'));
  const navigate = useNavigate();
  const [fields, setFields] = useState<Fields>(EMPTY);
  const [checked, setChecked] = useState<Partial<Record<keyof Fields, string>>>({});
  const search = useDebounced(KVK.test(fields.kvkNumber) ? fields.kvkNumber : fields.legalName.trim(), 300);
  const [similar] = useQuery({ query: SIMILAR, variables: { search }, pause: search.length < 3 });
  const [created, create] = useMutation(CREATE);
  const once = useIdempotencyKey();
  const problems = { ...checked, ...fieldErrors(created.error, i18n) } as Partial<Record<keyof Fields, string>>;
  const existingId = created.error?.graphQLErrors[0]?.extensions?.existingEmployerId as string | undefined;
  const candidates = similar.data?.employers.edges.map(({ node }) => node) ?? [];

  const set = (name: keyof Fields) => (event: { target: { value: string } }) =>
    setFields((current) => ({ ...current, [name]: event.target.value }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (created.fetching) return;
    const local: Partial<Record<keyof Fields, string>> = {};
    if (!KVK.test(fields.kvkNumber)) local.kvkNumber = t('newEmployer.kvkInvalid');
    if (!fields.legalName.trim()) local.legalName = t('newEmployer.required');
    setChecked(local);
    if (Object.keys(local).length > 0) return;
    const input = Object.fromEntries(
      Object.entries(fields)
        .map(([name, value]) => [name, value.trim()])
        .filter(([, value]) => value !== ''),
    ) as unknown as Fields;
    const result = await create({ input, idempotencyKey: once.key });
    if (result.data) {
      once.done();
      navigate(`/werkgevers/${result.data.createEmployer.id}`);
    }
  };

  const field = (
    name: keyof Fields,
    options: { hint?: MessageKey; inputMode?: 'numeric'; autoComplete?: string } = {},
  ) => {
    const id = `werkgever-${name}`;
    const problem = problems[name];
    const hint = options.hint && t(options.hint);
    return (
      <Field id={id} label={t(`newEmployer.${name}` as MessageKey)} hint={hint} problem={problem}>
        <Textbox
          id={id}
          value={fields[name]}
          invalid={Boolean(problem)}
          inputMode={options.inputMode}
          autoComplete={options.autoComplete ?? 'off'}
          aria-describedby={describedBy(id, { hint, problem })}
          onChange={set(name)}
        />
      </Field>
    );
  };

  return (
    <>
      <Heading1>{t('newEmployer.title')}</Heading1>
      <ErrorAlert error={created.error}>
        {existingId && (
          <Paragraph>
            <Link to={`/werkgevers/${existingId}`}>{t('newEmployer.openExisting')}</Link>
          </Paragraph>
        )}
      </ErrorAlert>
      <form onSubmit={(event) => void submit(event)} noValidate>
        {field('kvkNumber', { hint: 'newEmployer.kvkHint', inputMode: 'numeric' })}
        {field('legalName', { autoComplete: 'organization' })}
        {candidates.length > 0 && (
          <section aria-labelledby="mogelijke-dubbelen" aria-live="polite">
            <Alert type="warning">
              <Heading2 id="mogelijke-dubbelen">{t('newEmployer.similar')}</Heading2>
              <UnorderedList>
                {candidates.map((candidate) => (
                  <UnorderedListItem key={candidate.id}>
                    <Link to={`/werkgevers/${candidate.id}`}>{candidate.tradeName ?? candidate.legalName}</Link>{' '}
                    <span className="wsp-muted">
                      ({t('employers.kvk')} {candidate.kvkNumber}
                      {candidate.city ? `, ${candidate.city}` : ''})
                    </span>
                  </UnorderedListItem>
                ))}
              </UnorderedList>
            </Alert>
          </section>
        )}
        {field('tradeName')}
        {field('street', { autoComplete: 'address-line1' })}
        {field('houseNumber')}
        {field('postcode', { autoComplete: 'postal-code' })}
        {field('city', { autoComplete: 'address-level2' })}
        <Button type="submit" appearance="primary-action-button" busy={created.fetching} disabled={created.fetching}>
          {t('newEmployer.save')}
        </Button>
      </form>
    </>
  );
}

/** `value`, once it has stayed the same for `ms`: a search per pause in typing, not per key. */
function useDebounced<T>(value: T, ms: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return settled;
}
