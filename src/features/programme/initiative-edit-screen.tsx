import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import { NO_ROWS, useOutlets } from '../../db/hooks/use-lists';
import { useRow } from '../../db/hooks/use-row';
import { mutate } from '../../db/mutators';
import type { Initiative } from '../../domain/programme/programme-entities';
import { DeleteSection } from './delete-section';
import { InitiativeForm } from './initiative-form';
import { initiativeSpec } from './initiative-values';
import { foundOf, ScreenFrame } from './screen-frame';
import { useEntityForm } from '../../ui/use-entity-form';

function InitiativeEditor({ initiative }: { initiative: Initiative | null }) {
  const [, navigate] = useLocation();
  const form = useEntityForm(initiativeSpec, initiative, () => navigate('/initiatives'));
  return <InitiativeForm form={form} onCancel={() => navigate('/initiatives')} />;
}

/** The outlets an initiative gathers: those whose initiative it is (set on the outlet's form). */
function InitiativeOutlets({ initiativeId }: { initiativeId: string }) {
  const { t } = useTranslation();
  const all = useOutlets();
  const outlets = useMemo(() => (all ?? NO_ROWS).filter((outlet) => outlet.initiativeId === initiativeId), [all, initiativeId]);
  return (
    <section aria-labelledby="initiative-outlets-title">
      <h2 id="initiative-outlets-title">{t('programme.initiative.outletsTitle', { count: outlets.length })}</h2>
      <p className="hint">{t('programme.initiative.outletsHint')}</p>
      {outlets.length > 0 && (
        <ul className="list">
          {outlets.map((outlet) => (
            <li key={outlet.id}>
              <Link href={`/outlets/${outlet.id}`}>
                {outlet.name} <span className="hint">· {t(`programme.outletKind.${outlet.kind}`)}</span>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

export function InitiativeEditScreen({ id }: { id: string | null }) {
  const { t } = useTranslation();
  const initiative = useRow('initiatives', id);
  return (
    <ScreenFrame
      found={foundOf(id, initiative)}
      title={t('programme.initiative.title')}
      backHref="/initiatives"
      backLabel={t('programme.initiative.backToList')}
    >
      <h1>{initiative ? initiative.name : t('programme.initiative.new')}</h1>
      {/* Keyed by id so that the form starts from the stored values once, not on every live update. */}
      <InitiativeEditor key={initiative?.id ?? 'new'} initiative={initiative ?? null} />
      {initiative && (
        <>
          <InitiativeOutlets initiativeId={initiative.id} />
          <DeleteSection
            name={initiative.name}
            onConfirm={() => mutate('initiative.delete', { id: initiative.id })}
            backHref="/initiatives"
          />
        </>
      )}
    </ScreenFrame>
  );
}
