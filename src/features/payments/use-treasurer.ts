/** The treasurer's figures, live: due versus received by group, producer and month, late instalments, the CSV. */
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { NO_ROWS, useGroups, useMembers, useProducers } from '../../db/hooks/use-lists';
import { usePayments } from '../../db/hooks/use-payments';
import { localToday } from '../../domain/format/day-format';
import { lateInstalments, treasurerCsvRows, treasurerLines } from '../../domain/payments/payment-views';
import { displayName } from '../../domain/people/member-search';
import { downloadCsv } from '../../ui/download';
import { useFormats } from '../../ui/use-formats';

export function useTreasurer() {
  const { t } = useTranslation();
  const { euros } = useFormats();
  const payments = usePayments();
  const groups = useGroups() ?? NO_ROWS;
  const producers = useProducers() ?? NO_ROWS;
  const members = useMembers() ?? NO_ROWS;
  const [busy, setBusy] = useState(false);
  const today = localToday();
  const view = useMemo(() => {
    if (payments === undefined) return undefined;
    const groupNames = new Map(groups.map((g) => [g.id, g.name]));
    const producerNames = new Map(producers.map((p) => [p.id, p.farm || p.name]));
    const memberNames = new Map(members.map((m) => [m.id, displayName(m)]));
    return {
      lines: treasurerLines(payments),
      late: lateInstalments(payments, today),
      groupName: (id: string) => groupNames.get(id) ?? '',
      producerName: (id: string) => producerNames.get(id) ?? '',
      memberName: (id: string) => memberNames.get(id) ?? t('common.deletedRecord'),
    };
  }, [payments, groups, producers, members, today, t]);

  const exportCsv = async () => {
    if (!view) return;
    setBusy(true);
    try {
      const header = ['group', 'producer', 'month', 'due', 'received', 'remaining'].map((key) => t(`payments.treasurer.${key}`));
      const rows = treasurerCsvRows(view.lines, { header, groupName: view.groupName, producerName: view.producerName, euros });
      await downloadCsv(rows, `paiements-${today}.csv`);
    } finally {
      setBusy(false);
    }
  };
  return { view, today, busy, exportCsv, euros };
}
