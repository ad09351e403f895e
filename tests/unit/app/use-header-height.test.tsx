import { readFileSync } from 'node:fs';
import { useRef } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { render } from '@testing-library/react';
import { useHeaderHeight } from '../../../src/app/use-header-height';

let height = 0;
let resized: (() => void) | undefined;

class FakeResizeObserver {
  constructor(callback: () => void) {
    resized = callback;
  }
  observe() {}
  disconnect() {
    resized = undefined;
  }
}

function Header() {
  const header = useRef<HTMLElement>(null);
  useHeaderHeight(header);
  return <header ref={header}>Court-circuit</header>;
}

const headerHeight = () => document.documentElement.style.getPropertyValue('--app-header-height');

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('useHeaderHeight', () => {
  it('keeps the header’s height in --app-header-height as the header grows and shrinks', () => {
    vi.stubGlobal('ResizeObserver', FakeResizeObserver);
    vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockImplementation(() => new DOMRect(0, 0, 390, height));
    height = 112;
    const { unmount } = render(<Header />);
    expect(headerHeight()).toBe('112px');

    // Offline, with a sync error: the header takes another line.
    height = 174;
    resized?.();
    expect(headerHeight()).toBe('174px');

    unmount();
    expect(headerHeight()).toBe('');
    expect(resized).toBeUndefined();
  });

  it('is what the check-off’s counts and search stick below, rather than under the header', () => {
    const css = readFileSync('src/features/checkoff/checkoff.css', 'utf8');
    const sticky = /\.checkoff-sticky\s*\{([^}]*)\}/.exec(css)?.[1] ?? '';
    expect(sticky).toMatch(/position:\s*sticky/);
    expect(sticky).toMatch(/top:\s*var\(--app-header-height,\s*0px\)/);
  });
});
