import { useEffect, useMemo, useState } from 'react';
import { BrowserRouter, Route, Routes } from 'react-router';
import { Provider } from 'urql';
import { createClient } from './api/client';
import { currentToken, endSession, loadWebConfig, WebConfig } from './api/session';
import { useI18n } from './i18n/i18n';
import { Shell } from './layout/shell';
import { CalendarFeedsPage } from './pages/calendar-feeds';
import { EmployerPage } from './pages/employer';
import { EmployersPage } from './pages/employers';
import { NewEmployerPage } from './pages/new-employer';
import { NotFoundPage } from './pages/not-found';
import { NotificationsPage } from './pages/notifications';
import { SignInPage } from './pages/sign-in';
import { PlanVisitPage } from './pages/plan-visit';
import { TodayPage } from './pages/today';
import { VacancyPage } from './pages/vacancy';
import { EditVacancyPage, NewVacancyPage } from './pages/vacancy-form';
import { VisitPage } from './pages/visit';
import { VisitsPage } from './pages/visits';

/** Signed out: the sign-in page; signed in: the screens, each at an address a person can bookmark and share. */
export function App() {
  const { t } = useI18n();
  const [config, setConfig] = useState<WebConfig>();
  const [signedIn, setSignedIn] = useState(() => currentToken() !== undefined);
  // A new client per session: nothing one user's cache held is shown to the next.
  const client = useMemo(() => createClient(() => setSignedIn(false)), [signedIn]);
  // How to sign in matters only when signed out: a signed-in page does not wait for it.
  useEffect(() => {
    if (signedIn || config) return;
    loadWebConfig().then(setConfig, () => setConfig({ auth: { mode: 'development' } }));
  }, [signedIn, config]);

  if (!signedIn) {
    return config ? <SignInPage config={config} onSignedIn={() => setSignedIn(true)} /> : <p>{t('app.loading')}</p>;
  }
  return (
    <Provider value={client}>
      <BrowserRouter>
        <Shell
          onSignOut={() => {
            endSession();
            setSignedIn(false);
          }}
        >
          <Routes>
            <Route path="/" element={<TodayPage />} />
            <Route path="/werkgevers" element={<EmployersPage />} />
            <Route path="/werkgevers/nieuw" element={<NewEmployerPage />} />
            <Route path="/werkgevers/:id" element={<EmployerPage />} />
            <Route path="/werkgevers/:employerId/vacatures/nieuw" element={<NewVacancyPage />} />
            <Route path="/vacatures/:id" element={<VacancyPage />} />
            <Route path="/vacatures/:id/bewerken" element={<EditVacancyPage />} />
            <Route path="/bezoeken" element={<VisitsPage />} />
            <Route path="/bezoeken/nieuw" element={<PlanVisitPage />} />
            <Route path="/bezoeken/:id" element={<VisitPage />} />
            <Route path="/meldingen" element={<NotificationsPage />} />
            <Route path="/agenda-koppelen" element={<CalendarFeedsPage />} />
            <Route path="*" element={<NotFoundPage />} />
          </Routes>
        </Shell>
      </BrowserRouter>
    </Provider>
  );
}
