import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { NO_ROWS, useAreas, useInitiatives, useOutlets } from '../../db/hooks/use-lists';
import { OUTLET_KINDS, type OutletKind } from '../../domain/people/vocabulary';
import { AreaField } from '../../ui/area-field';
import { OptionField } from './option-field';

export function OutletsScreen() {
  const { t } = useTranslation();
  const outlets = useOutlets();
  const areas = useAreas() ?? NO_ROWS;
  const initiatives = useInitiatives() ?? NO_ROWS;
  const [kind, setKind] = useState<OutletKind | ''>('');
  const [quarterId, setQuarterId] = useState('');
  const areaName = new Map(areas.map((area) => [area.id, area.name]));
  const initiativeName = new Map(initiatives.map((initiative) => [initiative.id, initiative.name]));
  const shown = (outlets ?? NO_ROWS).filter(
    (outlet) => (kind === '' || outlet.kind === kind) && (quarterId === '' || outlet.quarterId === quarterId),
  );

  return (
    <>
      <Link href="/programme">{t('programme.backToHub')}</Link>
      <h1>{t('programme.outlet.title')}</h1>
      <div className="actions">
        <Link href="/outlets/new" className="button primary">
          {t('programme.outlet.new')}
        </Link>
        <Link href="/initiatives" className="button">
          {t('programme.initiative.title')}
        </Link>
      </div>
      <fieldset className="card">
        <legend>{t('programme.filters')}</legend>
        <OptionField
          label={t('programme.outlet.fields.kind')}
          options={OUTLET_KINDS}
          labelOf={(option) => t(`programme.outletKind.${option}`)}
          noneLabel={t('programme.allKinds')}
          value={kind}
          onChange={setKind}
        />
        <AreaField
          label={t('programme.outlet.fields.quarter')}
          areas={areas}
          noneLabel={t('programme.allQuarters')}
          value={quarterId}
          onChange={setQuarterId}
        />
      </fieldset>
      {outlets === undefined ? (
        <p aria-busy="true">{t('common.loading')}</p>
      ) : (
        <>
          <p role="status">{t('programme.outlet.count', { count: shown.length })}</p>
          {shown.length === 0 && <p className="hint">{outlets.length === 0 ? t('programme.outlet.empty') : t('programme.noMatch')}</p>}
          <ul className="list" aria-label={t('programme.outlet.title')}>
            {shown.map((outlet) => (
              <li key={outlet.id}>
                <Link href={`/outlets/${outlet.id}`}>
                  <strong>{outlet.name}</strong>
                  <br />
                  <span className="hint">
                    {[
                      t(`programme.outletKind.${outlet.kind}`),
                      outlet.quarterId ? areaName.get(outlet.quarterId) : undefined,
                      outlet.initiativeId ? initiativeName.get(outlet.initiativeId) : undefined,
                      t('programme.outlet.supplierCount', { count: outlet.producerIds.length }),
                    ]
                      .filter(Boolean)
                      .join(' · ')}
                  </span>
                </Link>
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}
