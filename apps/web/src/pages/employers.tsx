import {
  Button,
  Checkbox,
  FormField,
  FormLabel,
  Heading1,
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
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { graphql } from '../gql';
import type { EmployerFilter, SizeClass } from '../gql/graphql';
import { useI18n } from '../i18n/i18n';
import type { MessageKey } from '../i18n/nl';
import { QueryState } from '../layout/query-state';
import { LoadMore, useFilterParams } from '../layout/list-controls';
import { usePageTitle } from '../layout/shell';

const PAGE_SIZE = 25;

/** SBI divisions the employers of a Werkgeversservicepunt are mostly in (the filter takes any SBI prefix). */
const SECTORS = [
  '10',
  '25',
  '41',
  '43',
  '45',
  '46',
  '47',
  '49',
  '52',
  '56',
  '62',
  '69',
  '78',
  '81',
  '85',
  '86',
  '87',
  '88',
];
const SIZES: SizeClass[] = ['MICRO', 'SMALL', 'MEDIUM', 'LARGE'];
const QUIET_DAYS = ['30', '90', '180', '365'];

const ME = graphql(`
  query EmployerBookMe {
    me {
      id
      organisation {
        id
        regionCodes
      }
    }
  }
`);

const PARTNER_ORGANISATIONS = graphql(`
  query EmployerBookPartners($regionCode: String!) {
    organisations(regionCode: $regionCode) {
      id
      name
    }
  }
`);

const ACCOUNT_MANAGERS = graphql(`
  query EmployerBookAccountManagers($organisationId: ID!) {
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

const EMPLOYERS = graphql(`
  query EmployerBook($filter: EmployerFilter, $first: Int, $after: String) {
    employers(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          legalName
          tradeName
          kvkNumber
          city
          lastContactAt
          hasPossibleDuplicates
          team {
            isLead
            user {
              id
              displayName
            }
          }
        }
      }
    }
  }
