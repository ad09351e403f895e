/**
 * Loyalty: members who collected at N or more of the last M distributions held for them. A distribution counts
 * for a member when a basket was due to them there; it counts as collected when at least one of their baskets was
 * collected (by them or by someone else for them).
 */
import type { Basket } from './baskets';
import { isCollected } from './baskets';

export interface HeldDistribution {
  id: string;
  date: string;
  baskets: readonly Pick<Basket, 'memberId' | 'status'>[];
}

export interface LoyaltyFigure {
  /** Members with at least one basket due among the distributions considered. */
  members: number;
  loyal: number;
  loyalMemberIds: string[];
}

export function loyalty(distributions: readonly HeldDistribution[], atLeast: number, lastCount: number): LoyaltyFigure {
  if (!Number.isInteger(atLeast) || !Number.isInteger(lastCount) || atLeast < 1 || lastCount < 1 || atLeast > lastCount) {
    throw new RangeError('loyalty needs 1 ≤ N ≤ M');
  }
  const history = new Map<string, { date: string; collected: boolean }[]>();
  for (const distribution of distributions) {
    const byMember = new Map<string, boolean>();
    for (const basket of distribution.baskets) {
      byMember.set(basket.memberId, (byMember.get(basket.memberId) ?? false) || isCollected(basket.status));
    }
    for (const [memberId, collected] of byMember) {
      const list = history.get(memberId) ?? [];
      list.push({ date: distribution.date, collected });
      history.set(memberId, list);
    }
  }
  const loyalMemberIds: string[] = [];
  for (const [memberId, list] of history) {
    const last = list.sort((a, b) => b.date.localeCompare(a.date)).slice(0, lastCount);
    if (last.filter((entry) => entry.collected).length >= atLeast) loyalMemberIds.push(memberId);
  }
  return { members: history.size, loyal: loyalMemberIds.length, loyalMemberIds: loyalMemberIds.sort() };
}
