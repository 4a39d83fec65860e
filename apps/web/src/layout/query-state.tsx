import { Alert, Button, Paragraph } from '@utrecht/component-library-react';
import type { CombinedError } from 'urql';
import { errorMessage } from '../api/errors';
import { useI18n } from '../i18n/i18n';

/** What a page shows while its data loads, or when it could not be read (with a retry). */
export function QueryState({ fetching, error, retry }: { fetching: boolean; error?: CombinedError; retry(): void }) {
  const i18n = useI18n();
  if (error) {
    return (
      <Alert type="error" role="alert">
        <Paragraph>{errorMessage(error, i18n)}</Paragraph>
        <Button appearance="secondary-action-button" onClick={retry}>
          {i18n.t('error.retry')}
        </Button>
      </Alert>
    );
  }
  if (fetching) return <Paragraph aria-live="polite">{i18n.t('app.loading')}</Paragraph>;
  return null;
}
