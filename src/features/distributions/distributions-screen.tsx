import { useState } from 'react';
import { Link } from 'wouter';
import { useTranslation } from 'react-i18next';
import { GroupSelectField } from '../../ui/group-select-field';
import { DistributionList } from './distribution-list';
import { useDistributionList } from './use-distribution-list';
import { useMay } from '../../db/hooks/use-may';

/** The calendar: upcoming distributions first, past ones below, for one group or all. */
export function DistributionsScreen() {
  const { t } = useTranslation();
  const [groupId, setGroupId] = useState('');
  const { loading, groups, groupNames, upcoming, past } = useDistributionList(groupId);
  const mayCreate = useMay('distribution.create', groupId ? { groupId } : {}) === true;

  return (
    <>
      <h1>{t('distributions.title')}</h1>
      <div className="actions">
        {mayCreate && (
          <Link href={groupId ? `/distributions/new?group=${groupId}` : '/distributions/new'} className="button primary">
            {t('distributions.new')}
          </Link>
        )}
        {mayCreate && (
          <Link href={groupId ? `/distributions/season?group=${groupId}` : '/distributions/season'} className="button">
            {t('distributions.season.open')}
          </Link>
        )}
        {/* Contracts and offers are what the baskets are made of: reached from here rather than from the nav. */}
        <Link href="/contracts" className="button">
          {t('distributions.contractsLink')}
        </Link>
        <Link href="/offers" className="button">
          {t('distributions.offersLink')}
        </Link>
      </div>
      <GroupSelectField
        label={t('distributions.filterGroup')}
        groups={groups}
        noneLabel={t('distributions.allGroups')}
        value={groupId}
        onChange={setGroupId}
      />
      {loading ? (
        <p aria-busy="true">{t('common.loading')}</p>
      ) : (
        <>
          <h2>{t('distributions.upcoming')}</h2>
          {upcoming.length === 0 ? (
            <p className="hint">{t('distributions.noUpcoming')}</p>
          ) : (
            <DistributionList label={t('distributions.upcoming')} distributions={upcoming} groupNames={groupNames} />
          )}
          <h2>{t('distributions.past')}</h2>
          {past.length === 0 ? (
            <p className="hint">{t('distributions.noPast')}</p>
          ) : (
            <DistributionList label={t('distributions.past')} distributions={past} groupNames={groupNames} />
          )}
        </>
      )}
    </>
  );
}
