/** Accounts over the network: log in, log out, and the coordinator's list of devices with revoke. */
import { z } from '../domain/zod';
import { loginResponse, sessionUser, type LoginRequest, type LoginResponse } from './protocol';
import { requestJson, type Transport } from './transport';

export const deviceSession = z.object({
  sessionId: z.string(),
  user: sessionUser,
  clientId: z.string(),
  deviceName: z.string(),
  /** Milliseconds since the epoch, as the server stores them. */
  createdAt: z.number(),
  lastSeenAt: z.number(),
  expiresAt: z.number(),
  revokedAt: z.number().nullable(),
});
export type DeviceSession = z.infer<typeof deviceSession>;

const devicesResponse = z.object({ devices: z.array(deviceSession) });
const okResponse = z.object({ ok: z.literal(true) });

/** Throws a SyncFailure (sync.errors.*) when the server refuses or cannot be reached. */
export function login(transport: Transport, request: LoginRequest): Promise<LoginResponse> {
  return requestJson(transport, 'POST', '/api/auth/login', loginResponse, { body: request });
}

export async function logout(transport: Transport, token: string): Promise<void> {
  await requestJson(transport, 'POST', '/api/auth/logout', okResponse, { token });
}

export async function listDevices(transport: Transport, token: string): Promise<DeviceSession[]> {
  return (await requestJson(transport, 'GET', '/api/devices', devicesResponse, { token })).devices;
}

export async function revokeDevice(transport: Transport, token: string, sessionId: string): Promise<void> {
  await requestJson(transport, 'POST', `/api/devices/${encodeURIComponent(sessionId)}/revoke`, okResponse, { token });
}
