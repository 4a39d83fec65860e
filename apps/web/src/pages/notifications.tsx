import { Button, Heading1, Paragraph, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../gql';
import { useI18n } from '../i18n/i18n';
import { ErrorAlert } from '../layout/error-alert';
import { QueryState } from '../layout/query-state';
import { usePageTitle } from '../layout/shell';

const NOTIFICATIONS = graphql(`
  query Notifications {
    notifications(first: 50) {
      totalCount
      edges {
        node {
          id
          kind
          message
          createdAt
          readAt
        }
      }
    }
  }
`);

const MARK_READ = graphql(`
  mutation MarkNotificationRead($id: ID!) {
    markNotificationRead(id: $id) {
      id
      readAt
    }
  }
`);

/** My notifications, newest first; unread ones stand out and are marked read one by one. */
export function NotificationsPage() {
  const i18n = useI18n();
  const { t } = i18n;
  usePageTitle(t('notifications.title'));
  const [{ data, fetching, error }, refetch] = useQuery({ query: NOTIFICATIONS });
  const [marking, markRead] = useMutation(MARK_READ);
  const items = data?.notifications.edges.map(({ node }) => node) ?? [];

  return (
    <>
      <Heading1>{t('notifications.title')}</Heading1>
      <QueryState fetching={fetching && !data} error={error} retry={() => refetch({ requestPolicy: 'network-only' })} />
      <ErrorAlert error={marking.error} />
      {data && items.length === 0 && <Paragraph>{t('notifications.none')}</Paragraph>}
      {items.length > 0 && (
        <UnorderedList>
          {items.map((notification) => (
            <UnorderedListItem key={notification.id}>
              {notification.readAt ? (
                notification.message
              ) : (
                <strong>
                  {t('notifications.unread')}: {notification.message}
                </strong>
              )}{' '}
              <span className="wsp-muted">
                (<time dateTime={notification.createdAt}>{i18n.dateTime(notification.createdAt)}</time>)
              </span>{' '}
              {!notification.readAt && (
                <Button
                  appearance="subtle-button"
                  disabled={marking.fetching}
                  onClick={() => void markRead({ id: notification.id })}
                  aria-label={t('notifications.markReadFor', { message: notification.message })}
                >
                  {t('notifications.markRead')}
                </Button>
              )}
            </UnorderedListItem>
          ))}
        </UnorderedList>
      )}
    </>
  );
}
