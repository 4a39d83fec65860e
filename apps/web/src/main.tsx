import '@utrecht/component-library-css/dist/index.css';
import { Document } from '@utrecht/component-library-react';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app';
import { I18nProvider } from './i18n/i18n';
import './theme/app.css';
import './theme/wsp.tokens.css';

document.documentElement.lang = localStorage.getItem('wsp.locale') === 'en' ? 'en' : 'nl';
document.body.classList.add('wsp-theme');

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <I18nProvider>
      <Document>
        <App />
      </Document>
    </I18nProvider>
  </StrictMode>,
);
