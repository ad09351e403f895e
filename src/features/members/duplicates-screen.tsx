/** /duplicates: people signed up twice (often on two phones offline), to merge into one record. */
import { useTranslation } from 'react-i18next';
import { DuplicatePairCard } from './duplicate-pair';
import { useDuplicates } from './use-duplicates';

export function DuplicatesScreen() {
  const { t } = useTranslation();
  const { pairs, areaName } = useDuplicates();
  return (
    <>
      <h1>{t('sync.duplicates.title')}</h1>
      <p className="hint">{t('sync.duplicates.intro')}</p>
      {pairs === undefined && <p aria-busy="true">{t('common.loading')}</p>}
      {pairs?.length === 0 && <p>{t('sync.duplicates.none')}</p>}
      {pairs && pairs.length > 0 && (
        <ul className="list">
          {pairs.map((pair) => (
            <DuplicatePairCard key={`${pair.first.id}|${pair.second.id}`} pair={pair} areaName={areaName} />
          ))}
        </ul>
      )}
    </>
  );
}
