/** The only code that talks to the server over HTTP: JSON requests with the protocol version and the session token. */
import type { z } from 'zod';
import { PROTOCOL_HEADER, PROTOCOL_VERSION, errorResponse } from './protocol';
import { SyncFailure, failureFromResponse } from './sync-failure';

export type FetchLike = (input: string, init?: RequestInit) => Promise<Response>;

export interface Transport {
  baseUrl: string;
  fetch: FetchLike;
}

export class PayloadTooLarge extends Error {}

export async function requestJson<S extends z.ZodType>(
  transport: Transport,
  method: 'GET' | 'POST',
  path: string,
  schema: S,
  // `bodyText`: a body the caller already serialised (to measure it), not serialised a second time.
  options: { token?: string; body?: unknown; bodyText?: string } = {},
): Promise<z.output<S>> {
  const bodyText = options.bodyText ?? (options.body === undefined ? undefined : JSON.stringify(options.body));
  const headers: Record<string, string> = { [PROTOCOL_HEADER]: String(PROTOCOL_VERSION), accept: 'application/json' };
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  if (bodyText !== undefined) headers['content-type'] = 'application/json';
  let response: Response;
  try {
    response = await transport.fetch(`${transport.baseUrl}${path}`, {
      method,
      headers,
      body: bodyText,
      cache: 'no-store',
    });
  } catch (error) {
    throw new SyncFailure('sync.errors.network', error instanceof Error ? error.message : String(error));
  }
  if (response.status === 413) throw new PayloadTooLarge(path);
  let payload: unknown;
  try {
    payload = await response.json();
  } catch {
    throw response.ok
      ? new SyncFailure('sync.errors.badResponse', `${method} ${path}: not JSON`)
      : failureFromResponse(response.status, undefined, `${method} ${path}: HTTP ${response.status}`);
  }
  if (!response.ok) {
    const parsed = errorResponse.safeParse(payload);
    throw failureFromResponse(
      response.status,
      parsed.success ? parsed.data.error.code : undefined,
      parsed.success ? parsed.data.error.message : `HTTP ${response.status}`,
    );
  }
  const parsed = schema.safeParse(payload);
  if (!parsed.success) throw new SyncFailure('sync.errors.badResponse', `${method} ${path}: ${parsed.error.message.slice(0, 200)}`);
  return parsed.data;
}
