import {
  Alert,
  Button,
  Checkbox,
  FormField,
  FormLabel,
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
import { useMutation, useQuery } from 'urql';
import { fieldErrors } from '../api/errors';
import { useIdempotencyKey } from '../api/idempotency';
import { useMe } from '../api/me';
import { graphql } from '../gql';
import type { AdminUsersQuery, Role } from '../gql/graphql';
import { useI18n } from '../i18n/i18n';
import type { MessageKey } from '../i18n/nl';
import { ErrorAlert } from '../layout/error-alert';
import { describedBy, Field } from '../layout/field';
import { QueryState } from '../layout/query-state';
import { ScrollRegion } from '../layout/scroll-region';
import { usePageTitle } from '../layout/shell';

const USERS = graphql(`
  query AdminUsers($organisationId: ID!) {
    identityProviders(organisationId: $organisationId) {
      name
      issuer
    }
    users(organisationId: $organisationId, first: 200) {
      edges {
        node {
          id
          version
          displayName
          email
          roles
          active
          subject
          issuer
          mailProblem {
            address
            reason
            detectedAt
          }
        }
      }
    }
  }
`);

const ADD_USER = graphql(`
  mutation AddUser($input: AddUserInput!, $idempotencyKey: String) {
    addUser(input: $input, idempotencyKey: $idempotencyKey) {
      id
      version
      displayName
      email
      roles
      active
    }
  }
`);

const CHANGE_ROLES = graphql(`
  mutation ChangeUserRoles($input: ChangeUserRolesInput!) {
    changeUserRoles(input: $input) {
      id
      version
      roles
    }
  }
`);

const DEACTIVATE = graphql(`
  mutation DeactivateUser($input: SetUserActiveInput!) {
    deactivateUser(input: $input) {
      id
      version
      active
    }
  }
`);

const REACTIVATE = graphql(`
  mutation ReactivateUser($input: SetUserActiveInput!) {
    reactivateUser(input: $input) {
      id
      version
      active
    }
  }
`);

const UPDATE_USER = graphql(`
  mutation UpdateUser($input: UpdateUserInput!) {
    updateUser(input: $input) {
      id
      version
      displayName
      email
      subject
      issuer
    }
  }
`);

const ROLES: Role[] = ['ACCOUNT_MANAGER', 'JOB_COACH', 'REGIONAL_DIRECTOR', 'ADMIN'];
const DETAILS = ['displayName', 'email', 'subject'] as const;
type UserRow = AdminUsersQuery['users']['edges'][number]['node'];
type Provider = AdminUsersQuery['identityProviders'][number];

/**
 * My organisation's people, for its administrator: add someone (their sign-in subject at the identity provider,
 * e-mail, name, roles), change roles, deactivate and reactivate. The API refuses locking yourself out.
 */
export function AdminUsersPage() {
  const { t } = useI18n();
  usePageTitle(t('users.title'));
  const { me } = useMe();
  const organisationId = me?.organisation.id ?? '';
  const [{ data, fetching, error }, refetch] = useQuery({
    query: USERS,
    variables: { organisationId },
    pause: !organisationId,
    requestPolicy: 'cache-and-network',
  });
  const [adding, setAdding] = useState(false);

  return (
    <>
      <Heading1>{t('users.title')}</Heading1>
      {me && <Paragraph>{t('users.intro', { organisation: me.organisation.name })}</Paragraph>}
      <QueryState fetching={fetching && !data} error={error} retry={() => refetch({ requestPolicy: 'network-only' })} />
      {data && (
        <ScrollRegion label={t('users.title')}>
          <Table>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">{t('users.name')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('users.email')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('users.roles')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('users.state')}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {data.users.edges.map(({ node }) => (
                <UserLine
                  key={node.id}
                  user={node}
                  providers={data.identityProviders}
                  isMe={node.id === me?.id}
                  onConflict={() => refetch({ requestPolicy: 'network-only' })}
                />
              ))}
            </TableBody>
          </Table>
        </ScrollRegion>
      )}
      {adding ? (
        <AddUserForm
          users={data?.users.edges.map(({ node }) => node) ?? []}
          providers={data?.identityProviders ?? []}
          onDone={() => {
            setAdding(false);
            refetch({ requestPolicy: 'network-only' });
          }}
          onCancel={() => setAdding(false)}
        />
      ) : (
        <Button appearance="primary-action-button" onClick={() => setAdding(true)}>
          {t('users.add')}
        </Button>
      )}
    </>
  );
}

