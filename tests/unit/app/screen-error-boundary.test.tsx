import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Link, Route, Switch } from 'wouter';
import { Layout } from '../../../src/app/layout';
import { ScreenErrorBoundary } from '../../../src/app/screen-error-boundary';
import { resetAppDb } from '../../helpers/app-db';
import { renderScreen } from '../../helpers/render';

function Broken(): never {
  throw new TypeError("Cannot read properties of undefined (reading 'replace')");
}

function Fine() {
  return (
    <>
      <h1>Écran qui marche</h1>
      <Link href="/broken">Ouvrir l’écran cassé</Link>
    </>
  );
}

const app = (
  <Layout settled={false}>
    <ScreenErrorBoundary>
      <Switch>
        <Route path="/broken" component={Broken} />
        <Route path="/members" component={Fine} />
      </Switch>
    </ScreenErrorBoundary>
  </Layout>
);

beforeEach(async () => {
  await resetAppDb();
  // React reports the caught error on the console; the test only checks what the person sees.
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
});

afterEach(() => {
  vi.restoreAllMocks();
});

describe('ScreenErrorBoundary', () => {
  it('shows a translated message in place of a screen that throws, keeps the header and the navigation, and recovers on another screen', async () => {
    const user = userEvent.setup();
    await renderScreen(app, { path: '/broken' });

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Cet écran n’a pas pu s’afficher.');
    expect(alert).toHaveTextContent('Rien n’a été perdu');
    expect(screen.getByRole('button', { name: 'Revenir en arrière' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Aller à l’accueil' })).toHaveAttribute('href', '/');
    expect(screen.getByRole('link', { name: 'Court-circuit' })).toBeInTheDocument();
    const nav = screen.getByRole('navigation', { name: 'Navigation principale' });

    await user.click(screen.getByRole('link', { name: 'Membres' }));
    expect(await screen.findByRole('heading', { name: 'Écran qui marche' })).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(nav).toBeInTheDocument();

    // Back on the broken screen, the message again rather than a blank app.
    await user.click(screen.getByRole('link', { name: 'Ouvrir l’écran cassé' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Cet écran n’a pas pu s’afficher.');
  });

  it('words the message in English too', async () => {
    await renderScreen(app, { path: '/broken', language: 'en' });
    expect(await screen.findByRole('alert')).toHaveTextContent('This screen could not be shown.');
    expect(screen.getByRole('button', { name: 'Go back' })).toBeInTheDocument();
  });
});
