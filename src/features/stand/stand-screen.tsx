/** The festival stand: choose the event once, then sign people up one after the other, even with no signal. */
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { EventRow } from '../../domain/people/entities';
import { useDevice } from '../../db/hooks/use-device';
import { useSignupCount } from '../../db/hooks/use-event-people';
import { preloadWritePath } from '../../db/mutators';
import { EventPicker } from './event-picker';
import { formatDate } from '../../domain/format/day-format';
import { SignupForm } from './signup-form';
import { useStandEvent } from './use-stand-event';
import { useStandStore } from './stand-store';
import './stand.css';

function EventBanner({ event }: { event: EventRow }) {
  const { t, i18n } = useTranslation();
  const leaveEvent = useStandStore((state) => state.leaveEvent);
  const clientId = useDevice()?.clientId;
  const count = useSignupCount(event.id, clientId) ?? 0;
  return (
    <section className="card stand-banner" aria-label={t('stand.event.current')}>
      <p>
        <strong>{event.name}</strong>
        <br />
        {[formatDate(event.date, i18n.language), event.place].filter(Boolean).join(' · ')}
      </p>
      <p className="counter" aria-live="polite">
        {t('stand.counter', { count })}
      </p>
      <button type="button" onClick={leaveEvent}>
        {t('stand.event.change')}
      </button>
    </section>
  );
}

export function StandScreen() {
  const { t } = useTranslation();
  const stand = useStandEvent();
  // Fetch the validation and write code while the animator types, so the first "save" does not wait for it.
  useEffect(preloadWritePath, []);
  return (
    <>
      <h1>{t('stand.title')}</h1>
      {stand.status === 'loading' && <p aria-busy="true">{t('common.loading')}</p>}
      {stand.status === 'ready' && (
        <>
          <EventBanner event={stand.event} />
          <SignupForm key={stand.event.id} event={stand.event} />
        </>
      )}
      {(stand.status === 'none' || stand.status === 'missing') && <EventPicker missing={stand.status === 'missing'} />}
    </>
  );
}
