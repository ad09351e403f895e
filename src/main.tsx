// First: should it run from here rather than from its own script, it still runs before React is evaluated.
import { firstScreenReady } from './app/start-early';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { setupI18n } from './i18n/i18n';
import { usePreferences } from './ui/preferences-store';
import './ui/styles.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');

void Promise.all([setupI18n(usePreferences.getState().language), firstScreenReady]).then(() => {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
});
