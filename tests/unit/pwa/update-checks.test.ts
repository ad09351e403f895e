import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { UPDATE_CHECK_INTERVAL_MS, watchForUpdates } from '../../../src/pwa/update-checks';

function fakeRegistration(installing: ServiceWorker | null = null) {
  return { update: vi.fn(async () => undefined), installing };
}

function setVisibility(state: DocumentVisibilityState) {
  Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => state });
  document.dispatchEvent(new Event('visibilitychange'));
}

beforeEach(() => {
  vi.useFakeTimers();
});

afterEach(() => {
  vi.useRealTimers();
  setVisibility('visible');
});

describe('watchForUpdates', () => {
  it('checks every hour until stopped', () => {
    const registration = fakeRegistration();
    const stop = watchForUpdates(registration, { isOnline: () => true });
    expect(registration.update).not.toHaveBeenCalled();
    vi.advanceTimersByTime(UPDATE_CHECK_INTERVAL_MS * 2);
    expect(registration.update).toHaveBeenCalledTimes(2);
    stop();
    vi.advanceTimersByTime(UPDATE_CHECK_INTERVAL_MS * 2);
    expect(registration.update).toHaveBeenCalledTimes(2);
  });

  it('checks when the app becomes visible again, not when it is hidden', () => {
    const registration = fakeRegistration();
    const stop = watchForUpdates(registration, { isOnline: () => true });
    setVisibility('hidden');
    expect(registration.update).not.toHaveBeenCalled();
    setVisibility('visible');
    expect(registration.update).toHaveBeenCalledTimes(1);
    stop();
    setVisibility('visible');
    expect(registration.update).toHaveBeenCalledTimes(1);
  });

  it('skips the check offline or while a worker is installing, and survives a failed check', async () => {
    let online = false;
    const registration = fakeRegistration();
    registration.update.mockRejectedValueOnce(new Error('network'));
    const stop = watchForUpdates(registration, { isOnline: () => online });
    vi.advanceTimersByTime(UPDATE_CHECK_INTERVAL_MS);
    expect(registration.update).not.toHaveBeenCalled();
    online = true;
    vi.advanceTimersByTime(UPDATE_CHECK_INTERVAL_MS);
    vi.advanceTimersByTime(UPDATE_CHECK_INTERVAL_MS);
    expect(registration.update).toHaveBeenCalledTimes(2);
    stop();

    const busy = fakeRegistration({} as ServiceWorker);
    const stopBusy = watchForUpdates(busy, { isOnline: () => true });
    vi.advanceTimersByTime(UPDATE_CHECK_INTERVAL_MS);
    expect(busy.update).not.toHaveBeenCalled();
    stopBusy();
  });
});
