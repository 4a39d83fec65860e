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
import { useState } from 'react';
import { useClient, useQuery } from 'urql';
import { useMe } from '../api/me';
import { graphql } from '../gql';
import type { AuditAction, AuditEventFilter, AuditLogQuery } from '../gql/graphql';
import { amsterdamDate, amsterdamInstant, addDays } from '../i18n/amsterdam-time';
import { useI18n } from '../i18n/i18n';
import type { MessageKey } from '../i18n/nl';
import { ErrorAlert } from '../layout/error-alert';
import { QueryState } from '../layout/query-state';
import { ScrollRegion } from '../layout/scroll-region';
import { LoadMore, useFilterParams } from '../layout/list-controls';
import { usePageTitle } from '../layout/shell';

const AUDIT = graphql(`
  query AuditLog($filter: AuditEventFilter, $first: Int, $after: String) {
    auditEvents(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          occurredAt
          action
          entityType
          entityId
          purpose
          actorUserId
          actor {
            id
            displayName
            organisation {
              id
              name
            }
          }
        }
      }
    }
  }
`);

const PEOPLE = graphql(`
  query AuditPeople($organisationId: ID!) {
    users(organisationId: $organisationId, first: 200) {
      edges {
        node {
          id
          displayName
        }
      }
    }
  }
`);

const ACTIONS: AuditAction[] = [
  'VIEW',
  'CREATE',
  'UPDATE',
  'STATUS_CHANGE',
  'INTEREST',
  'PROPOSE',
  'RENEW',
  'EXPIRE',
  'WITHDRAW',
];
const PAGE_SIZE = 50;
/** An export reads page by page up to this many events: enough for an audit question, not a data dump. */
const EXPORT_LIMIT = 5_000;

type AuditEventRow = AuditLogQuery['auditEvents']['edges'][number]['node'];

/**
 * What my organisation's people did, and what others did to my organisation's candidates (views by partners
 * included): filtered by person, action and dates, newest first, and exported as a CSV file for Dutch Excel.
 */
