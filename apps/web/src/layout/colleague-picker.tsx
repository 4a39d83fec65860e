import { Button, Select, SelectOption } from '@utrecht/component-library-react';
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

/**
 * A colleague from any partner organisation of the region, chosen by organisation and then by name: for a visit's
 * participants and an employer's account team.
 */
export function ColleaguePicker({
  regionCode,
  exclude,
  onInvite,
  roles = ['ACCOUNT_MANAGER'],
  actionLabel,
  idPrefix = 'uitnodigen',
  busy = false,
}: {
  regionCode: string;
  exclude: string[];
  onInvite(colleague: Colleague): void;
  roles?: Role[];
  actionLabel?: string;
  idPrefix?: string;
  busy?: boolean;
}) {
  const { t } = useI18n();
  const [organisationId, setOrganisationId] = useState('');
  const [userId, setUserId] = useState('');
  const [partners] = useQuery({ query: PARTNERS, variables: { regionCode } });
  const [colleagues] = useQuery({ query: COLLEAGUES, variables: { organisationId }, pause: !organisationId });
  const organisation = partners.data?.organisations.find((candidate) => candidate.id === organisationId);
  const options = (colleagues.data?.users.edges ?? [])
    .map(({ node }) => node)
    .filter((user) => !exclude.includes(user.id) && user.roles.some((role) => roles.includes(role)));

  return (
    <div className="wsp-search">
      <Field id={`${idPrefix}-organisatie`} label={t('planVisit.organisation')}>
        <Select
          id={`${idPrefix}-organisatie`}
          value={organisationId}
          onChange={(e) => setOrganisationId(e.target.value)}
        >
          <SelectOption value="">{t('planVisit.chooseOrganisation')}</SelectOption>
          {partners.data?.organisations.map((partner) => (
            <SelectOption key={partner.id} value={partner.id}>
              {partner.name}
            </SelectOption>
          ))}
        </Select>
      </Field>
      <Field id={`${idPrefix}-collega`} label={t('planVisit.colleague')}>
        <Select
          id={`${idPrefix}-collega`}
          value={userId}
          disabled={!organisationId}
          onChange={(e) => setUserId(e.target.value)}
        >
          <SelectOption value="">{t('planVisit.chooseColleague')}</SelectOption>
          {options.map((user) => (
            <SelectOption key={user.id} value={user.id}>
              {user.displayName}
            </SelectOption>
          ))}
        </Select>
      </Field>
      <Button
        appearance="secondary-action-button"
        busy={busy}
        disabled={!userId || !organisation || busy}
        onClick={() => {
          const user = options.find((candidate) => candidate.id === userId);
          if (!user || !organisation) return;
          onInvite({ userId: user.id, displayName: user.displayName, organisation: organisation.name });
          setUserId('');
        }}
      >
        {actionLabel ?? t('planVisit.invite')}
      </Button>
    </div>
  );
}
