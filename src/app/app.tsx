import { useSyncRuntime } from '../features/account/use-sync-runtime';
import type { Transport } from '../sync/transport';
import { useFirstScreenSettled } from './first-screen';
import { Layout } from './layout';
import { AppRoutes } from './routes';
import { ScreenErrorBoundary } from './screen-error-boundary';

// The server serves the app and its API from one origin; made once so the scheduler starts once.
const sameOrigin: Transport = { baseUrl: '', fetch: (input, init) => window.fetch(input, init) };

export function App() {
  const settled = useFirstScreenSettled();
  useSyncRuntime(sameOrigin, settled);
  return (
    <Layout settled={settled}>
      <ScreenErrorBoundary>
        <AppRoutes />
      </ScreenErrorBoundary>
    </Layout>
  );
}
