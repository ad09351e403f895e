/**
 * What an import is matched against: the live rows of the device, plus the rows the same import will create, so
 * that a members file can name a group created by the groups file applied before it. Names are compared folded
 * (no accents, case or extra spaces).
 */
import type { Contract, Offer } from '../distribution/distribution-entities';
import type { Area, Group, GroupMember, Member, Producer } from '../people/entities';
import { DuplicateIndex, findPossibleDuplicates, type IdentifiedPerson, type PersonIdentity } from '../people/duplicates';
import { joinId } from '../rows/ids';
import { normaliseEmail, normalisePhone, nameKey } from '../people/normalise';
import type { Rhythm } from '../people/vocabulary';
import type { ProductKind } from '../people/product-kinds';
import { closestName } from './cells';
import { foldWord } from './vocabulary-fr';

export interface ExistingData {
  areas: Pick<Area, 'id' | 'name'>[];
  producers: Pick<Producer, 'id' | 'name' | 'farm' | 'productKinds'>[];
  groups: Pick<Group, 'id' | 'name' | 'rhythm'>[];
  members: Pick<Member, 'id' | 'firstName' | 'lastName' | 'phone' | 'email'>[];
  groupLinks: Pick<GroupMember, 'groupId' | 'memberId'>[];
  offers: Pick<Offer, 'id' | 'producerId' | 'name'>[];
  contracts: Pick<Contract, 'memberId' | 'offerId' | 'startDate'>[];
}

type Found = { id: string } | { error: string; params: Record<string, string> };

interface NamedGroup {
  id: string;
  name: string;
  rhythm: Rhythm;
}
interface NamedProducer {
  id: string;
  name: string;
  farm: string;
  productKinds: readonly ProductKind[];
}

export function producerKey(name: string, farm: string): string {
  return `${foldWord(name)}|${foldWord(farm)}`;
}

export function contractKey(memberId: string, offerId: string, startDate: string): string {
  return joinId(memberId, offerId, startDate);
}

export class ImportIndex {
  private readonly areas: Pick<Area, 'id' | 'name'>[];
  private readonly producers: NamedProducer[];
  private readonly groups = new Map<string, NamedGroup>();
  // Members by name, phone and email, and for the sign-up's duplicate rule: a row is checked against a few, not all.
  private readonly membersByName = new Map<string, IdentifiedPerson[]>();
  private readonly membersByPhone = new Map<string, IdentifiedPerson[]>();
  private readonly membersByEmail = new Map<string, IdentifiedPerson[]>();
  private readonly duplicates = new DuplicateIndex<IdentifiedPerson>([]);
  private readonly links: Set<string>;
  private readonly offers = new Map<string, string>();
  private readonly contracts: Set<string>;

  constructor(data: ExistingData) {
    this.areas = [...data.areas];
    this.producers = [...data.producers];
    for (const group of data.groups) this.addGroup(group);
    for (const member of data.members) this.addMember(member);
    this.links = new Set(data.groupLinks.map((link) => joinId(link.groupId, link.memberId)));
    for (const offer of data.offers) this.addOffer(offer);
    this.contracts = new Set(data.contracts.map((c) => contractKey(c.memberId, c.offerId, c.startDate)));
  }

  private byName<T extends { id: string; name: string }>(typed: string, rows: readonly T[], unknown: string): Found {
    const matches = rows.filter((row) => foldWord(row.name) === foldWord(typed));
    if (matches.length === 1) return { id: matches[0].id };
    if (matches.length > 1) return { error: 'import.error.ambiguousName', params: { value: typed } };
    const closest = closestName(
      typed,
      rows.map((row) => row.name),
    );
    return closest ? { error: `${unknown}Closest`, params: { value: typed, closest } } : { error: unknown, params: { value: typed } };
  }

  area(name: string): Found {
    return this.byName(name, this.areas, 'import.error.unknownArea');
  }

