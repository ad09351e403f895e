// Stand-in for vite-plugin-pwa's virtual module, which only exists in a Vite build (see TOOLCHAIN.md).
import { useState } from 'react';

type Setter = (value: boolean) => void;

export const pwaMockState = { needRefresh: false, offlineReady: false, updateCalls: 0 };

export function useRegisterSW(): {
  needRefresh: [boolean, Setter];
  offlineReady: [boolean, Setter];
  updateServiceWorker: (reload?: boolean) => Promise<void>;
} {
  const needRefresh = useState(pwaMockState.needRefresh);
  const offlineReady = useState(pwaMockState.offlineReady);
  return {
    needRefresh,
    offlineReady,
    updateServiceWorker: async () => {
      pwaMockState.updateCalls += 1;
    },
  };
}
