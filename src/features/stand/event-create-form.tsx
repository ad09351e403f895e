/** Creates the stand's event on the spot, offline like everything else, and makes it the stand's event. */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Area, Group } from '../../domain/people/entities';
import { NO_ROWS, useGroups } from '../../db/hooks/use-lists';
import { useSession } from '../../db/hooks/use-session';
import { GroupSelectField } from '../../ui/group-select-field';
import { EVENT_KINDS, type EventKind } from '../../domain/people/vocabulary';
import { newId } from '../../domain/rows/ids';
import type { FieldIssue } from '../../domain/mutations/define';
import { mutate } from '../../db/mutators';
import { AreaField } from '../../ui/area-field';
import { Field } from '../../ui/field';
import { FormAlert } from '../../ui/form-alert';
import { formErrors } from '../../ui/use-form-errors';
import { buildEventArgs, emptyEventDraft, type EventDraft } from './event-form';
import { localToday } from '../../domain/format/day-format';
import { messagesByField } from './stand-form';

const FIELDS = ['name', 'kind', 'date', 'place', 'quarterId', 'groupId'] as const;

/** The groups this account may share an event with: an animator's own, or every group for a coordinator. */
function useShareableGroups(): readonly Group[] {
  const session = useSession();
  const groups = useGroups() ?? NO_ROWS;
  if (session?.user.role !== 'animator') return groups;
  const own = session.user.groupIds ?? [];
  return groups.filter((group) => own.includes(group.id));
}

interface EventCreateFormProps {
  areas: readonly Area[];
  onCreated: (eventId: string, quarterId: string | null) => void;
}

export function EventCreateForm({ areas, onCreated }: EventCreateFormProps) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(() => emptyEventDraft(localToday()));
  const groups = useShareableGroups();
  // An animator of one group runs its stands with that group's other animators, unless they choose otherwise.
  const [groupChosen, setGroupChosen] = useState(false);
  const groupId = groupChosen ? draft.groupId : groups.length === 1 ? (groups[0]?.id ?? '') : '';
  const [issues, setIssues] = useState<FieldIssue[]>([]);
  const [saving, setSaving] = useState(false);
  const errors = messagesByField(issues);
  const change = (patch: Partial<EventDraft>) => setDraft((current) => ({ ...current, ...patch }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (saving) return;
    setSaving(true);
    const args = buildEventArgs({ ...draft, groupId }, newId());
    const result = await mutate('event.create', args);
    setSaving(false);
    if (result.ok) onCreated(args.id, args.quarterId ?? null);
    else setIssues(result.issues);
  }

  return (
    <form onSubmit={submit} noValidate aria-labelledby="stand-event-create-title">
      <h2 id="stand-event-create-title">{t('stand.event.createTitle')}</h2>
      <Field id="event-name" label={t('stand.event.name')} error={errors.name}>
        {(control) => (
          <input
            {...control}
            value={draft.name}
            onChange={(e) => change({ name: e.target.value })}
            aria-required="true"
            autoComplete="off"
          />
        )}
      </Field>
      <Field id="event-kind" label={t('stand.event.kind')} error={errors.kind}>
        {(control) => (
          <select {...control} value={draft.kind} onChange={(e) => change({ kind: e.target.value as EventKind })}>
            {EVENT_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {t(`domain.eventKind.${kind}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field id="event-date" label={t('stand.event.date')} error={errors.date}>
        {(control) => (
          <input {...control} type="date" value={draft.date} onChange={(e) => change({ date: e.target.value })} aria-required="true" />
        )}
      </Field>
      <Field id="event-place" label={t('stand.event.place')} error={errors.place}>
        {(control) => <input {...control} value={draft.place} onChange={(e) => change({ place: e.target.value })} autoComplete="off" />}
      </Field>
      <AreaField
        id="event-quarter"
        label={t('stand.event.quarter')}
        error={errors.quarterId}
        areas={areas}
        noneLabel={t('stand.noQuarter')}
        value={draft.quarterId}
        onChange={(areaId) => change({ quarterId: areaId })}
      />
      {groups.length > 0 && (
        <GroupSelectField
          label={t('stand.event.group')}
          error={errors.groupId}
          groups={groups}
          noneLabel={t('stand.event.noGroup')}
          value={groupId}
          onChange={(chosen) => {
            setGroupChosen(true);
            change({ groupId: chosen });
          }}
        />
      )}
      <FormAlert errors={issues.length > 0 ? formErrors(issues, FIELDS) : null} />
      <button type="submit" className="primary stand-wide" disabled={saving}>
        {t('stand.event.create')}
      </button>
    </form>
  );
}
