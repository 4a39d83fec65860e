import {
  Button,
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
import { useMutation, useQuery } from 'urql';
import { graphql } from '../gql';
import type { CandidateProfileFilter, CandidateStatus } from '../gql/graphql';
import { useI18n } from '../i18n/i18n';
import type { MessageKey } from '../i18n/nl';
import { ErrorAlert } from '../layout/error-alert';
import { QueryState } from '../layout/query-state';
import { LoadMore, useFilterParams } from '../layout/list-controls';
import { usePageTitle } from '../layout/shell';

const PROFILES = graphql(`
  query MyCandidates($filter: CandidateProfileFilter, $first: Int, $after: String) {
    candidateProfiles(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          version
          publicCode
          status
          pool
          occupationCodes
          expiresOn
          missingForSharing
          updatedAt
        }
      }
    }
  }
`);

const RENEW = graphql(`
  mutation RenewProfile($id: ID!, $version: Int!) {
    renewCandidateProfile(id: $id, version: $version) {
      id
      version
      expiresOn
    }
  }
`);

const PAGE_SIZE = 50;
/** A profile expiring within this many days stands out and offers renewal (the API warns the coach at 14 too). */
const EXPIRY_WARNING_DAYS = 14;
const STATUSES: CandidateStatus[] = ['ACTIVE', 'PAUSED', 'PLACED'];

/**
 * My organisation's candidates (anonymised profiles): status, completeness for sharing, expiry with renewal in one
 * click; found by public code, filtered by status or by expiring soon.
 */
export function CandidatesPage() {
  const i18n = useI18n();
  const { t } = i18n;
  usePageTitle(t('candidates.title'));
  const [after, setAfter] = useState<string | null>(null);
  const [params, update] = useFilterParams(() => setAfter(null));
  const code = params.get('code') ?? '';
  const status = (params.get('status') ?? '') as CandidateStatus | '';
  const expiring = params.get('verloopt') === '1';
  const [typed, setTyped] = useState(code);
  const filter: CandidateProfileFilter = {
    publicCode: code || undefined,
    status: status || undefined,
    expiringWithinDays: expiring ? EXPIRY_WARNING_DAYS : undefined,
  };
  const [{ data, fetching, error }, refetch] = useQuery({
    query: PROFILES,
    variables: { filter, first: PAGE_SIZE, after },
  });
  const [renewed, renew] = useMutation(RENEW);
  const connection = data?.candidateProfiles;
  const soon = new Date(Date.now() + EXPIRY_WARNING_DAYS * 86_400_000).toISOString().slice(0, 10);

  return (
    <>
      <Heading1>{t('candidates.title')}</Heading1>
      <Paragraph>
        <Link to="/kandidaten/nieuw">{t('candidates.add')}</Link>
      </Paragraph>
      <form
        className="wsp-filters"
        role="search"
        onSubmit={(event: FormEvent) => {
          event.preventDefault();
          update('code', typed.trim());
        }}
      >
        <FormField>
          <FormLabel htmlFor="zoek-code">{t('candidates.searchCode')}</FormLabel>
          <Textbox id="zoek-code" value={typed} onChange={(event) => setTyped(event.target.value)} />
        </FormField>
        <FormField>
          <FormLabel htmlFor="filter-status">{t('candidates.status')}</FormLabel>
          <Select id="filter-status" value={status} onChange={(event) => update('status', event.target.value)}>
            <SelectOption value="">{t('employers.all')}</SelectOption>
            {STATUSES.map((value) => (
              <SelectOption key={value} value={value}>
                {t(`candidateStatus.${value}` as MessageKey)}
              </SelectOption>
            ))}
          </Select>
        </FormField>
        <FormField>
          <FormLabel htmlFor="filter-verloopt">{t('candidates.expiry')}</FormLabel>
          <Select
            id="filter-verloopt"
            value={expiring ? '1' : ''}
            onChange={(event) => update('verloopt', event.target.value)}
          >
            <SelectOption value="">{t('employers.all')}</SelectOption>
            <SelectOption value="1">{t('candidates.expiringSoon', { days: EXPIRY_WARNING_DAYS })}</SelectOption>
          </Select>
        </FormField>
        <Button type="submit" appearance="primary-action-button">
          {t('employers.searchButton')}
        </Button>
      </form>
      <ErrorAlert error={renewed.error} onReload={() => refetch({ requestPolicy: 'network-only' })} />
      <QueryState fetching={fetching && !data} error={error} retry={() => refetch({ requestPolicy: 'network-only' })} />
      {connection && (
        <Paragraph role="status">
          {connection.totalCount === 0
            ? t('candidates.none')
            : t('candidates.count', { count: i18n.number(connection.totalCount) })}
        </Paragraph>
      )}
      {connection && connection.edges.length > 0 && (
        <div className="wsp-table-scroll">
          <Table>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">{t('candidates.code')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('candidates.status')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('candidates.complete')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('candidates.expiresOn')}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {connection.edges.map(({ node }) => {
                const expiresSoon = node.status !== 'PLACED' && node.expiresOn <= soon;
                return (
                  <TableRow key={node.id}>
                    <TableCell>
                      <Link to={`/kandidaten/${node.id}`}>{node.publicCode}</Link>
                    </TableCell>
                    <TableCell>{t(`candidateStatus.${node.status}` as MessageKey)}</TableCell>
                    <TableCell>
                      {node.missingForSharing.length === 0
                        ? t('candidates.completeYes')
                        : t('candidates.missing', {
                            fields: node.missingForSharing
                              .map((field) => t(`profileField.${field}` as MessageKey))
                              .join(', '),
                          })}
                    </TableCell>
                    <TableCell>
                      {expiresSoon ? <strong>{i18n.date(node.expiresOn)}</strong> : i18n.date(node.expiresOn)}
                      {expiresSoon && (
                        <>
                          {' '}
                          <Button
                            appearance="subtle-button"
                            disabled={renewed.fetching}
                            onClick={() => void renew({ id: node.id, version: node.version })}
                          >
                            {t('candidates.renew', { code: node.publicCode })}
                          </Button>
                        </>
                      )}
                    </TableCell>
                  </TableRow>
                );
              })}
            </TableBody>
          </Table>
        </div>
      )}
      <LoadMore pageInfo={connection?.pageInfo} fetching={fetching} onLoad={setAfter} />
    </>
  );
}
