/** /duplicates: people signed up twice (often on two phones offline), to merge into one record, with an undo. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { undoMerge, type MergeOutcome } from '../../db/app-merge';
import { ActionAlert } from '../../ui/form-alert';
import { DuplicatePairCard } from './duplicate-pair';
import { useDuplicates } from './use-duplicates';

interface LastMerge {
  undo: Required<MergeOutcome>['undo'];
  name: string;
}

export function DuplicatesScreen() {
  const { t } = useTranslation();
  const { pairs, areaName } = useDuplicates();
  const [lastMerge, setLastMerge] = useState<LastMerge | null>(null);
  const [undone, setUndone] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const undo = async (merge: LastMerge) => {
    const result = await undoMerge(merge.undo);
    if (!result.ok) return setError(result.issues[0]?.message ?? 'validation.invalid');
    setLastMerge(null);
    setUndone(true);
  };

  return (
    <>
      <h1>{t('sync.duplicates.title')}</h1>
      <p className="hint">{t('sync.duplicates.intro')}</p>
      <div role="status">
        {lastMerge && (
          <p className="notice">
            {t('sync.duplicates.merged', { name: lastMerge.name })}{' '}
            <button type="button" onClick={() => void undo(lastMerge)}>
              {t('sync.duplicates.undo')}
            </button>
          </p>
        )}
        {undone && <p className="notice">{t('sync.duplicates.undone')}</p>}
      </div>
      <ActionAlert error={error} />
      {pairs === undefined && <p aria-busy="true">{t('common.loading')}</p>}
      {pairs?.length === 0 && <p>{t('sync.duplicates.none')}</p>}
      {pairs && pairs.length > 0 && (
        <ul className="list">
          {pairs.map((pair) => (
            <DuplicatePairCard
              key={`${pair.first.id}|${pair.second.id}`}
              pair={pair}
              areaName={areaName}
              onMerged={({ undo: undoArgs }, name) => {
                setUndone(false);
                setError(null);
                setLastMerge({ undo: undoArgs, name });
              }}
            />
          ))}
        </ul>
      )}
    </>
  );
}
