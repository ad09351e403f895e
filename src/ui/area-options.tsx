/** The <option>s of an area select, grouped by kind (quarters, communes), with an optional first "none" choice (value ''). */
import { useTranslation } from 'react-i18next';
import type { Area } from '../domain/people/entities';
import { AREA_KINDS, type AreaKind } from '../domain/people/vocabulary';

interface AreaOptionsProps {
  areas: readonly Area[];
  /** The groups' order, e.g. communes first where farms are. */
  order?: readonly AreaKind[];
  noneLabel?: string;
}

export function AreaOptions({ areas, order = AREA_KINDS, noneLabel }: AreaOptionsProps) {
  const { t } = useTranslation();
  return (
    <>
      {noneLabel !== undefined && <option value="">{noneLabel}</option>}
      {order.map((kind) => {
        const ofKind = areas.filter((area) => area.kind === kind);
        if (ofKind.length === 0) return null;
        return (
          <optgroup key={kind} label={t(`domain.areaKinds.${kind}`)}>
            {ofKind.map((area) => (
              <option key={area.id} value={area.id}>
                {area.name}
              </option>
            ))}
          </optgroup>
        );
      })}
    </>
  );
}
