/** The check-off table: find a basket by 3 letters or its number, tick it in one tap, and back to the search. */
import { useCallback, useDeferredValue, useMemo, useRef, useState } from 'react';
import { Link } from 'wouter';
import { useTranslation } from 'react-i18next';
import type { Basket } from '../../domain/distribution/baskets';
import { formatDay } from '../../domain/format/day-format';
import type { PickupStatus } from '../../domain/distribution/distribution-entities';
import { Field } from '../../ui/field';
import { ActionAlert } from '../../ui/form-alert';
import { useActionError } from '../../ui/use-action-error';
import { BasketRow, rowLabels, type RecordAction } from './basket-row';
import { CheckoffCounts } from './checkoff-counts';
import { useBasketContents } from '../../ui/use-basket-contents';
import { useBasketMemberName } from '../../ui/use-basket-member-name';
import { FIRST_ROWS, MAX_ROWS, useCheckoff } from './use-checkoff';
import { useStrayTapGuard } from './use-stray-tap-guard';
import './checkoff.css';

interface LastAction {
  /** The basket as it stood before the action: what "Annuler" puts back. */
  before: Basket;
  name: string;
  status: PickupStatus;
  collectedBy: string;
}

export function CheckoffScreen({ id }: { id: string }) {
  const { t, i18n } = useTranslation();
  const [query, setQuery] = useState('');
  const search = useRef<HTMLInputElement>(null);
  const { loading, rows, day, counts, matches, absentMatch, names, offers, record, ownProducerId } = useCheckoff(id, query);
  const contents = useBasketContents(offers);
  const { error, run } = useActionError();
  const [last, setLast] = useState<LastAction | null>(null);
  const [askingName, setAskingName] = useState<string | null>(null);
  const labels = useMemo(() => rowLabels(t), [t]);
  // The list's first render shows a screenful, the rest of it follows in a render React can interrupt: on a slow
  // phone, rendering a hundred rows before the first frame held the whole screen back by a hundred milliseconds.
  const shown = useDeferredValue(MAX_ROWS, FIRST_ROWS);
  const memberName = useBasketMemberName();
  const nameOf = useCallback((basket: Basket) => memberName(names.get(basket.memberId)), [memberName, names]);

  const guard = useStrayTapGuard();
  // Stable across ticks, so only the rows whose basket changed render again (BasketRow is memoised).
  const act = useCallback(
    (basket: Basket, status: PickupStatus, collectedBy = '', undo = false) =>
      void (async () => {
        guard.started(basket.contractId, undo);
        let clearedSearch = false;
        try {
          if (!(await run(record(basket, status, collectedBy)))) return;
          setLast({ before: basket, name: nameOf(basket), status, collectedBy });
          // The next person is already at the table: an empty search, ready for their three letters.
          clearedSearch = status !== 'pending';
          if (clearedSearch) setQuery('');
          search.current?.focus();
        } finally {
          guard.done(clearedSearch);
        }
      })(),
    [run, record, nameOf, guard],
  );
  const actFromRow = useCallback<RecordAction>(
    (basket, status, collectedBy) => {
      if (!guard.isStray(basket.contractId)) act(basket, status, collectedBy);
    },
    [act, guard],
  );
  const askNameFromRow = useCallback(
    (contractId: string | null) => {
      if (contractId === null || !guard.isStray(contractId)) setAskingName(contractId);
    },
    [guard],
  );
  const onSearch = (value: string) => {
    guard.typed(value);
    setQuery(value);
  };
  // The undo line does not move with the list: a tap there is stray only as the second of a double tap on it.
  const undo = (done: LastAction) => {
    if (!guard.isStrayUndo())
      act({ ...done.before, status: done.status, collectedBy: done.collectedBy }, done.before.status, done.before.collectedBy, true);
  };

  if (loading) return <p aria-busy="true">{t('common.loading')}</p>;
  if (!rows || !day) return <p className="notice">{t('checkoff.notFound')}</p>;
  const { distribution, group } = rows;

  return (
    <>
      <h1>{t('checkoff.title')}</h1>
      <p className="hint">
        {t('checkoff.subtitle', {
          group: group?.name ?? '',
          date: formatDay(distribution.date, i18n.language),
          start: distribution.startTime,
          end: distribution.endTime,
        })}{' '}
        <Link href={ownProducerId === null ? `/distributions/${distribution.id}` : `/producer/${distribution.id}`}>
          {t('checkoff.back')}
        </Link>
      </p>
      <div className="checkoff-sticky">
        <CheckoffCounts counts={counts} />
        <div role="search">
          <Field label={t('checkoff.search')} hint={t('checkoff.searchHint')}>
            {(control) => (
              <input {...control} ref={search} type="search" autoComplete="off" value={query} onChange={(e) => onSearch(e.target.value)} />
            )}
          </Field>
        </div>
        <p role="status" className="checkoff-last">
          {last && (
            <>
              {t('checkoff.lastAction', {
                basket: labels.number(last.before.number),
                name: last.name,
                status: t(`checkoff.status.${last.status}`),
              })}{' '}
              <button type="button" onClick={() => undo(last)}>
                {t('checkoff.actions.undo')}
              </button>
            </>
          )}
        </p>
        <ActionAlert error={error} />
      </div>
      {ownProducerId !== null && day.due.some((basket) => basket.number === null) && <p className="hint">{t('checkoff.unnumberedHint')}</p>}
      {day.absent.length > 0 && <p className="hint">{t('checkoff.absent', { count: day.absent.length })}</p>}
      {day.due.length === 0 && <p>{t('checkoff.empty')}</p>}
      {absentMatch ? (
        <p className="notice">
          {t('checkoff.absentBasket', { basket: labels.number(absentMatch.number), name: memberName(names.get(absentMatch.memberId)) })}
        </p>
      ) : (
        day.due.length > 0 && matches.length === 0 && <p>{t('checkoff.noMatch', { query })}</p>
      )}
      {matches.length > MAX_ROWS && <p className="hint">{t('checkoff.refine', { shown: MAX_ROWS, count: matches.length })}</p>}
      <ul className="list" aria-label={t('checkoff.baskets')}>
        {matches.slice(0, shown).map((basket) => (
          <BasketRow
            key={basket.contractId}
            basket={basket}
            name={nameOf(basket)}
            contents={contents(basket)}
            labels={labels}
            askingName={askingName === basket.contractId}
            onAskName={askNameFromRow}
            onRecord={actFromRow}
          />
        ))}
      </ul>
    </>
  );
}
