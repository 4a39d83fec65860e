import {
  Alert,
  Button,
  FormField,
  FormLabel,
  Heading1,
  Heading2,
  Paragraph,
  Textbox,
  UnorderedList,
  UnorderedListItem,
} from '@utrecht/component-library-react';
import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../gql';
import { useI18n } from '../i18n/i18n';
import { ErrorAlert } from '../layout/error-alert';
import { QueryState } from '../layout/query-state';
import { usePageTitle } from '../layout/shell';

const FEEDS = graphql(`
  query CalendarFeeds {
    calendarFeeds {
      id
      createdAt
    }
  }
`);

const CREATE_FEED = graphql(`
  mutation CreateCalendarFeed {
    createCalendarFeed {
      id
      createdAt
      url
    }
  }
`);

const REVOKE_FEED = graphql(`
  mutation RevokeCalendarFeed($id: ID!) {
    revokeCalendarFeed(id: $id)
  }
`);

/**
 * My visits in my own calendar (Outlook, Google, Apple): a secret address to subscribe to, shown once when it is
 * made (only its hash is kept), and revoked here when it may have leaked.
 */
export function CalendarFeedsPage() {
  const i18n = useI18n();
  const { t } = i18n;
  usePageTitle(t('feeds.title'));
  const [{ data, fetching, error }, refetch] = useQuery({ query: FEEDS });
  const [created, createFeed] = useMutation(CREATE_FEED);
  const [revoked, revokeFeed] = useMutation(REVOKE_FEED);
  const [copied, setCopied] = useState(false);
  const url = created.data?.createCalendarFeed.url;
  const failure = created.error ?? revoked.error;

  const copy = async () => {
    if (!url) return;
    await navigator.clipboard.writeText(url);
    setCopied(true);
  };
  const revoke = async (id: string) => {
    if (!window.confirm(t('feeds.revokeConfirm'))) return;
    await revokeFeed({ id });
    refetch({ requestPolicy: 'network-only' });
  };

  return (
    <>
      <Heading1>{t('feeds.title')}</Heading1>
      <Paragraph>{t('feeds.intro')}</Paragraph>
      <ErrorAlert error={failure} />
      {url ? (
        <Alert type="ok" role="status">
          <Paragraph>{t('feeds.createdOnce')}</Paragraph>
          <FormField>
            <FormLabel htmlFor="agenda-adres">{t('feeds.url')}</FormLabel>
            <Textbox id="agenda-adres" readOnly value={url} onFocus={(event) => event.target.select()} />
          </FormField>
          <Button appearance="secondary-action-button" onClick={() => void copy()}>
            {copied ? t('feeds.copied') : t('feeds.copy')}
          </Button>
        </Alert>
      ) : (
        <Button
          appearance="primary-action-button"
          busy={created.fetching}
          disabled={created.fetching}
          onClick={() => void createFeed({}).then(() => refetch({ requestPolicy: 'network-only' }))}
        >
          {t('feeds.create')}
        </Button>
      )}
      <Heading2>{t('feeds.existing')}</Heading2>
      <QueryState fetching={fetching && !data} error={error} retry={() => refetch({ requestPolicy: 'network-only' })} />
      {data && data.calendarFeeds.length === 0 && <Paragraph>{t('feeds.none')}</Paragraph>}
      {data && data.calendarFeeds.length > 0 && (
        <UnorderedList>
          {data.calendarFeeds.map((feed) => (
            <UnorderedListItem key={feed.id}>
              {t('feeds.madeOn', { date: i18n.dateTime(feed.createdAt) })}{' '}
              <Button
                appearance="subtle-button"
                disabled={revoked.fetching}
                onClick={() => void revoke(feed.id)}
                aria-label={t('feeds.revokeFor', { date: i18n.dateTime(feed.createdAt) })}
              >
                {t('feeds.revoke')}
              </Button>
            </UnorderedListItem>
          ))}
        </UnorderedList>
      )}
    </>
  );
}
