import { useSyncRuntime } from '../features/sync/use-sync-runtime';
import type { Transport } from '../sync/transport';
import { Layout } from './layout';
import { AppRoutes } from './routes';

// The server serves the app and its API from one origin; made once so the scheduler starts once.
const sameOrigin: Transport = { baseUrl: '', fetch: (input, init) => window.fetch(input, init) };

export function App() {
  useSyncRuntime(sameOrigin);
  return (
    <Layout>
      <AppRoutes />
    </Layout>
  );
}
