/** The options of a quarter/commune select, grouped by kind, with a first "not given" choice (value ''). */
import { useTranslation } from 'react-i18next';
import { AREA_KINDS, type Area } from '../../domain/entities';

export function AreaOptions({ areas, noneLabel }: { areas: readonly Area[]; noneLabel: string }) {
  const { t } = useTranslation();
  return (
    <>
      <option value="">{noneLabel}</option>
      {AREA_KINDS.map((kind) => {
        const ofKind = areas.filter((area) => area.kind === kind);
        if (ofKind.length === 0) return null;
        return (
          <optgroup key={kind} label={t(`domain.areaKind.${kind}`)}>
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
