import { describe, expect, it } from 'vitest';
import { ClockDriftError, MAX_CLOCK_DRIFT_MS, decodeHlc, encodeHlc, initialHlc, receive, tick } from '../../../../src/domain/rows/hlc';

describe('hybrid logical clock', () => {
  it('orders events of one device even when the wall clock stands still or goes back', () => {
    let state = initialHlc('A');
    const stamps: string[] = [];
    for (const now of [1000, 1000, 1000, 900, 1001]) {
      state = tick(state, now);
      stamps.push(encodeHlc(state));
    }
    expect([...stamps].sort()).toEqual(stamps);
    expect(new Set(stamps).size).toBe(stamps.length);
  });

  it('moves past a clock seen from another device', () => {
    const remote = encodeHlc({ wallMs: 5000, counter: 3, node: 'B' });
    const local = receive(initialHlc('A'), remote, 4000);
    expect(encodeHlc(tick(local, 4000)) > remote).toBe(true);
  });

  it('refuses a clock from a device set far in the future', () => {
    const future = encodeHlc({ wallMs: 10_000 + MAX_CLOCK_DRIFT_MS + 1, counter: 0, node: 'B' });
    expect(() => receive(initialHlc('A'), future, 10_000)).toThrow(ClockDriftError);
  });

  it('round-trips through its string form', () => {
    const state = { wallMs: 1_780_000_000_000, counter: 42, node: '01JXYZ' };
    expect(decodeHlc(encodeHlc(state))).toEqual(state);
  });
});
