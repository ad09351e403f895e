/** The sign-up of one person at the stand, made to be filled in under 30 seconds with one thumb. */
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CURRENT_CONSENT_VERSION } from '../../domain/people/consent';
import type { EventRow } from '../../domain/people/entities';
import { PRODUCT_KINDS } from '../../domain/people/product-kinds';
import { NO_ROWS, useAreas, useMembers } from '../../db/hooks/use-lists';
import { AreaField } from '../../ui/area-field';
import { CheckboxField } from '../../ui/checkbox-field';
import { Field, FieldError } from '../../ui/field';
import { FormAlert } from '../../ui/form-alert';
import { formErrors } from '../../ui/use-form-errors';
import { DuplicateWarning } from './duplicate-warning';
import { useDuplicateIndex } from './use-duplicate-index';
import { enterMovesOn } from './enter-moves-on';
import { messagesByField, SIGNUP_MAX_LENGTH, toggleInterest } from './stand-form';
import { fieldId, SIGNUP_FIELDS, useSignupForm } from './use-signup-form';

export function SignupForm({ event }: { event: EventRow }) {
  const { t } = useTranslation();
  const { draft, change, submit, issues, saving, savedName, firstNameRef } = useSignupForm(event);
  const areas = useAreas() ?? NO_ROWS;
  const members = useMembers() ?? NO_ROWS;
  const index = useDuplicateIndex(members);
  const duplicates = useMemo(() => index?.find(draft) ?? [], [index, draft]);
  const [notesOpen, setNotesOpen] = useState(draft.notes !== '');
  const errors = messagesByField(issues);

  return (
    <form onSubmit={submit} onKeyDown={enterMovesOn} noValidate aria-labelledby="stand-form-title" className="stand-form">
      <h2 id="stand-form-title">{t('stand.form.title')}</h2>
      <p role="status" className="stand-saved">
        {savedName && t('stand.saved', { name: savedName })}
      </p>
      <Field id={fieldId('firstName')} label={t('stand.form.firstName')} error={errors.firstName}>
        {(control) => (
          <input
            {...control}
            ref={firstNameRef}
            value={draft.firstName}
            maxLength={SIGNUP_MAX_LENGTH.firstName}
            onChange={(e) => change({ firstName: e.target.value })}
            aria-required="true"
            autoComplete="off"
            autoCapitalize="words"
            enterKeyHint="next"
          />
        )}
      </Field>
      <Field id={fieldId('lastName')} label={t('stand.form.lastName')} error={errors.lastName}>
        {(control) => (
          <input
            {...control}
            value={draft.lastName}
            maxLength={SIGNUP_MAX_LENGTH.lastName}
            onChange={(e) => change({ lastName: e.target.value })}
            autoComplete="off"
            autoCapitalize="words"
            enterKeyHint="next"
          />
        )}
      </Field>
      <Field id={fieldId('phone')} label={t('stand.form.phone')} error={errors.phone} hint={t('stand.form.contactHint')}>
        {(control) => (
          <input
            {...control}
            type="tel"
            inputMode="tel"
            value={draft.phone}
            maxLength={SIGNUP_MAX_LENGTH.phone}
            onChange={(e) => change({ phone: e.target.value })}
            autoComplete="off"
            enterKeyHint="next"
          />
        )}
      </Field>
      <Field id={fieldId('email')} label={t('stand.form.email')} error={errors.email}>
        {(control) => (
          <input
            {...control}
            type="email"
            inputMode="email"
            value={draft.email}
            maxLength={SIGNUP_MAX_LENGTH.email}
            onChange={(e) => change({ email: e.target.value })}
            autoComplete="off"
            autoCapitalize="none"
            enterKeyHint="next"
          />
        )}
      </Field>
      <CheckboxField
        id={fieldId('noContact')}
        label={t('stand.form.noContact')}
        checked={draft.noContact}
        onChange={(noContact) => change({ noContact })}
        error={errors.noContact}
      />
      <DuplicateWarning duplicates={duplicates} areas={areas} saving={saving} />
      <AreaField
        id={fieldId('quarterId')}
        label={t('stand.form.quarter')}
        error={errors.quarterId}
        areas={areas}
        noneLabel={t('stand.noQuarter')}
        value={draft.quarterId}
        onChange={(areaId) => change({ quarterId: areaId })}
      />
      <Field id={fieldId('householdSize')} label={t('stand.form.householdSize')} error={errors.householdSize}>
        {(control) => (
          <input
            {...control}
            type="number"
            inputMode="numeric"
            min={1}
            max={20}
            value={draft.householdSize}
            onChange={(e) => change({ householdSize: e.target.value })}
          />
        )}
      </Field>
      <fieldset id={fieldId('interests')} aria-describedby={errors.interests ? `${fieldId('interests')}-error` : undefined}>
        <legend>{t('stand.form.interests')}</legend>
        <div className="chips stand-chips">
          {PRODUCT_KINDS.map((kind) => (
            <button
              key={kind}
              type="button"
              className="chip"
              aria-pressed={draft.interests.includes(kind)}
              onClick={() => change({ interests: toggleInterest(draft.interests, kind) })}
            >
              {t(`domain.productKind.${kind}`)}
            </button>
          ))}
        </div>
        <FieldError id={`${fieldId('interests')}-error`} error={errors.interests} />
      </fieldset>
      <h3 className="stand-consent-title">{t('stand.form.consentTitle')}</h3>
      <p id="stand-consent-text" className="card stand-consent-text">
        {t(`domain.consent.${CURRENT_CONSENT_VERSION}`)}
      </p>
      <CheckboxField
        id={fieldId('consentGiven')}
        label={t('stand.form.consent')}
        checked={draft.consentGiven}
        onChange={(consentGiven) => change({ consentGiven })}
        error={errors.consentGiven}
        describedById="stand-consent-text"
      />
      <details open={notesOpen} onToggle={(e) => setNotesOpen(e.currentTarget.open)}>
        <summary className="stand-summary-toggle">{t('stand.form.notesToggle')}</summary>
        <Field id={fieldId('notes')} label={t('stand.form.notes')} error={errors.notes}>
          {(control) => (
            <textarea
              {...control}
              rows={3}
              value={draft.notes}
              maxLength={SIGNUP_MAX_LENGTH.notes}
              onChange={(e) => change({ notes: e.target.value })}
            />
          )}
        </Field>
      </details>
      <FormAlert errors={issues.length > 0 ? formErrors(issues, SIGNUP_FIELDS) : null} />
      <button type="submit" className="primary stand-submit" disabled={saving}>
        {t('stand.form.submit')}
      </button>
    </form>
  );
}
