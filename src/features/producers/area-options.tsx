import { useTranslation } from 'react-i18next';
import type { Area } from '../../domain/entities';

/** The <option>s of an area select: communes first (where farms are), then the city's quarters. */
export function AreaOptions({ areas }: { areas: readonly Area[] }) {
  const { t } = useTranslation();
  const groups = [
    { kind: 'commune', label: t('producers.areaGroups.communes') },
    { kind: 'quarter', label: t('producers.areaGroups.quarters') },
  ] as const;
  return groups.map(({ kind, label }) => {
    const ofKind = areas.filter((area) => area.kind === kind);
    if (ofKind.length === 0) return null;
    return (
      <optgroup key={kind} label={label}>
        {ofKind.map((area) => (
          <option key={area.id} value={area.id}>
            {area.name}
          </option>
        ))}
      </optgroup>
    );
  });
}
