import { lazy, Suspense, useEffect, useMemo, useState } from 'react';
import { BrowserRouter, Navigate, Route, Routes } from 'react-router';
import { Provider } from 'urql';
import { createClient } from './api/client';
import { useMe } from './api/me';
import { chosenProvider, completeSignIn, resumeSession, SIGN_IN_CALLBACK_PATH, signOutAtProvider } from './api/oidc';
import { currentToken, endSession, loadWebConfig, WebConfig } from './api/session';
import { useI18n } from './i18n/i18n';
import { Shell } from './layout/shell';
import { CalendarFeedsPage } from './pages/calendar-feeds';
import { EmployerPage } from './pages/employer';
import { EmployersPage } from './pages/employers';
import { NewEmployerPage } from './pages/new-employer';
import { NotFoundPage } from './pages/not-found';
import { NotificationsPage } from './pages/notifications';
import { NotificationSettingsPage } from './pages/notification-settings';
import { DevMailboxPage } from './pages/dev-mailbox';
import { SignInPage } from './pages/sign-in';
import { PlanVisitPage } from './pages/plan-visit';
import { TodayPage } from './pages/today';
import { VacancyPage } from './pages/vacancy';
import { AdminMatchingPage } from './pages/admin-matching';
import { AdminUsersPage } from './pages/admin-users';
import { AuditLogPage } from './pages/audit-log';
import { ImportsPage } from './pages/imports';
import { CandidatePage } from './pages/candidate';
import { EditCandidatePage, NewCandidatePage } from './pages/candidate-form';
import { CandidatesPage } from './pages/candidates';
import { InboxPage } from './pages/inbox';
import { ProposalsBoardPage } from './pages/proposals-board';

// The dashboard brings its chart library: loaded only when a director opens it, not with every page.
const DashboardPage = lazy(() => import('./pages/dashboard').then((module) => ({ default: module.DashboardPage })));
import { EditVacancyPage, NewVacancyPage } from './pages/vacancy-form';
import { VisitPage } from './pages/visit';
import { VisitsPage } from './pages/visits';

/** Signed out: the sign-in page; signed in: the screens, each at an address a person can bookmark and share. */
export function App() {
  const { t } = useI18n();
  const [config, setConfig] = useState<WebConfig>();
  const [signedIn, setSignedIn] = useState(() => currentToken() !== undefined);
  const [callbackFailed, setCallbackFailed] = useState(false);
  // A new client per session: nothing one user's cache held is shown to the next.
  const client = useMemo(() => createClient(() => setSignedIn(false)), [signedIn]);
  useEffect(() => {
    loadWebConfig().then(setConfig, () => setConfig({ auth: { mode: 'development' } }));
  }, []);
  const oidc = config?.auth.mode === 'oidc' ? chosenProvider(config.auth.providers) : undefined;
  const atCallback = window.location.pathname === SIGN_IN_CALLBACK_PATH;

  useEffect(() => {
    if (config?.auth.mode === 'oidc' && atCallback && !oidc) setCallbackFailed(true); // which provider is lost
    if (!oidc) return;
    if (atCallback) {
      completeSignIn(oidc).then(
        (returnTo) => {
          window.history.replaceState(null, '', returnTo);
          setSignedIn(true);
        },
        () => setCallbackFailed(true),
      );
    } else if (signedIn) {
      void resumeSession(oidc);
    }
    // Once per configuration: the callback is read once, renewal starts once.
  }, [config, oidc?.issuer, oidc?.clientId]);

  if (!signedIn) {
    if (!config || (atCallback && oidc && !callbackFailed)) return <p>{t('app.loading')}</p>;
    return <SignInPage config={config} failed={callbackFailed} onSignedIn={() => setSignedIn(true)} />;
  }
  return (
    <Provider value={client}>
      <BrowserRouter>
        <Shell
          onSignOut={() => {
            if (oidc) void signOutAtProvider(oidc);
            else endSession();
            setSignedIn(false);
          }}
        >
          <Routes>
            <Route path="/" element={<HomePage />} />
            <Route path="/werkgevers" element={<EmployersPage />} />
            <Route path="/werkgevers/nieuw" element={<NewEmployerPage />} />
            <Route path="/werkgevers/:id" element={<EmployerPage />} />
            <Route path="/werkgevers/:employerId/vacatures/nieuw" element={<NewVacancyPage />} />
            <Route path="/vacatures/:id" element={<VacancyPage />} />
            <Route path="/vacatures/:id/bewerken" element={<EditVacancyPage />} />
            <Route path="/bezoeken" element={<VisitsPage />} />
            <Route path="/bezoeken/nieuw" element={<PlanVisitPage />} />
            <Route path="/bezoeken/:id" element={<VisitPage />} />
            <Route path="/inbox" element={<InboxPage />} />
            <Route path="/kandidaten" element={<CandidatesPage />} />
            <Route path="/kandidaten/nieuw" element={<NewCandidatePage />} />
            <Route path="/kandidaten/:id" element={<CandidatePage />} />
            <Route path="/kandidaten/:id/bewerken" element={<EditCandidatePage />} />
            <Route path="/voordrachten" element={<ProposalsBoardPage />} />
            <Route
              path="/dashboard"
              element={
                <Suspense fallback={<p>{t('app.loading')}</p>}>
                  <DashboardPage />
                </Suspense>
              }
            />
            <Route path="/beheer/gebruikers" element={<AdminUsersPage />} />
            <Route path="/beheer/auditlog" element={<AuditLogPage />} />
            <Route path="/beheer/imports" element={<ImportsPage />} />
            <Route path="/beheer/matching" element={<AdminMatchingPage />} />
            <Route path="/meldingen" element={<NotificationsPage />} />
            <Route path="/meldingen/instellingen" element={<NotificationSettingsPage />} />
            <Route path="/ontwikkeling/mailbox" element={<DevMailboxPage />} />
            <Route path="/agenda-koppelen" element={<CalendarFeedsPage />} />
            <Route path="*" element={<NotFoundPage />} />
          </Routes>
        </Shell>
      </BrowserRouter>
    </Provider>
  );
}

/** Where a person starts: the account manager's day, a job coach's inbox, a director's dashboard. */
function HomePage() {
  const { t } = useI18n();
  const { me, has } = useMe();
  if (!me) return <p>{t('app.loading')}</p>;
  if (has('ACCOUNT_MANAGER', 'ADMIN')) return <TodayPage />;
  if (has('JOB_COACH')) return <Navigate to="/inbox" replace />;
  if (has('REGIONAL_DIRECTOR')) return <Navigate to="/dashboard" replace />;
  return <Navigate to="/meldingen" replace />;
}
