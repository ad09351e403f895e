import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { NO_ROWS, useAreas, useInitiatives, useProducers } from '../../db/hooks/use-lists';
import { useRow } from '../../db/hooks/use-row';
import { mutate } from '../../db/mutators';
import type { Outlet } from '../../domain/programme/programme-entities';
import { OutletForm } from './outlet-form';
import { outletSpec } from './outlet-values';
import { DeleteSection } from './delete-section';
import { foundOf, ScreenFrame } from './screen-frame';
import { useEntityForm } from '../../ui/use-entity-form';

function OutletEditor({ outlet }: { outlet: Outlet | null }) {
  const [, navigate] = useLocation();
  const form = useEntityForm(outletSpec, outlet, () => navigate('/outlets'));
  const areas = useAreas() ?? NO_ROWS;
  const producers = useProducers() ?? NO_ROWS;
  const initiatives = useInitiatives() ?? NO_ROWS;
  return <OutletForm form={form} areas={areas} producers={producers} initiatives={initiatives} onCancel={() => navigate('/outlets')} />;
}

export function OutletEditScreen({ id }: { id: string | null }) {
  const { t } = useTranslation();
  const outlet = useRow('outlets', id);
  return (
    <ScreenFrame
      found={foundOf(id, outlet)}
      title={t('programme.outlet.title')}
      backHref="/outlets"
      backLabel={t('programme.outlet.backToList')}
    >
      <h1>{outlet ? outlet.name : t('programme.outlet.new')}</h1>
      {/* Keyed by id so that the form starts from the stored values once, not on every live update. */}
      <OutletEditor key={outlet?.id ?? 'new'} outlet={outlet ?? null} />
      {outlet && <DeleteSection name={outlet.name} onConfirm={() => mutate('outlet.delete', { id: outlet.id })} backHref="/outlets" />}
    </ScreenFrame>
  );
}
