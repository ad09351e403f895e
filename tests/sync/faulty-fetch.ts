/**
 * A network between test clients and the in-process server that misbehaves on purpose: per request, by a scripted
 * plan or a seeded random choice, it loses the request, loses the response after the server committed, sends the
 * request twice, delivers it late (after later requests overtook it, while the client already gave up), answers
 * 5xx without asking the server, or restarts the server first. It records what the server saw and what each
 * client was answered, so tests can tell "acknowledged" from "sent".
 */
import type { FetchLike } from '../../src/sync/transport';
import { injectFetch, type TestServer } from './harness';

export const FAULTS = ['ok', 'loseRequest', 'loseResponse', 'duplicate', 'late', 'serverError', 'restart'] as const;
export type FaultKind = (typeof FAULTS)[number];
/** `late` carries how many later requests overtake it before the server sees it (0 = the very next one). */
export type Fault = Exclude<FaultKind, 'late'> | { late: number };

export interface RequestInfo {
  client: string;
  method: string;
  path: string;
  /** Position of this request among the client's requests since its plan was set. */
  index: number;
}

export type FaultPlan = (request: RequestInfo) => Fault;

export interface Exchange {
  client: string;
  method: string;
  path: string;
  body: unknown;
  status: number;
  /** The parsed answer; undefined when it was not JSON. */
  answer: unknown;
}

interface LateRequest {
  remaining: number;
  deliver: () => Promise<void>;
}

/** Every request runs the plan's fault; once the script is used up, requests go through untouched. */
export function scriptedPlan(faults: readonly Fault[]): FaultPlan {
  return ({ index }) => faults[index] ?? 'ok';
}

/** A small deterministic generator (mulberry32), so a failing seed replays the same faults. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** With probability `rate` a request gets one of `kinds`, chosen evenly; otherwise it goes through. */
export function seededPlan(
  seed: number,
  rate: number,
  kinds: readonly Exclude<FaultKind, 'ok'>[] = FAULTS.filter((k) => k !== 'ok'),
): FaultPlan {
  const random = seededRandom(seed);
  return () => {
    if (random() >= rate) return 'ok';
    const kind = kinds[Math.floor(random() * kinds.length)] ?? 'loseRequest';
    return kind === 'late' ? { late: Math.floor(random() * 3) } : kind;
  };
}

const networkError = (what: string) => new TypeError(`Failed to fetch (${what})`);

function parseJson(text: string | undefined): unknown {
  if (text === undefined) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

export class FaultyNetwork {
  /** What the server received and answered, in the order it answered, including late and duplicate copies. */
  readonly serverSaw: Exchange[] = [];
  /** What each client was actually answered (the responses that reached it). */
  readonly clientGot: Exchange[] = [];
  private readonly plans = new Map<string, { plan: FaultPlan; count: number }>();
  private late: LateRequest[] = [];
  private readonly interludes = new Map<string, { path: string; run: () => Promise<void> }>();
  private readonly inner: FetchLike;

  constructor(private readonly server: TestServer) {
    this.inner = injectFetch(server);
  }

  setPlan(client: string, plan: FaultPlan | null): void {
    if (plan) this.plans.set(client, { plan, count: 0 });
    else this.plans.delete(client);
  }

  clearPlans(): void {
    this.plans.clear();
    this.interludes.clear();
  }

  /**
   * Runs `run` once, the next time the server has answered this client a request whose path starts with `path`,
   * before the client reads the answer: e.g. a local write landing between a pull's snapshot and its application.
   */
  beforeAnswer(client: string, path: string, run: () => Promise<void>): void {
    this.interludes.set(client, { path, run });
  }

  /** Removes this client's interlude if no answer triggered it; returns it so the caller can still run it. */
  takeInterlude(client: string): (() => Promise<void>) | undefined {
    const interlude = this.interludes.get(client);
    this.interludes.delete(client);
    return interlude?.run;
  }

  get lateCount(): number {
    return this.late.length;
  }

  /** Delivers every request still held back, oldest first (their answers are lost: their clients gave up). */
  async flush(): Promise<void> {
    while (this.late.length > 0) {
      const held = this.late.shift() as LateRequest;
      await held.deliver();
    }
  }

  /** Push answers a client received, with the client's name. */
  pushAnswers(): { client: string; answer: unknown }[] {
    return this.clientGot
      .filter((e) => e.path.startsWith('/api/sync/push') && e.status === 200)
      .map(({ client, answer }) => ({ client, answer }));
  }

  fetchFor(client: string): FetchLike {
    return async (input, init) => {
      const url = new URL(input, 'http://court-circuit.test');
      const path = url.pathname + url.search;
      const method = init?.method ?? 'GET';
      const entry = this.plans.get(client);
      const fault: Fault = entry ? entry.plan({ client, method, path, index: entry.count++ }) : 'ok';
      const body = typeof init?.body === 'string' ? parseJson(init.body) : undefined;
      const callServer = async () => {
        const response = await this.inner(input, init);
        const text = await response.text();
        this.serverSaw.push({ client, method, path, body, status: response.status, answer: parseJson(text) });
        await this.afterServerCall();
        return { status: response.status, text, headers: response.headers };
      };
      const answer = async (result: { status: number; text: string; headers: Headers }) => {
        const interlude = this.interludes.get(client);
        if (interlude && path.startsWith(interlude.path)) {
          this.interludes.delete(client);
          await interlude.run();
        }
        this.clientGot.push({ client, method, path, body, status: result.status, answer: parseJson(result.text) });
        return new Response(result.text, { status: result.status, headers: result.headers });
      };

      if (fault === 'loseRequest') throw networkError('request lost');
      if (fault === 'serverError') {
        const text = JSON.stringify({ error: { code: 'serverError', message: 'injected 503' } });
        return answer({ status: 503, text, headers: new Headers({ 'content-type': 'application/json' }) });
      }
      if (typeof fault === 'object') {
        this.late.push({ remaining: fault.late, deliver: async () => void (await callServer()) });
        throw networkError('timed out; the request is still on its way');
      }
      if (fault === 'restart') await this.server.restart();
      const first = await callServer();
      if (fault === 'loseResponse') throw networkError('response lost');
      if (fault === 'duplicate') return answer(await callServer());
      return answer(first);
    };
  }

  /** Counts down the held requests and delivers those whose turn has come, after the request that overtook them. */
  private async afterServerCall(): Promise<void> {
    const due: LateRequest[] = [];
    for (const held of this.late) {
      if (held.remaining <= 0) due.push(held);
      else held.remaining -= 1;
    }
    if (due.length === 0) return;
    this.late = this.late.filter((held) => !due.includes(held));
    for (const held of due) await held.deliver();
  }
}
