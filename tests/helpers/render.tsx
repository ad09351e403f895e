/** Renders a screen the way the app does: French catalogs loaded, inside a memory router at a given path. */
import type { ReactElement } from 'react';
import { render, type RenderResult } from '@testing-library/react';
import { Router } from 'wouter';
import { memoryLocation } from 'wouter/memory-location';
import { loadEveryNamespace, setupI18n, type Language } from '../../src/i18n/i18n';

export interface RenderedScreen extends RenderResult {
  location: () => string;
}

export async function renderScreen(ui: ReactElement, { path = '/', language = 'fr' as Language } = {}): Promise<RenderedScreen> {
  await setupI18n(language);
  // A screen rendered here skips its route, which loads the namespaces of the rarer screens with them.
  await loadEveryNamespace();
  const memory = memoryLocation({ path, record: true });
  const result = render(<Router hook={memory.hook}>{ui}</Router>);
  return { ...result, location: () => memory.history.at(-1) ?? path };
}
