import { Button, Heading1, Paragraph, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import { Link as RouterLink } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../gql';
import { useI18n } from '../i18n/i18n';
import { ErrorAlert } from '../layout/error-alert';
import { QueryState } from '../layout/query-state';
import { usePageTitle } from '../layout/shell';
import { useDevMailbox } from './dev-mailbox';

const NOTIFICATIONS = graphql(`
  query Notifications {
    notifications(first: 50) {
      totalCount
      edges {
        node {
          id
          kind
          message
          path
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

const MARK_ALL_READ = graphql(`
  mutation MarkAllNotificationsRead {
    markAllNotificationsRead
  }
`);

/**
 * My notifications, newest first: unread ones stand out, each links to what it is about, and new ones appear
 * without a reload. How they also reach me (mail now, a daily digest, or not) is set on the settings page.
 */
export function NotificationsPage() {
  const i18n = useI18n();
  const { t } = i18n;
  usePageTitle(t('notifications.title'));
  const [{ data, fetching, error }, refetch] = useQuery({ query: NOTIFICATIONS, requestPolicy: 'cache-and-network' });
  const [marking, markRead] = useMutation(MARK_READ);
  const [markingAll, markAllRead] = useMutation(MARK_ALL_READ);
  const devMailbox = useDevMailbox();
  const items = data?.notifications.edges.map(({ node }) => node) ?? [];

  return (
    <>
      <Heading1>{t('notifications.title')}</Heading1>
      <Paragraph>
        <RouterLink to="/meldingen/instellingen">{t('notifications.settingsLink')}</RouterLink>
        {devMailbox && (
          <>
            {' · '}
            <RouterLink to="/ontwikkeling/mailbox">{t('devMailbox.title')}</RouterLink>
          </>
        )}
      </Paragraph>
      <QueryState fetching={fetching && !data} error={error} retry={() => refetch({ requestPolicy: 'network-only' })} />
      <ErrorAlert error={marking.error ?? markingAll.error} />
      {data && items.length === 0 && <Paragraph>{t('notifications.none')}</Paragraph>}
      {items.some((notification) => !notification.readAt) && (
        <Paragraph>
          <Button
            appearance="secondary-action-button"
            disabled={markingAll.fetching}
            onClick={() => void markAllRead({})}
          >
            {t('notifications.markAllRead')}
          </Button>
        </Paragraph>
      )}
      {items.length > 0 && (
        <UnorderedList>
          {items.map((notification) => {
            const text = notification.path ? (
              <RouterLink to={notification.path}>{notification.message}</RouterLink>
            ) : (
              notification.message
            );
            return (
              <UnorderedListItem key={notification.id}>
                {notification.readAt ? (
                  text
                ) : (
                  <strong>
                    {t('notifications.unread')}: {text}
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
            );
          })}
        </UnorderedList>
      )}
    </>
  );
}
