import { Heading1, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useEffect, useState } from 'react';
import { useQuery } from 'urql';
import { loadWebConfig } from '../api/session';
import { graphql } from '../gql';
import { useI18n } from '../i18n/i18n';
import { QueryState } from '../layout/query-state';
import { usePageTitle } from '../layout/shell';

const DEV_MAILBOX = graphql(`
  query DevMailbox {
    devMailbox {
      id
      receivedAt
      from
      to
      subject
      text
      calendarMethod
    }
  }
`);

/** True when this API has the development mail sink (outside production, without SMTP_URL). */
export function useDevMailbox(): boolean {
  const [available, setAvailable] = useState(false);
  useEffect(() => {
    let current = true;
    loadWebConfig().then(
      (config) => current && setAvailable(config.devMailbox === true),
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, []);
  return available;
}

/**
 * Development only: the messages the built-in mail sink received, newest first, so a developer or a demo sees
 * what people would get by mail without a mail server.
 */
export function DevMailboxPage() {
  const i18n = useI18n();
  const { t } = i18n;
  usePageTitle(t('devMailbox.title'));
  const [{ data, fetching, error }, refetch] = useQuery({ query: DEV_MAILBOX, requestPolicy: 'network-only' });

  return (
    <>
      <Heading1>{t('devMailbox.title')}</Heading1>
      <Paragraph>{t('devMailbox.intro')}</Paragraph>
      <QueryState fetching={fetching && !data} error={error} retry={() => refetch({ requestPolicy: 'network-only' })} />
      {data && data.devMailbox.length === 0 && <Paragraph>{t('devMailbox.none')}</Paragraph>}
      {data?.devMailbox.map((message) => (
        <article key={message.id} className="wsp-card" aria-labelledby={`mail-${message.id}`}>
          <Heading2 id={`mail-${message.id}`}>{message.subject}</Heading2>
          <Paragraph className="wsp-muted">
            {t('devMailbox.meta', {
              to: message.to.join(', '),
              time: i18n.dateTime(message.receivedAt),
            })}
            {message.calendarMethod && <> · {t('devMailbox.calendar', { method: message.calendarMethod })}</>}
          </Paragraph>
          <details>
            <summary>{t('devMailbox.show')}</summary>
            <pre className="wsp-mail-text">{message.text}</pre>
          </details>
        </article>
      ))}
    </>
  );
}