`);

/**
 * The region's employer book: search by name or KvK number, key accounts only, page by page ("meer laden" adds the
 * next page to the same table: the client's cache merges the pages of one search).
 */
export function EmployersPage() {
  const i18n = useI18n();
  const { t } = i18n;
  usePageTitle(t('employers.title'));
  const [after, setAfter] = useState<string | null>(null);
  const [params, update] = useFilterParams(() => setAfter(null));
  const search = params.get('zoek') ?? '';
  const keyAccount = params.get('groot') === '1';
  const sbi = params.get('sector') ?? '';
  const size = (params.get('omvang') ?? '') as SizeClass | '';
  const lead = params.get('accountmanager') ?? '';
  const vacancies = params.get('vacatures') ?? '';
  const quiet = params.get('geencontact') ?? '';
  const [typed, setTyped] = useState(search);
  const filter: EmployerFilter = {
    search: search || undefined,
    keyAccount: keyAccount || undefined,
    sbi: sbi || undefined,
    sizeClass: size || undefined,
    leadUserId: lead || undefined,
    hasOpenVacancies: vacancies === 'ja' ? true : vacancies === 'nee' ? false : undefined,
    noContactForDays: quiet ? Number(quiet) : undefined,
  };
  const [{ data, fetching, error }, refetch] = useQuery({
    query: EMPLOYERS,
    variables: { filter, first: PAGE_SIZE, after },
  });
  const [me] = useQuery({ query: ME });
  const regionCode = me.data?.me.organisation.regionCodes[0];
  const connection = data?.employers;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    update('zoek', typed.trim());
  };

  return (
    <>
      <Heading1>{t('employers.title')}</Heading1>
      <Paragraph>
        <Link to="/werkgevers/nieuw">{t('newEmployer.add')}</Link>
      </Paragraph>
      <form className="wsp-filters" role="search" onSubmit={submit}>
        <FormField>
          <FormLabel htmlFor="zoek-werkgever">{t('employers.search')}</FormLabel>
          <Textbox id="zoek-werkgever" value={typed} onChange={(event) => setTyped(event.target.value)} />
        </FormField>
        <FilterSelect
          id="filter-sector"
          label={t('employers.sector')}
          value={sbi}
          onChange={(value) => update('sector', value)}
          options={SECTORS.map((code) => [code, t(`sector.${code}` as MessageKey)])}
        />
        <FilterSelect
          id="filter-omvang"
          label={t('employers.size')}
          value={size}
          onChange={(value) => update('omvang', value)}
          options={SIZES.map((code) => [code, t(`size.${code}` as MessageKey)])}
        />
        <FormField>
          <FormLabel htmlFor="filter-accountmanager">{t('employers.lead')}</FormLabel>
          <Select
            id="filter-accountmanager"
            value={lead}
            onChange={(event) => update('accountmanager', event.target.value)}
          >
            <SelectOption value="">{t('employers.anyone')}</SelectOption>
            {me.data && <SelectOption value={me.data.me.id}>{t('employers.me')}</SelectOption>}
            {regionCode && <AccountManagerOptions regionCode={regionCode} exclude={me.data?.me.id} />}
          </Select>
        </FormField>
        <FilterSelect
          id="filter-vacatures"
          label={t('employers.openVacancies')}
          value={vacancies}
          onChange={(value) => update('vacatures', value)}
          options={[
            ['ja', t('employers.withOpenVacancies')],
            ['nee', t('employers.withoutOpenVacancies')],
          ]}
        />
        <FilterSelect
          id="filter-geencontact"
          label={t('employers.noContact')}
          value={quiet}
          onChange={(value) => update('geencontact', value)}
          options={QUIET_DAYS.map((days) => [days, t('employers.noContactDays', { days })])}
        />
        <FormField type="checkbox">
          <Checkbox
            id="alleen-groot"
            checked={keyAccount}
            onChange={(event) => update('groot', event.target.checked ? '1' : '')}
          />{' '}
          <FormLabel htmlFor="alleen-groot" type="checkbox">
            {t('employers.keyAccount')}
          </FormLabel>
        </FormField>
        <Button type="submit" appearance="primary-action-button">
          {t('employers.searchButton')}
        </Button>
      </form>
      <QueryState fetching={fetching && !data} error={error} retry={() => refetch({ requestPolicy: 'network-only' })} />
      {connection && (
        <Paragraph role="status">
          {connection.totalCount === 0
            ? t('employers.none')
            : t('employers.count', { count: i18n.number(connection.totalCount) })}
        </Paragraph>
      )}
      {connection && connection.edges.length > 0 && (
        <div className="wsp-table-scroll">
          <Table>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">{t('employers.name')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('employers.kvk')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('employers.place')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('employers.lead')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('employers.lastContact')}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {connection.edges.map(({ node }) => (
                <TableRow key={node.id}>
                  <TableCell>
                    <Link to={`/werkgevers/${node.id}`}>{node.tradeName ?? node.legalName}</Link>
                    {node.hasPossibleDuplicates && (
                      <span className="wsp-badge">{t('employers.possibleDuplicate')}</span>
                    )}
                  </TableCell>
                  <TableCell>{node.kvkNumber}</TableCell>
                  <TableCell>{node.city ?? ''}</TableCell>
                  <TableCell>{node.team.find((member) => member.isLead)?.user.displayName ?? ''}</TableCell>
                  <TableCell>{node.lastContactAt ? i18n.date(node.lastContactAt) : t('employers.never')}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
      )}
      <LoadMore pageInfo={connection?.pageInfo} fetching={fetching} onLoad={setAfter} />
    </>
  );
}

function FilterSelect({
  id,
  label,
  value,
  options,
  onChange,
}: {
  id: string;
  label: string;
  value: string;
  options: [string, string][];
  onChange(value: string): void;
}) {
  const { t } = useI18n();
  return (
    <FormField>
      <FormLabel htmlFor={id}>{label}</FormLabel>
      <Select id={id} value={value} onChange={(event) => onChange(event.target.value)}>
        <SelectOption value="">{t('employers.all')}</SelectOption>
        {options.map(([optionValue, optionLabel]) => (
          <SelectOption key={optionValue} value={optionValue}>
            {optionLabel}
          </SelectOption>
        ))}
      </Select>
    </FormField>
  );
}

/** The account managers of every partner organisation of the region, one group per organisation. */
function AccountManagerOptions({ regionCode, exclude }: { regionCode: string; exclude?: string }) {
  const [{ data }] = useQuery({ query: PARTNER_ORGANISATIONS, variables: { regionCode } });
  return (
    <>
      {data?.organisations.map((organisation) => (
        <OrganisationAccountManagers key={organisation.id} organisation={organisation} exclude={exclude} />
      ))}
    </>
  );
}

function OrganisationAccountManagers({
  organisation,
  exclude,
}: {
  organisation: { id: string; name: string };
  exclude?: string;
}) {
  const [{ data }] = useQuery({ query: ACCOUNT_MANAGERS, variables: { organisationId: organisation.id } });
  const managers = (data?.users.edges ?? [])
    .map(({ node }) => node)
    .filter((user) => user.id !== exclude && user.roles.includes('ACCOUNT_MANAGER'));
  if (managers.length === 0) return null;
  return (
    <optgroup label={organisation.name}>
      {managers.map((user) => (
        <SelectOption key={user.id} value={user.id}>
          {user.displayName}
        </SelectOption>
      ))}
    </optgroup>
  );
}
