import { useSubscription } from 'urql';
import { graphql } from '../gql';
import { useI18n } from '../i18n/i18n';

const NOTIFICATION_ADDED = graphql(`
  subscription NotificationAdded {
    notificationAdded {
      id
      kind
      message
      path
      delivery
      createdAt
      readAt
    }
  }
`);

/**
 * Hears new notifications while the app is open: the cache then reads the bell's count and the lists again (see
 * the client's updates), and a polite live region tells screen-reader users what arrived.
 */
export function LiveNotifications() {
  const { t } = useI18n();
  const [{ data }] = useSubscription({ query: NOTIFICATION_ADDED });
  const latest = data?.notificationAdded;
  return (
    <div className="wsp-visually-hidden" role="status" aria-live="polite" aria-atomic="true">
      {latest ? t('notifications.arrived', { message: latest.message }) : ''}
    </div>
  );
}
