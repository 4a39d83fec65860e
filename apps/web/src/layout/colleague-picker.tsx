import { Button, Textbox } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useQuery } from 'urql';
import { graphql } from '../gql';
import type { Role } from '../gql/graphql';
import { useI18n } from '../i18n/i18n';
import { Field } from './field';

const PARTNERS = graphql(`
  query PartnerOrganisations($regionCode: String!) {
    organisations(regionCode: $regionCode) {
      id
      name
    }
  }
`);

const COLLEAGUES = graphql(`
  query Colleagues($organisationId: ID!) {
    users(organisationId: $organisationId, active: true, first: 200) {
      edges {
        node {
          id
          displayName
          roles
        }
      }
    }
  }
`);

export interface Colleague {
  userId: string;
  displayName: string;
  organisation: string;
}

/** Lower case without accents: "Ilse" finds "ilse", "Yılmaz" finds "yilmaz". */
const comparable = (text: string) =>
  text
    .normalize('NFKD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();

/**
 * A colleague from any partner organisation of the region, found by (part of) their name or their organisation's:
 * every match is a button, so choosing one works by keyboard and screen reader. For a visit's participants and an
 * employer's account team.
 */
export function ColleaguePicker({
  regionCode,
  exclude,
  onInvite,
  roles = ['ACCOUNT_MANAGER'],
  actionKey = 'planVisit.inviteName',
  idPrefix = 'uitnodigen',
  busy = false,
}: {
  regionCode: string;
  exclude: string[];
  onInvite(colleague: Colleague): void;
  roles?: Role[];
  actionKey?: 'planVisit.inviteName' | 'team.addName';
  idPrefix?: string;
  busy?: boolean;
}) {
  const { t } = useI18n();
  const [typed, setTyped] = useState('');
  const [partners] = useQuery({ query: PARTNERS, variables: { regionCode } });
  const search = comparable(typed.trim());
  const id = `${idPrefix}-zoek-collega`;

  return (
    <div>
      <Field id={id} label={t('planVisit.findColleague')} hint={t('planVisit.findColleagueHint')}>
        <Textbox
          id={id}
          type="search"
          autoComplete="off"
          value={typed}
          aria-describedby={`${id}-uitleg`}
          onChange={(event) => setTyped(event.target.value)}
        />
      </Field>
      {search.length >= 2 && (
        <ul className="wsp-plain-list" aria-label={t('planVisit.colleaguesFound')}>
          {partners.data?.organisations.map((organisation) => (
            <OrganisationMatches
              key={organisation.id}
              organisation={organisation}
              search={search}
              roles={roles}
              exclude={exclude}
              label={(colleague) => t(actionKey, { name: colleague.displayName, organisation: colleague.organisation })}
              busy={busy}
              onInvite={(colleague) => {
                onInvite(colleague);
                setTyped('');
              }}
            />
          ))}
        </ul>
      )}
    </div>
  );
}

function OrganisationMatches({
  organisation,
  search,
  roles,
  exclude,
  label,
  busy,
  onInvite,
}: {
  organisation: { id: string; name: string };
  search: string;
  roles: Role[];
  exclude: string[];
  label(colleague: Colleague): string;
  busy: boolean;
  onInvite(colleague: Colleague): void;
}) {
  const [{ data }] = useQuery({ query: COLLEAGUES, variables: { organisationId: organisation.id } });
  const organisationMatches = comparable(organisation.name).includes(search);
  const matches = (data?.users.edges ?? [])
    .map(({ node }) => node)
    .filter(
      (user) =>
        !exclude.includes(user.id) &&
        user.roles.some((role) => roles.includes(role)) &&
        (organisationMatches || comparable(user.displayName).includes(search)),
    );
  return (
    <>
      {matches.map((user) => {
        const colleague = { userId: user.id, displayName: user.displayName, organisation: organisation.name };
        return (
          <li key={user.id}>
            <Button appearance="secondary-action-button" disabled={busy} onClick={() => onInvite(colleague)}>
              {label(colleague)}
            </Button>
          </li>
        );
      })}
    </>
  );
}
