import { ReactNode, useEffect, useRef } from 'react';
import { NavLink, useLocation } from 'react-router';
import { useMe } from '../api/me';
import { Locale, useI18n } from '../i18n/i18n';
import type { MessageKey } from '../i18n/nl';
import { LiveNotifications } from './live-notifications';

/**
 * Every signed-in page: a skip link, the desk's name, the main menu, the language and sign-out, and the page in
 * `main`. After navigating, focus moves to the page, so keyboard and screen-reader users start at its content.
 */
export function Shell({ children, onSignOut }: { children: ReactNode; onSignOut: () => void }) {
  const i18n = useI18n();
  const { t } = i18n;
  const { me, unread, has } = useMe();
  const main = useRef<HTMLElement>(null);
  const location = useLocation();
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    main.current?.focus();
  }, [location.pathname]);

  return (
    <div className="wsp-shell">
      <a className="wsp-skip-link" href="#inhoud">
        {t('app.skipToContent')}
      </a>
      <header className="wsp-header">
        <div className="wsp-header__bar">
          <p className="wsp-header__name">{t('app.name')}</p>
          <nav aria-label={t('nav.label')}>
            <ul className="wsp-nav">
              {has('ACCOUNT_MANAGER', 'ADMIN') && (
                <>
                  <li>
                    <NavLink to="/" end>
                      {t('nav.today')}
                    </NavLink>
                  </li>
                  <li>
                    <NavLink to="/werkgevers">{t('nav.employers')}</NavLink>
                  </li>
                  <li>
                    <NavLink to="/bezoeken">{t('nav.visits')}</NavLink>
                  </li>
                </>
              )}
              {has('JOB_COACH') && (
                <>
                  <li>
                    <NavLink to="/inbox">{t('nav.inbox')}</NavLink>
                  </li>
                  <li>
                    <NavLink to="/kandidaten">{t('nav.candidates')}</NavLink>
                  </li>
                  <li>
                    <NavLink to="/voordrachten">{t('nav.proposals')}</NavLink>
                  </li>
                </>
              )}
              {has('ADMIN') && (
                <>
                  <li>
                    <NavLink to="/beheer/gebruikers">{t('nav.users')}</NavLink>
                  </li>
                  <li>
                    <NavLink to="/beheer/imports">{t('nav.imports')}</NavLink>
                  </li>
                  <li>
                    <NavLink to="/beheer/matching">{t('nav.matching')}</NavLink>
                  </li>
                  <li>
                    <NavLink to="/beheer/auditlog">{t('nav.audit')}</NavLink>
                  </li>
                </>
              )}
              {has('REGIONAL_DIRECTOR', 'ADMIN') && (
                <li>
                  <NavLink to="/dashboard">{t('nav.dashboard')}</NavLink>
                </li>
              )}
              <li>
                <NavLink to="/meldingen">
                  {t('nav.notifications')}
                  {unread > 0 && <span className="wsp-count"> {t('nav.unread', { count: i18n.number(unread) })}</span>}
                </NavLink>
              </li>
              {has('ACCOUNT_MANAGER', 'JOB_COACH') && (
                <li>
                  <NavLink to="/agenda-koppelen">{t('nav.calendar')}</NavLink>
                </li>
              )}
            </ul>
          </nav>
          <div className="wsp-header__tools">
            {me && (
              <p className="wsp-header__who">
                {me.displayName}
                <span className="wsp-header__org">
                  {me.organisation.name} · {me.roles.map((role) => t(`role.${role}` as MessageKey)).join(', ')}
                </span>
              </p>
            )}
            <LanguageSwitch />
            <button type="button" className="wsp-header__link" onClick={onSignOut}>
              {t('nav.signOut')}
            </button>
          </div>
        </div>
      </header>
      <main id="inhoud" className="wsp-main" ref={main} tabIndex={-1}>
        {children}
      </main>
      <LiveNotifications />
    </div>
  );
}

export function LanguageSwitch() {
  const { t, locale, setLocale } = useI18n();
  return (
    <span>
      <label htmlFor="wsp-language">{t('app.language')}</label>{' '}
      <select id="wsp-language" value={locale} onChange={(event) => setLocale(event.target.value as Locale)}>
        <option value="nl">{t('app.language.nl')}</option>
        <option value="en">{t('app.language.en')}</option>
      </select>
    </span>
  );
}

/** Sets the browser tab's title to the page's, followed by the desk's name. */
export function usePageTitle(title: string): void {
  const { t } = useI18n();
  useEffect(() => {
    document.title = `${title} | ${t('app.name')}`;
  }, [title, t]);
}
