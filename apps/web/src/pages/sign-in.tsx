import { Alert, Button, Heading1, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useEffect, useState } from 'react';
import { SIGN_IN_CALLBACK_PATH, signInWithProvider } from '../api/oidc';
import { DemoUser, loadDemoUsers, signInAsDemoUser, WebConfig } from '../api/session';
import { useI18n } from '../i18n/i18n';
import type { MessageKey } from '../i18n/nl';
import { LanguageSwitch, usePageTitle } from '../layout/shell';

/** Sign-in. In development: the demo users by organisation and role, one click each. */
export function SignInPage({
  config,
  failed: callbackFailed = false,
  onSignedIn,
}: {
  config: WebConfig;
  failed?: boolean;
  onSignedIn(): void;
}) {
  const { t } = useI18n();
  usePageTitle(t('signIn.title'));
  const [users, setUsers] = useState<DemoUser[]>();
  const [failed, setFailed] = useState(callbackFailed);
  const [busy, setBusy] = useState<string>();
  // One provider for the region: one button for "your organisation"; several: one per provider, by name.
  const onlyProvider = config.auth.mode === 'oidc' && config.auth.providers.length === 1;

  useEffect(() => {
    if (config.auth.mode === 'development') loadDemoUsers().then(setUsers, () => setFailed(true));
  }, [config]);

  const signIn = async (email: string) => {
    setBusy(email);
    setFailed(false);
    try {
      await signInAsDemoUser(email);
      onSignedIn();
    } catch {
      setFailed(true);
      setBusy(undefined);
    }
  };

  const byOrganisation = new Map<string, DemoUser[]>();
  for (const user of users ?? [])
    byOrganisation.set(user.organisation, [...(byOrganisation.get(user.organisation) ?? []), user]);

  return (
    <main id="inhoud" className="wsp-main">
      <LanguageSwitch />
      <Heading1>{t('signIn.title')}</Heading1>
      {failed && (
        <Alert type="error" role="alert">
          <Paragraph>{t('signIn.failed')}</Paragraph>
        </Alert>
      )}
      {config.auth.mode === 'development' ? (
        <>
          <Paragraph>{t('signIn.intro')}</Paragraph>
          <div className="wsp-columns">
            {[...byOrganisation].map(([organisation, members]) => (
              <section key={organisation} aria-label={organisation}>
                <Heading2>{organisation}</Heading2>
                <ul className="wsp-plain-list">
                  {members.map((user) => (
                    <li key={user.email}>
                      <Button
                        appearance="secondary-action-button"
                        busy={busy === user.email}
                        disabled={busy !== undefined}
                        onClick={() => void signIn(user.email)}
                      >
                        {t('signIn.as', { name: user.displayName })}
                      </Button>{' '}
                      <span className="wsp-muted">
                        {user.roles.map((role) => t(`role.${role}` as MessageKey)).join(', ')}
                      </span>
                    </li>
                  ))}
                </ul>
              </section>
            ))}
          </div>
        </>
      ) : config.auth.providers.length > 0 ? (
        <>
          <Paragraph>{t(onlyProvider ? 'signIn.oidc' : 'signIn.chooseProvider')}</Paragraph>
          <ul className="wsp-plain-list">
            {config.auth.providers.map((provider) => (
              <li key={provider.issuer}>
                <Button
                  appearance={onlyProvider ? 'primary-action-button' : 'secondary-action-button'}
                  busy={busy === provider.issuer}
                  disabled={busy !== undefined}
                  onClick={() => {
                    setBusy(provider.issuer);
                    const returnTo =
                      window.location.pathname === SIGN_IN_CALLBACK_PATH ? '/' : window.location.pathname;
                    signInWithProvider(provider, returnTo + window.location.search).catch(() => {
                      setFailed(true);
                      setBusy(undefined);
                    });
                  }}
                >
                  {onlyProvider ? t('signIn.withProvider') : t('signIn.via', { name: provider.name })}
                </Button>
              </li>
            ))}
          </ul>
        </>
      ) : (
        <Paragraph>{t('signIn.notConfigured')}</Paragraph>
      )}
    </main>
  );
}
