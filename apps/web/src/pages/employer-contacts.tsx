import { Button, Heading2, Heading3, Paragraph, Textbox } from '@utrecht/component-library-react';
import { FormEvent, useState } from 'react';
import { useMutation } from 'urql';
import { fieldErrors } from '../api/errors';
import { useIdempotencyKey } from '../api/idempotency';
import { graphql } from '../gql';
import { useI18n } from '../i18n/i18n';
import type { MessageKey } from '../i18n/nl';
import { ErrorAlert } from '../layout/error-alert';
import { describedBy, Field } from '../layout/field';

const ADD_CONTACT = graphql(`
  mutation AddEmployerContact($input: AddContactInput!, $idempotencyKey: String) {
    addEmployerContact(input: $input, idempotencyKey: $idempotencyKey) {
      id
      version
      name
      role
      email
      phone
    }
  }
`);

const UPDATE_CONTACT = graphql(`
  mutation UpdateEmployerContact($input: UpdateContactInput!) {
    updateEmployerContact(input: $input) {
      id
      version
      name
      role
      email
      phone
    }
  }
`);

const REMOVE_CONTACT = graphql(`
  mutation RemoveEmployerContact($id: ID!) {
    removeEmployerContact(id: $id)
  }
`);

export interface ContactView {
  id: string;
  version: number;
  name: string;
  role?: string | null;
  email?: string | null;
  phone?: string | null;
}

const FIELDS = ['name', 'role', 'email', 'phone'] as const;
type ContactField = (typeof FIELDS)[number];
type ContactValues = Record<ContactField, string>;

/** The employer's contact persons: the people at the employer we speak to, with work e-mail and phone. */
export function Contacts({ employerId, contacts }: { employerId: string; contacts: ContactView[] }) {
  const { t } = useI18n();
  const [adding, setAdding] = useState(false);
  const [editingId, setEditingId] = useState<string>();
  const [confirmingId, setConfirmingId] = useState<string>();
  const [added, add] = useMutation(ADD_CONTACT);
  const once = useIdempotencyKey();
  const [updated, update] = useMutation(UPDATE_CONTACT);
  const [removed, remove] = useMutation(REMOVE_CONTACT);

  return (
    <section aria-labelledby="werkgever-contacten">
      <Heading2 id="werkgever-contacten">{t('employer.contacts')}</Heading2>
      <ErrorAlert error={removed.error} />
      {contacts.length === 0 && <Paragraph>{t('employer.noContacts')}</Paragraph>}
      <ul className="wsp-plain-list">
        {contacts.map((contact) =>
          editingId === contact.id ? (
            <li key={contact.id}>
              <ContactForm
                label={t('contacts.editOf', { name: contact.name })}
                initial={contact}
                submitLabel={t('contacts.save')}
                submitting={updated.fetching}
                error={updated.error}
                onSubmit={async (values) => {
                  const result = await update({ input: { id: contact.id, version: contact.version, ...values } });
                  if (!result.error) setEditingId(undefined);
                }}
                onCancel={() => setEditingId(undefined)}
              />
            </li>
          ) : (
            <li key={contact.id}>
              {contact.name}
              {contact.role && <span className="wsp-muted"> ({contact.role})</span>}
              {contact.phone && (
                <>
                  {' '}
                  · <a href={`tel:${contact.phone.replace(/[^+\d]/g, '')}`}>{contact.phone}</a>
                </>
              )}
              {contact.email && (
                <>
                  {' '}
                  · <a href={`mailto:${contact.email}`}>{contact.email}</a>
                </>
              )}
              <span className="wsp-actions">
                <Button appearance="subtle-button" onClick={() => setEditingId(contact.id)}>
                  {t('contacts.edit', { name: contact.name })}
                </Button>
                {confirmingId === contact.id ? (
                  <>
                    <span role="alert">{t('contacts.removeConfirm', { name: contact.name })}</span>
                    <Button
                      appearance="subtle-button"
                      busy={removed.fetching}
                      disabled={removed.fetching}
                      onClick={() => void remove({ id: contact.id }).then(() => setConfirmingId(undefined))}
                    >
                      {t('contacts.removeYes', { name: contact.name })}
                    </Button>
                    <Button appearance="subtle-button" onClick={() => setConfirmingId(undefined)}>
                      {t('contacts.removeNo')}
                    </Button>
                  </>
                ) : (
                  <Button appearance="subtle-button" onClick={() => setConfirmingId(contact.id)}>
                    {t('contacts.remove', { name: contact.name })}
                  </Button>
                )}
              </span>
            </li>
          ),
        )}
      </ul>
      {adding ? (
        <ContactForm
          label={t('contacts.add')}
          initial={{}}
          submitLabel={t('contacts.add')}
          submitting={added.fetching}
          error={added.error}
          onSubmit={async (values) => {
            const result = await add({
              input: { employerId, ...values, name: values.name ?? '' },
              idempotencyKey: once.key,
            });
            if (!result.error) {
              once.done();
              setAdding(false);
            }
          }}
          onCancel={() => setAdding(false)}
        />
      ) : (
        <Button appearance="secondary-action-button" onClick={() => setAdding(true)}>
          {t('contacts.add')}
        </Button>
      )}
    </section>
  );
}

function ContactForm({
  label,
  initial,
  submitLabel,
  submitting,
  error,
  onSubmit,
  onCancel,
}: {
  label: string;
  initial: Partial<ContactView>;
  submitLabel: string;
  submitting: boolean;
  error: Parameters<typeof fieldErrors>[0];
  onSubmit(values: Partial<ContactValues>): Promise<void>;
  onCancel(): void;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  const [values, setValues] = useState<ContactValues>(
    () => Object.fromEntries(FIELDS.map((field) => [field, initial[field] ?? ''])) as ContactValues,
  );
  const [missingName, setMissingName] = useState(false);
  const problems: Partial<Record<ContactField, string>> = {
    ...(missingName ? { name: t('newEmployer.required') } : {}),
    ...fieldErrors(error, i18n),
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (submitting) return;
    setMissingName(!values.name.trim());
    if (!values.name.trim()) return;
    // Only what changed is sent; an emptied field is sent empty.
    const changed = Object.fromEntries(
      FIELDS.filter((field) => values[field].trim() !== (initial[field] ?? '')).map((field) => [
        field,
        values[field].trim(),
      ]),
    );
    await onSubmit(changed);
  };

  return (
    <form onSubmit={(event) => void submit(event)} noValidate aria-label={label} className="wsp-card">
      <Heading3>{label}</Heading3>
      {Object.keys(problems).length === 0 && <ErrorAlert error={error} />}
      {FIELDS.map((field) => {
        const id = `contact-${initial.id ?? 'nieuw'}-${field}`;
        const problem = problems[field];
        return (
          <Field key={field} id={id} label={t(`contactField.${field}` as MessageKey)} problem={problem}>
            <Textbox
              id={id}
              type={field === 'email' ? 'email' : field === 'phone' ? 'tel' : 'text'}
              autoComplete="off"
              value={values[field]}
              invalid={Boolean(problem)}
              aria-describedby={describedBy(id, { problem })}
              onChange={(event) => setValues((current) => ({ ...current, [field]: event.target.value }))}
            />
          </Field>
        );
      })}
      <div className="wsp-actions">
        <Button type="submit" appearance="primary-action-button" busy={submitting} disabled={submitting}>
          {submitLabel}
        </Button>
        <Button appearance="secondary-action-button" onClick={onCancel}>
          {t('contacts.cancel')}
        </Button>
      </div>
    </form>
  );
}
