import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { PwaNotices } from '../../../src/pwa/pwa-notices';
import { pwaMockState, resetPwaMock } from '../../mocks/pwa-register-react';
import { renderScreen } from '../../helpers/render';

beforeEach(() => {
  resetPwaMock();
});

describe('PwaNotices', () => {
  it('shows nothing while there is neither an update nor an offline-ready event', async () => {
    await renderScreen(<PwaNotices reload={vi.fn()} />);
    expect(screen.queryByTestId('update-prompt')).toBeNull();
    expect(screen.queryByTestId('offline-ready')).toBeNull();
  });

  it('asks before updating, and updates only when the user says so', async () => {
    pwaMockState.needRefresh = true;
    const reload = vi.fn();
    await renderScreen(<PwaNotices reload={reload} />);
    expect(screen.getByRole('alert')).toHaveTextContent('Une nouvelle version est disponible');
    expect(pwaMockState.updateCalls).toBe(0);
    expect(reload).not.toHaveBeenCalled();

    await userEvent.click(screen.getByRole('button', { name: 'Mettre à jour' }));
    expect(pwaMockState.updateCalls).toBe(1);
    expect(pwaMockState.updateArgs).toEqual([true]);

    // The plugin calls onNeedReload once the new worker controls the page: now the reload is wanted.
    act(() => pwaMockState.options?.onNeedReload?.());
    expect(reload).toHaveBeenCalledTimes(1);
  });

  it('"Plus tard" hides the prompt without updating or reloading', async () => {
    pwaMockState.needRefresh = true;
    const reload = vi.fn();
    await renderScreen(<PwaNotices reload={reload} />);
    await userEvent.click(screen.getByRole('button', { name: 'Plus tard' }));
    expect(screen.queryByTestId('update-prompt')).toBeNull();
    expect(pwaMockState.updateCalls).toBe(0);
    expect(reload).not.toHaveBeenCalled();
  });

  it('does not reload when another tab activated the new version: it asks again', async () => {
    const reload = vi.fn();
    await renderScreen(<PwaNotices reload={reload} />);
    expect(screen.queryByTestId('update-prompt')).toBeNull();
    act(() => pwaMockState.options?.onNeedReload?.());
    expect(reload).not.toHaveBeenCalled();
    expect(screen.getByTestId('update-prompt')).toBeInTheDocument();
  });

  it('says once that the app works offline, and can be dismissed', async () => {
    pwaMockState.offlineReady = true;
    await renderScreen(<PwaNotices reload={vi.fn()} />);
    expect(screen.getByTestId('offline-ready')).toHaveTextContent('Prêt à fonctionner hors ligne');
    await userEvent.click(screen.getByRole('button', { name: 'OK' }));
    expect(screen.queryByTestId('offline-ready')).toBeNull();
  });

  it('starts the periodic update checks once the worker is registered', async () => {
    vi.useFakeTimers();
    try {
      await renderScreen(<PwaNotices reload={vi.fn()} />);
      const update = vi.fn(async () => undefined);
      pwaMockState.options?.onRegisteredSW?.('/sw.js', { update, installing: null } as unknown as ServiceWorkerRegistration);
      vi.advanceTimersByTime(60 * 60 * 1000);
      expect(update).toHaveBeenCalledTimes(1);
    } finally {
      vi.useRealTimers();
    }
  });
});
