/**
 * Rows of the members file. A person already known (same name, and same phone or email: the rule of the
 * sign-up's duplicate warning) is not created again; only the group links the row adds are written. A new member
 * is signed up with the consent given on paper, which the row must state (consentement = oui).
 */
import { PAPER_CONSENT_VERSION } from '../people/consent';
import { nameKey, normaliseEmail, normalisePhone } from '../people/normalise';
import { areaId, isRepeated, markSeen } from './plan-entities';
import { PRODUCT_KIND_WORDS, YES_NO_WORDS } from './vocabulary-fr';
import { checkStep, type PlannedStep, type RowContext, type RowOutcome } from './row-planner';

const MEMBER_COLUMNS: Record<string, string> = {
  firstName: 'prenom',
  lastName: 'nom',
  phone: 'telephone',
  email: 'email',
  quarterId: 'quartier',
  householdSize: 'taille_foyer',
  interests: 'envies',
  notes: 'notes',
  consentAt: 'date_consentement',
  consentGiven: 'consentement',
};

/** The keys of a person within one file: their name with their phone, and with their email. */
function personKeys(person: { firstName: string; lastName: string; phone: string; email: string }): string[] {
  const name = nameKey(person.firstName, person.lastName);
  const phone = normalisePhone(person.phone);
  const keys = phone ? [`${name}|${phone}`] : [];
  if (person.email !== '') keys.push(`${name}|${normaliseEmail(person.email)}`);
  return keys;
}

const link = (groupId: string, memberId: string): PlannedStep => ({ name: 'groupMember.add', args: { groupId, memberId } });

function groupIds(ctx: RowContext<'members'>): string[] {
  const ids = ctx.cells.list('groupes').flatMap((name) => {
    const found = ctx.index.group(name);
    if ('id' in found) return [found.id];
    ctx.cells.issue('groupes', found.error, found.params);
    return [];
  });
  return [...new Set(ids)];
}

function householdSize(ctx: RowContext<'members'>): number | null {
  const text = ctx.cells.text('taille_foyer');
  if (text === '') return null;
  if (/^\d+$/.test(text)) return Number(text);
  ctx.cells.issue('taille_foyer', 'validation.householdSize');
  return null;
}

/**
 * When the paper consent was signed: noon UTC of the day written on the form (that day whatever the time zone it is
 * read in), or the import's time when the cell is empty. A day after tomorrow (the slack of the time zones) is
 * refused: a paper already signed cannot be dated in the future.
 */
function paperConsentAt(ctx: RowContext<'members'>): string {
  const { cells, env } = ctx;
  const now = env.now.toISOString();
  const day = cells.date('date_consentement');
  if (!day) return now;
  const tomorrow = new Date(env.now.getTime() + 24 * 60 * 60 * 1000).toISOString().slice(0, 10);
  if (day > tomorrow) cells.issue('date_consentement', 'import.error.futureDate', { value: cells.text('date_consentement') });
  return `${day}T12:00:00.000Z`;
}

export function planMemberRow(ctx: RowContext<'members'>): RowOutcome | null {
  const { cells, index, env } = ctx;
  const person = {
    firstName: cells.text('prenom'),
    lastName: cells.text('nom'),
    phone: cells.text('telephone'),
    email: cells.text('email'),
  };
  const label = `${person.firstName} ${person.lastName}`.trim();
  const keys = personKeys(person);
  if (isRepeated(ctx, keys, 'import.error.duplicatePerson')) return null;
  const groups = groupIds(ctx);
  const known = index.existingMember(person);
  if (known) {
    if (cells.issues.length > 0) return null;
    markSeen(ctx, keys);
    const missing = groups.filter((groupId) => !index.hasLink(groupId, known.id));
    for (const groupId of missing) index.addLink(groupId, known.id);
    return { label, steps: missing.map((groupId) => link(groupId, known.id)), existing: true };
  }
  if (cells.word('consentement', YES_NO_WORDS) !== 'yes') cells.issue('consentement', 'import.error.consentMissing');
  const consentAt = paperConsentAt(ctx);
  const id = env.newId();
  const signUp: PlannedStep = {
    name: 'member.signUp',
    args: {
      id,
      ...person,
      noContact: false,
      quarterId: areaId(ctx, 'quartier') ?? null,
      householdSize: householdSize(ctx),
      interests: cells.words('envies', PRODUCT_KIND_WORDS),
      notes: cells.text('notes'),
      signupEventId: null,
      signupDeviceId: env.deviceId,
      signupDeviceName: env.deviceName,
      // Signed up when the paper was signed: last season's forms are not this month's new sign-ups in the figures.
      signupAt: consentAt,
      consentGiven: true,
      consentTextVersion: PAPER_CONSENT_VERSION,
      consentAt,
      consentDeviceId: env.deviceId,
    },
  };
  checkStep(cells, signUp, MEMBER_COLUMNS);
  if (cells.issues.length > 0) return { label, steps: [], existing: false };
  index.addMember({ id, ...person });
  markSeen(ctx, keys);
  for (const groupId of groups) index.addLink(groupId, id);
  return { label, steps: [signUp, ...groups.map((groupId) => link(groupId, id))], existing: false };
}
