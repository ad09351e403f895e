/** A fetch that answers from a table of routes and records every request, for client code that talks to the server. */
import type { Transport } from '../../src/sync/transport';

export interface RecordedRequest {
  method: string;
  path: string;
  headers: Record<string, string>;
  body: unknown;
}

export type FakeRoute = (request: RecordedRequest) => { status: number; body: unknown } | 'network-error';

export function fakeTransport(routes: Record<string, FakeRoute>): { transport: Transport; requests: RecordedRequest[] } {
  const requests: RecordedRequest[] = [];
  const transport: Transport = {
    baseUrl: 'https://example.test',
    async fetch(input, init) {
      const url = new URL(input);
      const request: RecordedRequest = {
        method: init?.method ?? 'GET',
        path: url.pathname,
        headers: (init?.headers ?? {}) as Record<string, string>,
        body: typeof init?.body === 'string' ? JSON.parse(init.body) : undefined,
      };
      requests.push(request);
      const route = routes[`${request.method} ${request.path}`];
      const answer = route ? route(request) : { status: 404, body: { error: { code: 'notFound', message: 'no route' } } };
      if (answer === 'network-error') throw new TypeError('Failed to fetch');
      return new Response(JSON.stringify(answer.body), { status: answer.status, headers: { 'content-type': 'application/json' } });
    },
  };
  return { transport, requests };
}
