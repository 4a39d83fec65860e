import { Alert, Button, Paragraph } from '@utrecht/component-library-react';
import type { ReactNode } from 'react';
import type { CombinedError } from 'urql';
import { errorMessage } from '../api/errors';
import { useI18n } from '../i18n/i18n';

/**
 * A refused action, in words people understand. A CONFLICT (someone else saved in between) offers the newest
 * version when the form can load it; `children` adds what else helps (a link to the record that exists).
 */
export function ErrorAlert({
  error,
  onReload,
  children,
}: {
  error: CombinedError | undefined;
  onReload?: () => void;
  children?: ReactNode;
}) {
  const i18n = useI18n();
  if (!error) return null;
  const conflict = error.graphQLErrors[0]?.extensions?.code === 'CONFLICT';
  return (
    <Alert type="error" role="alert">
      <Paragraph>{errorMessage(error, i18n)}</Paragraph>
      {conflict && onReload && (
        <Button appearance="secondary-action-button" onClick={onReload}>
          {i18n.t('error.reload')}
        </Button>
      )}
      {children}
    </Alert>
  );
}
