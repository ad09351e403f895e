/**
 * Hybrid logical clock (after Kulkarni et al. and Actual Budget's packages/crdt): a timestamp that orders the
 * changes of every device even when their wall clocks disagree. Encoded as a fixed-width string so that plain
 * string comparison is the clock order: `<wall ms, 15 digits>-<counter, 5 digits>-<node id>`.
 */

export type Hlc = string;

export interface HlcState {
  wallMs: number;
  counter: number;
  node: string;
}

/** A remote clock further ahead than this is refused: a phone set to 2031 must not win every conflict. */
export const MAX_CLOCK_DRIFT_MS = 5 * 60 * 1000;
const MAX_COUNTER = 99_999;

export class ClockDriftError extends Error {
  constructor(
    readonly remote: Hlc,
    readonly nowMs: number,
  ) {
    super(`clock ${remote} is more than ${MAX_CLOCK_DRIFT_MS} ms ahead of ${nowMs}`);
    this.name = 'ClockDriftError';
  }
}

export function encodeHlc(state: HlcState): Hlc {
  return `${String(state.wallMs).padStart(15, '0')}-${String(state.counter).padStart(5, '0')}-${state.node}`;
}

export function decodeHlc(hlc: Hlc): HlcState {
  const match = /^(\d{15})-(\d{5})-(.+)$/.exec(hlc);
  if (!match) throw new Error(`not a clock: ${hlc}`);
  return { wallMs: Number(match[1]), counter: Number(match[2]), node: match[3] as string };
}

export function isHlc(value: string): boolean {
  return /^\d{15}-\d{5}-.+$/.test(value);
}

export function initialHlc(node: string): HlcState {
  return { wallMs: 0, counter: 0, node };
}

/** The clock of a new local event. */
export function tick(state: HlcState, nowMs: number): HlcState {
  if (nowMs > state.wallMs) return { wallMs: nowMs, counter: 0, node: state.node };
  return bump(state.wallMs, state.counter + 1, state.node);
}

/** Moves the local clock past a clock seen from elsewhere, so that later local events order after it. */
export function receive(state: HlcState, remote: Hlc, nowMs: number): HlcState {
  const other = decodeHlc(remote);
  if (other.wallMs > nowMs + MAX_CLOCK_DRIFT_MS) throw new ClockDriftError(remote, nowMs);
  const wallMs = Math.max(state.wallMs, other.wallMs, nowMs);
  if (wallMs === state.wallMs && wallMs === other.wallMs) {
    return bump(wallMs, Math.max(state.counter, other.counter) + 1, state.node);
  }
  if (wallMs === state.wallMs) return bump(wallMs, state.counter + 1, state.node);
  if (wallMs === other.wallMs) return bump(wallMs, other.counter + 1, state.node);
  return { wallMs, counter: 0, node: state.node };
}

function bump(wallMs: number, counter: number, node: string): HlcState {
  // A counter overflow means more than 100,000 events in one millisecond: borrow the next millisecond.
  if (counter > MAX_COUNTER) return { wallMs: wallMs + 1, counter: 0, node };
  return { wallMs, counter, node };
}

export function compareHlc(a: Hlc, b: Hlc): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
