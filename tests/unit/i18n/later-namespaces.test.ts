import { describe, expect, it } from 'vitest';
import i18next from 'i18next';
import { fr, LATER_NAMESPACES } from '../../../src/i18n/fr/index';
import { loadNamespace, setupI18n } from '../../../src/i18n/i18n';

describe('namespaces loaded with their screens', () => {
  it('are left out of the app shell’s French catalog, and read once loaded', async () => {
    for (const namespace of LATER_NAMESPACES) expect(fr[namespace], namespace).toBeUndefined();
    await setupI18n('fr');
    await loadNamespace('overview');
    expect(i18next.t('overview.indicator')).toBe('Indicateur');
  });
});