  existingArea(name: string): Pick<Area, 'id' | 'name'> | undefined {
    return this.areas.find((area) => foldWord(area.name) === foldWord(name));
  }

  addArea(area: Pick<Area, 'id' | 'name'>): void {
    this.areas.push(area);
  }

  group(name: string): Found {
    return this.byName(name, [...this.groups.values()], 'import.error.unknownGroup');
  }

  groupById(id: string): NamedGroup | undefined {
    return [...this.groups.values()].find((group) => group.id === id);
  }

  addGroup(group: NamedGroup): void {
    this.groups.set(foldWord(group.name), group);
  }

  existingGroup(name: string): NamedGroup | undefined {
    return this.groups.get(foldWord(name));
  }

  producer(name: string): Found {
    return this.byName(name, this.producers, 'import.error.unknownProducer');
  }

  producerById(id: string): NamedProducer | undefined {
    return this.producers.find((producer) => producer.id === id);
  }

  existingProducer(name: string, farm: string): NamedProducer | undefined {
    return this.producers.find((producer) => producerKey(producer.name, producer.farm) === producerKey(name, farm));
  }

  addProducer(producer: NamedProducer): void {
    this.producers.push(producer);
  }

  /**
   * The member a row names: the same person (name and phone or email), or by email or phone alone. Their name comes
   * with them, for a row that gives only an email or a phone.
   */
  member(person: PersonIdentity): { id: string; name: string } | { error: string; params: Record<string, string> } {
    let matches: IdentifiedPerson[];
    if (person.firstName !== '') {
      const named = this.membersByName.get(nameKey(person.firstName, person.lastName)) ?? [];
      matches = person.phone === '' && person.email === '' ? named : findPossibleDuplicates(person, named).map((d) => d.person);
    } else {
      const phone = normalisePhone(person.phone);
      const email = person.email === '' ? null : normaliseEmail(person.email);
      const found = [
        ...(phone === null ? [] : (this.membersByPhone.get(phone) ?? [])),
        ...(email === null ? [] : (this.membersByEmail.get(email) ?? [])),
      ];
      matches = [...new Map(found.map((m) => [m.id, m])).values()];
    }
    if (matches.length === 1) return { id: matches[0].id, name: [matches[0].firstName, matches[0].lastName].filter(Boolean).join(' ') };
    const value = [person.firstName, person.lastName, person.email, person.phone].filter((part) => part !== '').join(' ');
    if (matches.length > 1) return { error: 'import.error.ambiguousMember', params: { value } };
    return { error: 'import.error.unknownMember', params: { value } };
  }

  existingMember(person: PersonIdentity): IdentifiedPerson | undefined {
    return this.duplicates.find(person)[0]?.person;
  }

  addMember(member: IdentifiedPerson): void {
    const add = (map: Map<string, IdentifiedPerson[]>, key: string | null) => {
      if (key === null || key === '') return;
      const list = map.get(key);
      if (list) list.push(member);
      else map.set(key, [member]);
    };
    add(this.membersByName, nameKey(member.firstName ?? '', member.lastName ?? ''));
    add(this.membersByPhone, normalisePhone(member.phone ?? ''));
    add(this.membersByEmail, member.email ? normaliseEmail(member.email) : null);
    this.duplicates.add(member);
  }

  hasLink(groupId: string, memberId: string): boolean {
    return this.links.has(joinId(groupId, memberId));
  }

  addLink(groupId: string, memberId: string): void {
    this.links.add(joinId(groupId, memberId));
  }

  offer(producerId: string, name: string): string | undefined {
    return this.offers.get(`${producerId}|${foldWord(name)}`);
  }

  addOffer(offer: { id: string; producerId: string; name: string }): void {
    this.offers.set(`${offer.producerId}|${foldWord(offer.name)}`, offer.id);
  }

  hasContract(key: string): boolean {
    return this.contracts.has(key);
  }

  addContract(key: string): void {
    this.contracts.add(key);
  }
}
