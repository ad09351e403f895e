/** /duplicates: people signed up twice (often on two phones offline), to merge into one record, with an undo. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { undoMerge, type MergeOutcome } from '../../db/app-merge';
import type { DuplicatePair } from '../../domain/people/duplicate-pairs';
import type { Member } from '../../domain/people/entities';
import { ActionAlert } from '../../ui/form-alert';
import { DuplicatePairCard } from './duplicate-pair';
import { useDuplicates } from './use-duplicates';

const PAGE = 20;

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

  const [possibleOpen, setPossibleOpen] = useState(false);
  const [shown, setShown] = useState(PAGE);
  const probable = pairs?.filter((pair) => pair.level === 'probable') ?? [];
  const possible = pairs?.filter((pair) => pair.level === 'possible') ?? [];
  const card = (pair: DuplicatePair<Member>) => (
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
  );

  const undo = async (merge: LastMerge) => {
    const result = await undoMerge(merge.undo);
    if (!result.ok) return setError(result.issues[0]?.message ?? 'validation.invalid');
    setLastMerge(null);
    setUndone(true);
  };

  return (
    <>
      <h1>{t('duplicates.title')}</h1>
      <p className="hint">{t('duplicates.intro')}</p>
      <div role="status">
        {lastMerge && (
          <p className="notice">
            {t('duplicates.merged', { name: lastMerge.name })}{' '}
            <button type="button" onClick={() => void undo(lastMerge)}>
              {t('duplicates.undo')}
            </button>
          </p>
        )}
        {undone && <p className="notice">{t('duplicates.undone')}</p>}
      </div>
      <ActionAlert error={error} />
      {pairs === undefined && <p aria-busy="true">{t('common.loading')}</p>}
      {pairs?.length === 0 && <p>{t('duplicates.none')}</p>}
      {probable.length > 0 && <ul className="list">{probable.map(card)}</ul>}
      {possible.length > 0 && (
        <details onToggle={(e) => setPossibleOpen(e.currentTarget.open)}>
          <summary>{t('duplicates.possibleList', { count: possible.length })}</summary>
          {/* Rendered only when opened, a page at a time: a big territory may hold thousands of same names. */}
          {possibleOpen && <ul className="list">{possible.slice(0, shown).map(card)}</ul>}
          {possibleOpen && possible.length > shown && (
            <button type="button" onClick={() => setShown(shown + PAGE)}>
              {t('duplicates.more', { count: Math.min(PAGE, possible.length - shown) })}
            </button>
          )}
        </details>
      )}
    </>
  );
}
