/**
 * A benchmark's phone, as the app's server sees one: its own session and clientId, mutation ids that grow by one
 * and its own clock. Shared by the throughput load and the seeding of a new server.
 */
import { encodeHlc, initialHlc, tick, type HlcState } from '../../../src/domain/rows/hlc';
import { newId } from '../../../src/domain/rows/ids';
import { PROTOCOL_HEADER, PROTOCOL_VERSION, type OutgoingMutation } from '../../../src/sync/protocol';
import { BENCH_PASSWORD } from './bench-accounts';
import type { SignUp } from './members';
import { requestJson } from './request-json';

export interface Device {
  clientId: string;
  token: string;
  nextMutationId: number;
  clock: HlcState;
}

export const PROTOCOL_HEADERS = { [PROTOCOL_HEADER]: String(PROTOCOL_VERSION) };

export async function signIn(url: string, login: string): Promise<Device> {
  const clientId = newId();
  const answer = await requestJson<{ token: string }>(`${url}/api/auth/login`, {
    method: 'POST',
    headers: PROTOCOL_HEADERS,
    body: { login, password: BENCH_PASSWORD, clientId, deviceName: `bench ${login}` },
  });
  return { clientId, token: answer.token, nextMutationId: 1, clock: initialHlc(clientId) };
}

export function authHeaders(device: Device): Record<string, string> {
  return { ...PROTOCOL_HEADERS, authorization: `Bearer ${device.token}` };
}

/** The device's next mutations, one member.signUp each, numbered and stamped as the app would. */
export function signUpMutations(device: Device, signUps: readonly SignUp[]): OutgoingMutation[] {
  return signUps.map((args) => {
    device.clock = tick(device.clock, Date.now());
    return { mutationId: device.nextMutationId++, name: 'member.signUp', args, hlc: encodeHlc(device.clock) };
  });
}
