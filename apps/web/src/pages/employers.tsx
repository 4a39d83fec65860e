import {
  Button,
  Checkbox,
  FormField,
  FormLabel,
  Heading1,
  Paragraph,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Textbox,
} from '@utrecht/component-library-react';
import { FormEvent, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { graphql } from '../gql';
import { useI18n } from '../i18n/i18n';
import { QueryState } from '../layout/query-state';
import { usePageTitle } from '../layout/shell';

const PAGE_SIZE = 25;

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
  const [params, setParams] = useSearchParams();
  const search = params.get('zoek') ?? '';
  const keyAccount = params.get('groot') === '1';
  const [typed, setTyped] = useState(search);
  const [after, setAfter] = useState<string | null>(null);
  const [{ data, fetching, error }, refetch] = useQuery({
    query: EMPLOYERS,
    variables: {
      filter: { search: search || undefined, keyAccount: keyAccount || undefined },
      first: PAGE_SIZE,
      after,
    },
  });
  const connection = data?.employers;

  const update = (change: (next: URLSearchParams) => void) => {
    setAfter(null);
    setParams((current) => {
      const next = new URLSearchParams(current);
      change(next);
      return next;
    });
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    update((next) => (typed.trim() ? next.set('zoek', typed.trim()) : next.delete('zoek')));
  };

  return (
    <>
      <Heading1>{t('employers.title')}</Heading1>
      <Paragraph>
        <Link to="/werkgevers/nieuw">{t('newEmployer.add')}</Link>
      </Paragraph>
      <form className="wsp-search" role="search" onSubmit={submit}>
        <FormField>
          <FormLabel htmlFor="zoek-werkgever">{t('employers.search')}</FormLabel>
          <Textbox id="zoek-werkgever" value={typed} onChange={(event) => setTyped(event.target.value)} />
        </FormField>
        <FormField type="checkbox">
          <Checkbox
            id="alleen-groot"
            checked={keyAccount}
            onChange={(event) =>
              update((next) => (event.target.checked ? next.set('groot', '1') : next.delete('groot')))
            }
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
              </TableRow>
            </TableHeader>
            <TableBody>
              {connection.edges.map(({ node }) => (
                <TableRow key={node.id}>
                  <TableCell>
                    <Link to={`/werkgevers/${node.id}`}>{node.tradeName ?? node.legalName}</Link>
                  </TableCell>
                  <TableCell>{node.kvkNumber}</TableCell>
                  <TableCell>{node.city ?? ''}</TableCell>
                  <TableCell>{node.team.find((member) => member.isLead)?.user.displayName ?? ''}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
      )}
      {connection?.pageInfo.hasNextPage && (
        <Button
          appearance="secondary-action-button"
          busy={fetching}
          disabled={fetching}
          onClick={() => setAfter(connection.pageInfo.endCursor ?? null)}
        >
          {t('employers.more')}
        </Button>
      )}
    </>
  );
}
