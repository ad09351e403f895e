import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { EmptyApp, fillOnce } from './empty-app';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');
// The benchmark's first, online visit passes ?rows=N to fill the table; the measured starts render straight away.
const rows = new URLSearchParams(location.search).get('rows');
void (rows === null ? Promise.resolve() : fillOnce(Number(rows))).then(() =>
  createRoot(root).render(
    <StrictMode>
      <EmptyApp />
    </StrictMode>,
  ),
);
