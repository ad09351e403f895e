import { useTranslation } from 'react-i18next';
import { RemoveDemoButton } from './remove-demo-button';
import { useDemoData } from './use-demo-data';

/**
 * Shown above every screen: on an empty device of a coordinator, the offer to load the example; while the example
 * is loaded, a banner that says so and, to an account that may, removes it. Once real data exists and no example is
 * loaded, nothing.
 */
export function DemoOffer() {
  const { t } = useTranslation();
  const { state, busy, failed, load, remove, mayLoad, mayRemove } = useDemoData();
  if (!state || (!state.empty && !state.hasDemo) || (!state.hasDemo && !mayLoad)) return null;
  return (
    <section className={state.hasDemo ? 'notice warning' : 'notice'} aria-label={t('demo.title')} data-testid="demo-offer">
      <p>
        {state.hasDemo ? (
          <>
            <span className="badge demo">{t('demo.badge')}</span> {t('demo.loaded')}
          </>
        ) : (
          t('demo.offer')
        )}
      </p>
      {failed && <p role="alert">{t('demo.failed')}</p>}
      {state.hasDemo ? (
        mayRemove && <RemoveDemoButton onConfirm={remove} />
      ) : (
        <button type="button" className="primary" disabled={busy} onClick={() => void load()}>
          {t('demo.load')}
        </button>
      )}
    </section>
  );
}
