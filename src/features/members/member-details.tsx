import { useTranslation } from 'react-i18next';
import type { EventRow, Member } from '../../domain/people/entities';
import { dateTimeFormat } from '../../domain/format/intl-formatters';
import { useDeviceLabel } from '../../ui/use-device-label';
import './members.css';
import { liveMergedSignups } from '../../domain/people/merged-signups';
import { formatPhone } from '../../domain/people/phone';

interface MemberDetailsProps {
  member: Member;
  quarterName: string | undefined;
  /** undefined while loading. */
  signupEvent: EventRow | null | undefined;
}

function useDateTime() {
  const { i18n } = useTranslation();
  const format = dateTimeFormat(i18n.language, { dateStyle: 'long', timeStyle: 'short' });
  return (iso: string) => format.format(new Date(iso));
}

/** Everything known about a member, read-only. */
export function MemberDetails({ member, quarterName, signupEvent }: MemberDetailsProps) {
  const { t } = useTranslation();
  const dateTime = useDateTime();
  const none = t('common.none');
  const or = (value: string) => (value === '' ? none : value);
  const deviceLabel = useDeviceLabel();
  const signupDevice = deviceLabel(member.signupDeviceName, member.signupDeviceId);
  const eventName =
    member.signupEventId === null
      ? t('members.noEvent')
      : signupEvent === undefined
        ? t('common.loading')
        : (signupEvent?.name ?? t('members.eventGone'));

  return (
    <>
      <h2>{t('members.sections.contact')}</h2>
      <dl className="member-details">
        <dt>{t('members.fields.phone')}</dt>
        <dd>{or(formatPhone(member.phone))}</dd>
        <dt>{t('members.fields.email')}</dt>
        <dd>{or(member.email)}</dd>
        <dt>{t('members.fields.noContact')}</dt>
        <dd>{member.noContact ? t('common.yes') : t('common.no')}</dd>
      </dl>
      <h2>{t('members.sections.household')}</h2>
      <dl className="member-details">
        <dt>{t('members.fields.quarter')}</dt>
        <dd>{quarterName ?? t('members.noQuarter')}</dd>
        <dt>{t('members.fields.householdSize')}</dt>
        <dd>{member.householdSize ?? none}</dd>
        <dt>{t('members.fields.interests')}</dt>
        <dd>{member.interests.length === 0 ? none : member.interests.map((kind) => t(`domain.productKind.${kind}`)).join(', ')}</dd>
        <dt>{t('members.fields.notes')}</dt>
        <dd style={{ whiteSpace: 'pre-line' }}>{or(member.notes)}</dd>
      </dl>
      <h2>{t('members.sections.signup')}</h2>
      <dl className="member-details">
        <dt>{t('members.fields.signupEvent')}</dt>
        <dd>{eventName}</dd>
        <dt>{t('members.fields.device')}</dt>
        <dd>{signupDevice}</dd>
        <dt>{t('members.fields.date')}</dt>
        <dd>{dateTime(member.signupAt)}</dd>
      </dl>
      {liveMergedSignups(member).length > 0 && (
        <>
          <h3>{t('members.sections.mergedSignups')}</h3>
          <ul data-testid="merged-signups">
            {liveMergedSignups(member).map((signup) => (
              <li key={`${signup.memberId}-${signup.signupAt}`}>
                {t('members.mergedSignup', {
                  date: dateTime(signup.signupAt),
                  device: deviceLabel(signup.signupDeviceName, signup.signupDeviceId),
                  consentDate: dateTime(signup.consentAt),
                  version: signup.consentTextVersion,
                })}
              </li>
            ))}
          </ul>
        </>
      )}
      <h2>{t('members.sections.consent')}</h2>
      <dl className="member-details">
        <dt>{t('members.fields.consentVersion')}</dt>
        <dd>{member.consentTextVersion}</dd>
        <dt>{t('members.fields.date')}</dt>
        <dd>{dateTime(member.consentAt)}</dd>
        <dt>{t('members.fields.device')}</dt>
        <dd>{member.consentDeviceId === member.signupDeviceId ? signupDevice : deviceLabel('', member.consentDeviceId)}</dd>
      </dl>
      <details>
        <summary>{t('members.consentText')}</summary>
        <p>{t(`domain.consent.${member.consentTextVersion}`)}</p>
      </details>
    </>
  );
}
