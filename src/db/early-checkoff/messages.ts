/**
 * What checkoff-read.worker.ts answers, and how it is started: either by the page's first inline script
 * (inline-script.ts), which keeps the answer for the app on `window`, or by the app itself.
 */
import type { readDistributionPickups, readDistributionSetting } from '../distribution-reads';

/** The check-off's address; its first group is the distribution's id. */
export const CHECKOFF_PATH = /^\/distributions\/([^/]+)\/checkoff\/?$/;

export type CheckoffRead = {
  distributionId: string;
  setting: Awaited<ReturnType<typeof readDistributionSetting>>;
  pickups: Awaited<ReturnType<typeof readDistributionPickups>>;
};

export type CheckoffReadReply = ({ ok: true } & CheckoffRead) | { ok: false; message: string };

/** Set by the inline script when it started the worker: the distribution it reads, and its answer (null: failed). */
export interface EarlyCheckoffRead {
  distributionId: string;
  reply: Promise<CheckoffReadReply | null>;
}

export const EARLY_READ_GLOBAL = '__courtCircuitCheckoffRead';
