/** Last season's contracts of a group renewed into a new one: choose the season, leave out whoever stops, confirm. */
import { useTranslation } from 'react-i18next';
import { Link, useSearch } from 'wouter';
import { useMay } from '../../db/hooks/use-may';
import { Field } from '../../ui/field';
import { FormAlert } from '../../ui/form-alert';
import { GroupSelectField } from '../../ui/group-select-field';
import { useFormats } from '../../ui/use-formats';
import { ConfirmCreation } from './confirm-creation';
import { useRenewal } from './use-renewal';
import './payments.css';

export function RenewalScreen() {
  const { t } = useTranslation();
  const { euros } = useFormats();
  const renewal = useRenewal(new URLSearchParams(useSearch()).get('group') ?? '');
  const { season, set, drafts, left, toggle, errors, busy } = renewal;
  const mayCreate = useMay('contract.create', { groupId: season.groupId || undefined });
  const count = drafts.filter((d) => !d.exists && !left.includes(d.id)).length;
  return (
    <>
      <Link href="/contracts">{t('contracts.backToList')}</Link>
      <h1>{t('payments.renewal.title')}</h1>
      <FormAlert errors={errors} />
      <GroupSelectField
        label={t('payments.renewal.group')}
        groups={renewal.groups ?? []}
        noneLabel={t('payments.renewal.chooseGroup')}
        value={season.groupId}
        onChange={(groupId) => set({ groupId })}
      />
      <Field label={t('payments.renewal.startDate')}>
        {(control) => <input {...control} type="date" value={season.startDate} onChange={(e) => set({ startDate: e.target.value })} />}
      </Field>
      <Field label={t('payments.renewal.endDate')}>
        {(control) => <input {...control} type="date" value={season.endDate} onChange={(e) => set({ endDate: e.target.value })} />}
      </Field>
      {drafts.length > 0 && (
        <ul className="list" aria-label={t('payments.renewal.preview')}>
          {drafts.map((draft) => (
            <li key={draft.id}>
              <label className="checkbox">
                <input
                  type="checkbox"
                  checked={!draft.exists && !left.includes(draft.id)}
                  disabled={draft.exists}
                  onChange={() => toggle(draft.id)}
                />
                {t('payments.renewal.line', {
                  member: renewal.memberName(draft.fields.memberId),
                  offer: renewal.offerName(draft.fields.offerId),
                  count: draft.fields.deliveryDates.length,
                  price: euros(draft.fields.pricePerDeliveryCents),
                })}
                {draft.instalments.length > 0 && ` · ${t('payments.renewal.plan', { count: draft.instalments.length })}`}
                {draft.exists && ` — ${t('payments.renewal.exists')}`}
              </label>
            </li>
          ))}
        </ul>
      )}
      {season.startDate && season.endDate && drafts.length === 0 && <p>{t('payments.renewal.none')}</p>}
      <ConfirmCreation
        made={renewal.made === null ? null : t('payments.renewal.made', { count: renewal.made })}
        disabled={busy || count === 0 || mayCreate !== true}
        onConfirm={() => void renewal.confirm()}
        label={t('payments.renewal.confirm', { count })}
      />
    </>
  );
}