function UserLine({
  user,
  providers,
  isMe,
  onConflict,
}: {
  user: UserRow;
  providers: readonly Provider[];
  isMe: boolean;
  onConflict(): void;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  const [editing, setEditing] = useState(false);
  const [roles, setRoles] = useState<Role[]>(user.roles);
  const [changed, change] = useMutation(CHANGE_ROLES);
  const [deactivated, deactivate] = useMutation(DEACTIVATE);
  const [reactivated, reactivate] = useMutation(REACTIVATE);
  const [correcting, setCorrecting] = useState(false);
  const error = changed.error ?? deactivated.error ?? reactivated.error;

  return (
    <TableRow>
      <TableHeaderCell scope="row">
        {user.displayName}
        {isMe && <span className="wsp-muted"> ({t('users.you')})</span>}
      </TableHeaderCell>
      <TableCell>
        {user.email}
        {user.subject && (
          <span className="wsp-muted">
            <br />
            {t('users.subjectShown', { subject: user.subject })}
            {providers.length > 1 && (
              <>
                <br />
                {t('users.issuerShown', {
                  provider: providers.find((p) => p.issuer === user.issuer)?.name ?? t('users.issuerAny'),
                })}
              </>
            )}
          </span>
        )}
        {user.mailProblem && (
          <span className="wsp-error">
            <br />
            {t('users.mailProblem', {
              date: i18n.dateTime(user.mailProblem.detectedAt),
              reason: user.mailProblem.reason,
            })}
          </span>
        )}
        {correcting ? (
          <UserDetailsForm
            user={user}
            providers={providers}
            onDone={() => setCorrecting(false)}
            onConflict={onConflict}
          />
        ) : (
          <>
            {' '}
            <Button appearance="subtle-button" onClick={() => setCorrecting(true)}>
              {t('users.correct', { name: user.displayName })}
            </Button>
          </>
        )}
      </TableCell>
      <TableCell>
        {editing ? (
          <form
            aria-label={t('users.rolesOf', { name: user.displayName })}
            onSubmit={(event: FormEvent) => {
              event.preventDefault();
              void change({ input: { userId: user.id, version: user.version, roles } }).then((result) => {
                if (!result.error) setEditing(false);
              });
            }}
          >
            <RoleChoice idPrefix={`rollen-${user.id}`} roles={roles} onChange={setRoles} />
            <div className="wsp-actions">
              <Button
                type="submit"
                appearance="primary-action-button"
                busy={changed.fetching}
                disabled={changed.fetching}
              >
                {t('users.saveRoles')}
              </Button>
              <Button appearance="secondary-action-button" onClick={() => setEditing(false)}>
                {t('contacts.cancel')}
              </Button>
            </div>
          </form>
        ) : (
          <>
            {user.roles.map((role) => t(`role.${role}` as MessageKey)).join(', ')}{' '}
            <Button appearance="subtle-button" onClick={() => setEditing(true)}>
              {t('users.changeRoles', { name: user.displayName })}
            </Button>
          </>
        )}
        <ErrorAlert error={error} onReload={onConflict} />
      </TableCell>
      <TableCell>
        {user.active ? t('users.active') : t('users.inactive')}{' '}
        {user.active ? (
          <Button
            appearance="subtle-button"
            disabled={deactivated.fetching}
            onClick={() => void deactivate({ input: { userId: user.id, version: user.version } })}
          >
            {t('users.deactivate', { name: user.displayName })}
          </Button>
        ) : (
          <Button
            appearance="subtle-button"
            disabled={reactivated.fetching}
            onClick={() => void reactivate({ input: { userId: user.id, version: user.version } })}
          >
            {t('users.reactivate', { name: user.displayName })}
          </Button>
        )}
      </TableCell>
    </TableRow>
  );
}

function RoleChoice({ idPrefix, roles, onChange }: { idPrefix: string; roles: Role[]; onChange(roles: Role[]): void }) {
  const { t } = useI18n();
  return (
    <fieldset className="wsp-fieldset">
      <legend>{t('users.roles')}</legend>
      {ROLES.map((role) => (
        <FormField type="checkbox" key={role}>
          <Checkbox
            id={`${idPrefix}-${role}`}
            checked={roles.includes(role)}
            onChange={(event) =>
              onChange(event.target.checked ? [...roles, role] : roles.filter((chosen) => chosen !== role))
            }
          />{' '}
          <FormLabel htmlFor={`${idPrefix}-${role}`} type="checkbox">
            {t(`role.${role}` as MessageKey)}
          </FormLabel>
        </FormField>
      ))}
    </fieldset>
  );
}

/** The user's details as typed; `issuer` empty: not chosen (the API takes the organisation's only provider). */
type Details = Record<(typeof DETAILS)[number] | 'issuer', string>;

/**
 * Name, work e-mail and sign-in subject, of someone new or corrected; where several identity providers sign in
 * the organisation's people, also which one the subject belongs to.
 */
function UserDetailFields({
  idPrefix,
  values,
  providers,
  problems,
  onChange,
}: {
  idPrefix: string;
  values: Details;
  providers: readonly Provider[];
  problems: Record<string, string>;
  onChange(update: (current: Details) => Details): void;
}) {
  const { t } = useI18n();
  const issuerId = `${idPrefix}-issuer`;
  return (
    <>
      {providers.length > 1 && (
        <Field id={issuerId} label={t('users.field.issuer')} problem={problems.issuer}>
          <Select
            id={issuerId}
            value={values.issuer}
            invalid={Boolean(problems.issuer)}
            aria-describedby={describedBy(issuerId, { problem: problems.issuer })}
            onChange={(event) => onChange((current) => ({ ...current, issuer: event.target.value }))}
          >
            <SelectOption value="">{t('users.issuerChoose')}</SelectOption>
            {providers.map((provider) => (
              <SelectOption key={provider.issuer} value={provider.issuer}>
                {provider.name}
              </SelectOption>
            ))}
          </Select>
        </Field>
      )}
      {DETAILS.map((key) => {
        const id = `${idPrefix}-${key}`;
        const hint = key === 'subject' ? t('users.subjectHint') : undefined;
        return (
          <Field key={key} id={id} label={t(`users.field.${key}` as MessageKey)} hint={hint} problem={problems[key]}>
            <Textbox
              id={id}
              type={key === 'email' ? 'email' : 'text'}
              autoComplete="off"
              value={values[key]}
              invalid={Boolean(problems[key])}
              aria-describedby={describedBy(id, { hint, problem: problems[key] })}
              onChange={(event) => onChange((current) => ({ ...current, [key]: event.target.value }))}
            />
          </Field>
        );
      })}
    </>
  );
}

/** Corrects a colleague's name, e-mail or sign-in subject (audited by the API). */
function UserDetailsForm({
  user,
  providers,
  onDone,
  onConflict,
}: {
  user: UserRow;
  providers: readonly Provider[];
  onDone(): void;
  onConflict(): void;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  const [updated, update] = useMutation(UPDATE_USER);
  const [values, setValues] = useState({
    displayName: user.displayName,
    email: user.email,
    subject: user.subject ?? '',
    issuer: user.issuer ?? '',
  });
  const [missing, setMissing] = useState<Record<string, string>>({});
  const problems: Record<string, string> = { ...missing, ...fieldErrors(updated.error, i18n) };
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const local = Object.fromEntries(
      DETAILS.filter((key) => !values[key].trim()).map((key) => [key, t('newEmployer.required')]),
    );
    setMissing(local);
    if (Object.keys(local).length > 0 || updated.fetching) return;
    const result = await update({
      input: {
        userId: user.id,
        version: user.version,
        displayName: values.displayName.trim(),
        email: values.email.trim(),
        subject: values.subject.trim(),
        ...(values.issuer ? { issuer: values.issuer } : {}),
      },
    });
    if (!result.error) onDone();
  };
  return (
    <form
      onSubmit={(event) => void submit(event)}
      noValidate
      aria-label={t('users.detailsOf', { name: user.displayName })}
    >
      {Object.keys(problems).length === 0 && <ErrorAlert error={updated.error} onReload={onConflict} />}
      <UserDetailFields
        idPrefix={`gegevens-${user.id}`}
        values={values}
        providers={providers}
        problems={problems}
        onChange={setValues}
      />
      <div className="wsp-actions">
        <Button type="submit" appearance="primary-action-button" busy={updated.fetching} disabled={updated.fetching}>
          {t('users.saveDetails')}
        </Button>
        <Button appearance="secondary-action-button" onClick={onDone}>
          {t('contacts.cancel')}
        </Button>
      </div>
    </form>
  );
}

function AddUserForm({
  users,
  providers,
  onDone,
  onCancel,
}: {
  users: UserRow[];
  providers: readonly Provider[];
  onDone(): void;
  onCancel(): void;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  const [added, add] = useMutation(ADD_USER);
  const [reactivated, reactivate] = useMutation(REACTIVATE);
  const conflict = added.error?.graphQLErrors[0]?.extensions;
  // Adding someone who was deactivated: offer to bring that account back instead.
  const deactivated =
    conflict?.existingActive === false ? users.find((user) => user.id === conflict.existingId) : undefined;
  const once = useIdempotencyKey();
  const [values, setValues] = useState<Details>({ displayName: '', email: '', subject: '', issuer: '' });
  const [roles, setRoles] = useState<Role[]>([]);
  const [missing, setMissing] = useState<Record<string, string>>({});
  const problems: Record<string, string> = { ...missing, ...fieldErrors(added.error, i18n) };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (added.fetching) return;
    const local: Record<string, string> = {};
    for (const key of DETAILS) {
      if (!values[key].trim()) local[key] = t('newEmployer.required');
    }
    if (providers.length > 1 && !values.issuer) local.issuer = t('users.issuerRequired');
    if (roles.length === 0) local.roles = t('users.roleRequired');
    setMissing(local);
    if (Object.keys(local).length > 0) return;
    const result = await add({
      input: {
        displayName: values.displayName.trim(),
        email: values.email.trim(),
        subject: values.subject.trim(),
        ...(values.issuer ? { issuer: values.issuer } : {}),
        roles,
      },
      idempotencyKey: once.key,
    });
    if (!result.error) {
      once.done();
      onDone();
    }
  };

  return (
    <form
      onSubmit={(event) => void submit(event)}
      noValidate
      aria-labelledby="gebruiker-toevoegen"
      className="wsp-card"
    >
      <Heading2 id="gebruiker-toevoegen">{t('users.add')}</Heading2>
      {deactivated ? (
        <Alert type="warning" role="alert">
          <Paragraph>{t('users.wasDeactivated', { name: deactivated.displayName })}</Paragraph>
          <ErrorAlert error={reactivated.error} />
          <Button
            appearance="primary-action-button"
            busy={reactivated.fetching}
            disabled={reactivated.fetching}
            onClick={() =>
              void reactivate({ input: { userId: deactivated.id, version: deactivated.version } }).then((result) => {
                if (!result.error) onDone();
              })
            }
          >
            {t('users.reactivate', { name: deactivated.displayName })}
          </Button>
        </Alert>
      ) : (
        Object.keys(problems).length === 0 && <ErrorAlert error={added.error} />
      )}
      <UserDetailFields
        idPrefix="gebruiker"
        values={values}
        providers={providers}
        problems={problems}
        onChange={setValues}
      />
      {problems.roles && (
        <Alert type="error">
          <Paragraph>{problems.roles}</Paragraph>
        </Alert>
      )}
      <RoleChoice idPrefix="nieuwe-rollen" roles={roles} onChange={setRoles} />
      <div className="wsp-actions">
        <Button type="submit" appearance="primary-action-button" busy={added.fetching} disabled={added.fetching}>
          {t('users.addConfirm')}
        </Button>
        <Button appearance="secondary-action-button" onClick={onCancel}>
          {t('contacts.cancel')}
        </Button>
      </div>
    </form>
  );
}
