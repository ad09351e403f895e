import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { StorageNotice } from '../../../src/pwa/storage-notice';
import { renderScreen } from '../../helpers/render';

describe('StorageNotice', () => {
  it('shows nothing when there is no fresh answer', async () => {
    await renderScreen(<StorageNotice answer={null} />);
    expect(screen.queryByTestId('storage-notice')).toBeNull();
  });

  it('tells a refusal apart from an acceptance, and can be dismissed', async () => {
    const { rerender } = await renderScreen(<StorageNotice answer="denied" />);
    expect(screen.getByTestId('storage-notice')).toHaveTextContent('pourrait effacer');
    rerender(<StorageNotice answer="granted" />);
    expect(screen.getByTestId('storage-notice')).toHaveTextContent('conservera les données');
    await userEvent.click(screen.getByRole('button', { name: 'OK' }));
    expect(screen.queryByTestId('storage-notice')).toBeNull();
  });
});