export function AuditLogPage() {
  const i18n = useI18n();
  const { t } = i18n;
  usePageTitle(t('audit.title'));
  const { me } = useMe();
  const client = useClient();
  const [after, setAfter] = useState<string | null>(null);
  const [params, update] = useFilterParams(() => setAfter(null));
  const person = params.get('persoon') ?? '';
  const action = (params.get('actie') ?? '') as AuditAction | '';
  const from = params.get('van') ?? '';
  const to = params.get('tot') ?? '';
  const [exporting, setExporting] = useState(false);
  const [exportError, setExportError] = useState<Parameters<typeof ErrorAlert>[0]['error']>();
  const filter: AuditEventFilter = {
    actorUserId: person || undefined,
    action: action || undefined,
    from: from ? amsterdamInstant(from, '00:00') : undefined,
    to: to ? amsterdamInstant(addDays(to, 1), '00:00') : undefined,
  };
  const [{ data, fetching, error }, refetch] = useQuery({
    query: AUDIT,
    variables: { filter, first: PAGE_SIZE, after },
    requestPolicy: 'cache-and-network',
  });
  const [people] = useQuery({
    query: PEOPLE,
    variables: { organisationId: me?.organisation.id ?? '' },
    pause: !me,
  });

  const exportCsv = async () => {
    setExporting(true);
    setExportError(undefined);
    const rows: AuditEventRow[] = [];
    let cursor: string | null = null;
    do {
      const page = await client
        .query(AUDIT, { filter, first: 200, after: cursor }, { requestPolicy: 'network-only' })
        .toPromise();
      if (page.error || !page.data) {
        setExportError(page.error);
        setExporting(false);
        return;
      }
      rows.push(...page.data.auditEvents.edges.map(({ node }) => node));
      cursor = page.data.auditEvents.pageInfo.hasNextPage ? (page.data.auditEvents.pageInfo.endCursor ?? null) : null;
    } while (cursor && rows.length < EXPORT_LIMIT);
    download(toCsv(rows, i18n), `auditlog-${amsterdamDate(Date.now())}.csv`);
    setExporting(false);
  };

  const connection = data?.auditEvents;
  return (
    <>
      <Heading1>{t('audit.title')}</Heading1>
      <Paragraph>{t('audit.intro')}</Paragraph>
      <form className="wsp-filters" role="search" onSubmit={(event) => event.preventDefault()}>
        <FormField>
          <FormLabel htmlFor="audit-persoon">{t('audit.person')}</FormLabel>
          <Select id="audit-persoon" value={person} onChange={(event) => update('persoon', event.target.value)}>
            <SelectOption value="">{t('employers.anyone')}</SelectOption>
            {(people.data?.users.edges ?? []).map(({ node }) => (
              <SelectOption key={node.id} value={node.id}>
                {node.displayName}
              </SelectOption>
            ))}
          </Select>
        </FormField>
        <FormField>
          <FormLabel htmlFor="audit-actie">{t('audit.action')}</FormLabel>
          <Select id="audit-actie" value={action} onChange={(event) => update('actie', event.target.value)}>
            <SelectOption value="">{t('employers.all')}</SelectOption>
            {ACTIONS.map((value) => (
              <SelectOption key={value} value={value}>
                {t(`auditAction.${value}` as MessageKey)}
              </SelectOption>
            ))}
          </Select>
        </FormField>
        <FormField>
          <FormLabel htmlFor="audit-van">{t('audit.from')}</FormLabel>
          <Textbox id="audit-van" type="date" value={from} onChange={(event) => update('van', event.target.value)} />
        </FormField>
        <FormField>
          <FormLabel htmlFor="audit-tot">{t('audit.to')}</FormLabel>
          <Textbox id="audit-tot" type="date" value={to} onChange={(event) => update('tot', event.target.value)} />
        </FormField>
      </form>
      <div className="wsp-actions">
        <Button
          appearance="secondary-action-button"
          busy={exporting}
          disabled={exporting}
          onClick={() => void exportCsv()}
        >
          {t('audit.export')}
        </Button>
      </div>
      <ErrorAlert error={exportError} />
      <QueryState fetching={fetching && !data} error={error} retry={() => refetch({ requestPolicy: 'network-only' })} />
      {connection && (
        <Paragraph role="status">
          {connection.totalCount === 0
            ? t('audit.none')
            : t('audit.count', { count: i18n.number(connection.totalCount) })}
        </Paragraph>
      )}
      {connection && connection.edges.length > 0 && (
        <ScrollRegion label={t('audit.title')}>
          <Table>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">{t('audit.when')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('audit.person')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('audit.action')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('audit.what')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('audit.purpose')}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {connection.edges.map(({ node }) => (
                <TableRow key={node.id}>
                  <TableCell>
                    <time dateTime={node.occurredAt}>{i18n.dateTime(node.occurredAt)}</time>
                  </TableCell>
                  <TableCell>{actorLabel(node, t)}</TableCell>
                  <TableCell>{t(`auditAction.${node.action}` as MessageKey)}</TableCell>
                  <TableCell>
                    {t(`auditEntity.${node.entityType}` as MessageKey)}{' '}
                    <span className="wsp-muted">{node.entityId.slice(0, 8)}</span>
                  </TableCell>
                  <TableCell>{node.purpose}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </ScrollRegion>
      )}
      <LoadMore pageInfo={connection?.pageInfo} fetching={fetching} onLoad={setAfter} />
    </>
  );
}

function actorLabel(event: AuditEventRow, t: ReturnType<typeof useI18n>['t']): string {
  if (!event.actor) return t('audit.system');
  return `${event.actor.displayName} (${event.actor.organisation.name})`;
}

/** As the API's reports write CSV for Dutch Excel: UTF-8 with a BOM, ";" between fields, quotes doubled. */
function toCsv(rows: AuditEventRow[], i18n: ReturnType<typeof useI18n>): string {
  const { t } = i18n;
  const quote = (value: string) => (/[";\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);
  const header = [t('audit.when'), t('audit.person'), t('audit.action'), t('audit.what'), 'id', t('audit.purpose')];
  const lines = rows.map((row) =>
    [
      row.occurredAt,
      actorLabel(row, t),
      t(`auditAction.${row.action}` as MessageKey),
      t(`auditEntity.${row.entityType}` as MessageKey),
      row.entityId,
      row.purpose,
    ]
      .map(quote)
      .join(';'),
  );
  return `\uFEFF${[header.map(quote).join(';'), ...lines].join('\r\n')}\r\n`;
}

function download(content: string, fileName: string): void {
  const link = document.createElement('a');
  link.href = URL.createObjectURL(new Blob([content], { type: 'text/csv;charset=utf-8' }));
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
}
