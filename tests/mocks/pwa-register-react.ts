// Stand-in for vite-plugin-pwa's virtual module, which only exists in a Vite build (see TOOLCHAIN.md).
// Tests set pwaMockState before rendering, and read back the options the app passed and the update calls.
import { useState } from 'react';
import type { RegisterSWOptions } from 'vite-plugin-pwa/types';

type Setter = (value: boolean) => void;

export const pwaMockState: {
  needRefresh: boolean;
  offlineReady: boolean;
  updateCalls: number;
  updateArgs: (boolean | undefined)[];
  options: RegisterSWOptions | undefined;
} = { needRefresh: false, offlineReady: false, updateCalls: 0, updateArgs: [], options: undefined };

export function resetPwaMock(): void {
  Object.assign(pwaMockState, { needRefresh: false, offlineReady: false, updateCalls: 0, updateArgs: [], options: undefined });
}

export function useRegisterSW(options?: RegisterSWOptions): {
  needRefresh: [boolean, Setter];
  offlineReady: [boolean, Setter];
  updateServiceWorker: (reload?: boolean) => Promise<void>;
} {
  pwaMockState.options = options;
  const needRefresh = useState(pwaMockState.needRefresh);
  const offlineReady = useState(pwaMockState.offlineReady);
  return {
    needRefresh,
    offlineReady,
    updateServiceWorker: async (reload?: boolean) => {
      pwaMockState.updateCalls += 1;
      pwaMockState.updateArgs.push(reload);
    },
  };
}
