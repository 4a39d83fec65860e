import {
  Alert,
  Button,
  DataList,
  DataListItem,
  DataListKey,
  DataListValue,
  FormField,
  FormFieldDescription,
  FormFieldErrorMessage,
  FormLabel,
  Heading1,
  Heading2,
  Paragraph,
  Textarea,
  UnorderedList,
  UnorderedListItem,
} from '@utrecht/component-library-react';
import { FormEvent, useState } from 'react';
import { Link as RouterLink, useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { Contacts } from './employer-contacts';
import { EmployerEditForm } from './employer-edit';
import { PossibleDuplicates } from './employer-merge';
import { EmployerVisits } from './employer-visits';
import { AccountTeam } from './employer-team';
import { fieldErrors } from '../api/errors';
import { useIdempotencyKey } from '../api/idempotency';
import { graphql } from '../gql';
import { useI18n } from '../i18n/i18n';
import type { MessageKey } from '../i18n/nl';
import { ErrorAlert } from '../layout/error-alert';
import { QueryState } from '../layout/query-state';
import { usePageTitle } from '../layout/shell';

const EMPLOYER = graphql(`
  query EmployerPage($id: ID!) {
    employer(id: $id) {
      id
      version
      legalName
      tradeName
      kvkNumber
      street
      houseNumber
      postcode
      city
      website
      keyAccount
      regionCode
      team {
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
      contacts {
        id
        version
        name
        role
        email
        phone
      }
      vacancies {
        id
        title
        status
      }
      timeline {
        id
        kind
        text
        occurredAt
      }
    }
  }
`);

const ADD_NOTE = graphql(`
  mutation AddEmployerNote($input: AddEmployerNoteInput!, $idempotencyKey: String) {
    addEmployerNote(input: $input, idempotencyKey: $idempotencyKey) {
      id
      kind
      text
      occurredAt
    }
  }
`);

/** One employer: details, account team, contacts, vacancies, and the shared timeline with a note form. */
export function EmployerPage() {
  const i18n = useI18n();
  const { t } = i18n;
  const { id = '' } = useParams();
  const [{ data, fetching, error }, refetch] = useQuery({ query: EMPLOYER, variables: { id } });
  const employer = data?.employer;
  const [editing, setEditing] = useState(false);
  const [justSaved, setJustSaved] = useState(false);
  usePageTitle(employer ? (employer.tradeName ?? employer.legalName) : t('employers.title'));

  if (!employer) {
    return (
      <>
        <Heading1>{t('employers.title')}</Heading1>
        <QueryState fetching={fetching} error={error} retry={() => refetch({ requestPolicy: 'network-only' })} />
      </>
    );
  }
  const address = [[employer.street, employer.houseNumber].filter(Boolean).join(' '), employer.postcode, employer.city]
    .filter(Boolean)
    .join(', ');
  return (
    <>
      <Heading1>{employer.tradeName ?? employer.legalName}</Heading1>
      <Paragraph>
        <RouterLink to={`/bezoeken/nieuw?werkgever=${employer.id}`}>{t('employer.planVisit')}</RouterLink>
      </Paragraph>
      <div className="wsp-columns">
        <section aria-labelledby="werkgever-gegevens">
          <Heading2 id="werkgever-gegevens">{t('employer.details')}</Heading2>
          {justSaved && !editing && (
            <Alert type="ok" role="status">
              <Paragraph>{t('employer.saved')}</Paragraph>
            </Alert>
          )}
          {editing ? (
            <EmployerEditForm
              key={employer.version}
              employer={employer}
              onSaved={() => {
                setEditing(false);
                setJustSaved(true);
              }}
              onCancel={() => setEditing(false)}
              onReload={() => refetch({ requestPolicy: 'network-only' })}
            />
          ) : (
            <>
              <DataList>
                <DataListItem>
                  <DataListKey>{t('employers.name')}</DataListKey>
                  <DataListValue>{employer.legalName}</DataListValue>
                </DataListItem>
                <DataListItem>
                  <DataListKey>{t('employers.kvk')}</DataListKey>
                  <DataListValue>{employer.kvkNumber}</DataListValue>
                </DataListItem>
                {address && (
                  <DataListItem>
                    <DataListKey>{t('employer.address')}</DataListKey>
                    <DataListValue>{address}</DataListValue>
                  </DataListItem>
                )}
                <DataListItem>
                  <DataListKey>{t('employer.keyAccount')}</DataListKey>
                  <DataListValue>{employer.keyAccount ? t('employer.yes') : t('employer.no')}</DataListValue>
                </DataListItem>
              </DataList>
              <Button
                appearance="secondary-action-button"
                onClick={() => {
                  setJustSaved(false);
                  setEditing(true);
                }}
              >
                {t('employer.edit')}
              </Button>
            </>
          )}
          <AccountTeam employerId={employer.id} regionCode={employer.regionCode} team={employer.team} />
        </section>
        <div>
          <Contacts employerId={employer.id} contacts={employer.contacts} />
          <Heading2>{t('employer.vacancies')}</Heading2>
          <Paragraph>
            <RouterLink to={`/werkgevers/${employer.id}/vacatures/nieuw`}>{t('employer.addVacancy')}</RouterLink>
          </Paragraph>
          {employer.vacancies.length === 0 ? (
            <Paragraph>{t('employer.noVacancies')}</Paragraph>
          ) : (
            <UnorderedList>
              {employer.vacancies.map((vacancy) => (
                <UnorderedListItem key={vacancy.id}>
                  <RouterLink to={`/vacatures/${vacancy.id}`}>{vacancy.title}</RouterLink>{' '}
                  <span className="wsp-muted">({t(`vacancyStatus.${vacancy.status}` as MessageKey)})</span>
                </UnorderedListItem>
              ))}
            </UnorderedList>
          )}
        </div>
      </div>
      <EmployerVisits employerId={employer.id} />
      <PossibleDuplicates
        employerId={employer.id}
        name={employer.tradeName ?? employer.legalName}
        onMerged={() => refetch({ requestPolicy: 'network-only' })}
      />
      <section aria-labelledby="werkgever-tijdlijn">
        <Heading2 id="werkgever-tijdlijn">{t('employer.timeline')}</Heading2>
        <NoteForm employerId={employer.id} />
        <UnorderedList>
          {employer.timeline.map((entry) => (
            <UnorderedListItem key={entry.id}>
              <time dateTime={entry.occurredAt}>{i18n.dateTime(entry.occurredAt)}</time>: {entry.text}
            </UnorderedListItem>
          ))}
        </UnorderedList>
      </section>
    </>
  );
}

/** A note on the timeline: the API's refusal (personal data, say) shows at the field, and the text stays. */
function NoteForm({ employerId }: { employerId: string }) {
  const i18n = useI18n();
  const { t } = i18n;
  const [text, setText] = useState('');
  const [saved, setSaved] = useState(false);
  const [{ fetching, error }, addNote] = useMutation(ADD_NOTE);
  const once = useIdempotencyKey();
  const problems = fieldErrors(error, i18n);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (fetching) return;
    setSaved(false);
    const result = await addNote({ input: { employerId, text }, idempotencyKey: once.key });
    if (!result.error) {
      once.done();
      setText('');
      setSaved(true);
    }
  };

  return (
    <form onSubmit={(event) => void submit(event)} noValidate>
      {!problems.text && <ErrorAlert error={error} />}
      {saved && (
        <Alert type="ok" role="status">
          <Paragraph>{t('employer.noteSaved')}</Paragraph>
        </Alert>
      )}
      <FormField invalid={Boolean(problems.text)}>
        <FormLabel htmlFor="notitie">{t('employer.note')}</FormLabel>
        <FormFieldDescription id="notitie-uitleg">{t('employer.noteHint')}</FormFieldDescription>
        {problems.text && (
          <FormFieldErrorMessage id="notitie-fout" role="alert">
            {problems.text}
          </FormFieldErrorMessage>
        )}
        <Textarea
          id="notitie"
          value={text}
          required
          invalid={Boolean(problems.text)}
          aria-describedby={problems.text ? 'notitie-uitleg notitie-fout' : 'notitie-uitleg'}
          onChange={(event) => setText(event.target.value)}
        />
      </FormField>
      <Button type="submit" appearance="primary-action-button" busy={fetching} disabled={fetching || !text.trim()}>
        {t('employer.saveNote')}
      </Button>
    </form>
  );
}
