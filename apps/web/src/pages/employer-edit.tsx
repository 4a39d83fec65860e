import { Button, Checkbox, FormField, FormLabel, Textbox } from '@utrecht/component-library-react';
import { FormEvent, useState } from 'react';
import { useMutation } from 'urql';
import { fieldErrors } from '../api/errors';
import { graphql } from '../gql';
import { useI18n } from '../i18n/i18n';
import { ErrorAlert } from '../layout/error-alert';
import type { MessageKey } from '../i18n/nl';
import { describedBy, Field } from '../layout/field';

const UPDATE = graphql(`
  mutation UpdateEmployer($input: UpdateEmployerInput!) {
    updateEmployer(input: $input) {
      id
      version
      legalName
      tradeName
      street
      houseNumber
      postcode
      city
      website
      keyAccount
    }
  }
`);

export interface EditableEmployer {
  id: string;
  version: number;
  legalName: string;
  tradeName?: string | null;
  street?: string | null;
  houseNumber?: string | null;
  postcode?: string | null;
  city?: string | null;
  website?: string | null;
  keyAccount: boolean;
}

const TEXT_FIELDS = ['legalName', 'tradeName', 'street', 'houseNumber', 'postcode', 'city', 'website'] as const;
type TextField = (typeof TEXT_FIELDS)[number];

/**
 * The employer's details, edited against the version the user read: when someone else saved in between, the API
 * refuses (CONFLICT) and the form says so, keeps what was typed and offers the newest version.
 */
export function EmployerEditForm({
  employer,
  onSaved,
  onCancel,
  onReload,
}: {
  employer: EditableEmployer;
  onSaved(): void;
  onCancel(): void;
  onReload(): void;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  const [values, setValues] = useState<Record<TextField, string>>(
    () => Object.fromEntries(TEXT_FIELDS.map((field) => [field, employer[field] ?? ''])) as Record<TextField, string>,
  );
  const [keyAccount, setKeyAccount] = useState(employer.keyAccount);
  const [saved, save] = useMutation(UPDATE);
  const problems = fieldErrors(saved.error, i18n);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (saved.fetching) return;
    const changes = Object.fromEntries(
      TEXT_FIELDS.filter((field) => values[field].trim() !== (employer[field] ?? '')).map((field) => [
        field,
        values[field].trim(),
      ]),
    );
    const result = await save({
      input: {
        id: employer.id,
        version: employer.version,
        ...changes,
        ...(keyAccount !== employer.keyAccount ? { keyAccount } : {}),
      },
    });
    if (!result.error) onSaved();
  };

  return (
    <form onSubmit={(event) => void submit(event)} noValidate aria-label={t('employer.edit')}>
      {Object.keys(problems).length === 0 && <ErrorAlert error={saved.error} onReload={onReload} />}
      {TEXT_FIELDS.map((field) => {
        const id = `wijzig-${field}`;
        const problem = problems[field];
        return (
          <Field key={field} id={id} label={t(`employerField.${field}` as MessageKey)} problem={problem}>
            <Textbox
              id={id}
              value={values[field]}
              invalid={Boolean(problem)}
              aria-describedby={describedBy(id, { problem })}
              onChange={(event) => setValues((current) => ({ ...current, [field]: event.target.value }))}
            />
          </Field>
        );
      })}
      <FormField type="checkbox">
        <Checkbox
          id="wijzig-keyAccount"
          checked={keyAccount}
          onChange={(event) => setKeyAccount(event.target.checked)}
        />{' '}
        <FormLabel htmlFor="wijzig-keyAccount" type="checkbox">
          {t('employer.keyAccount')}
        </FormLabel>
      </FormField>
      <div className="wsp-actions">
        <Button type="submit" appearance="primary-action-button" busy={saved.fetching} disabled={saved.fetching}>
          {t('employer.save')}
        </Button>
        <Button appearance="secondary-action-button" onClick={onCancel}>
          {t('employer.cancelEdit')}
        </Button>
      </div>
    </form>
  );
}
