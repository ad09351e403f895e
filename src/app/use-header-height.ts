/**
 * Keeps the sticky header's height in the CSS variable --app-header-height, so that a screen's own sticky part (the
 * check-off's counts and search) sits below the header instead of under it.
 */
import { useEffect, type RefObject } from 'react';

export function useHeaderHeight(header: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const element = header.current;
    if (!element) return;
    const root = document.documentElement;
    const measure = () => root.style.setProperty('--app-header-height', `${element.getBoundingClientRect().height}px`);
    measure();
    // Measured again whenever it changes: the sync status grows it (offline, an error, signed out), so does a rotation.
    // Without ResizeObserver (browsers before 2020, jsdom), the first measure stands.
    if (typeof ResizeObserver === 'undefined') return () => root.style.removeProperty('--app-header-height');
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => {
      observer.disconnect();
      root.style.removeProperty('--app-header-height');
    };
  }, [header]);
}
