import type { Producer } from '../../domain/people/entities';
import type { ProductKind } from '../../domain/people/product-kinds';
import type { MobilisationStep } from '../../domain/people/vocabulary';

export type OrganicFilter = 'all' | 'organic' | 'notOrganic';

export interface ProducerFilter {
  productKind: ProductKind | 'all';
  organic: OrganicFilter;
  /** An area id (commune or quarter), or 'all'. */
  areaId: string;
  mobilisation: MobilisationStep | 'all';
}

export const NO_FILTER: ProducerFilter = { productKind: 'all', organic: 'all', areaId: 'all', mobilisation: 'all' };

export function filterProducers(producers: readonly Producer[], filter: ProducerFilter): Producer[] {
  return producers.filter(
    (producer) =>
      (filter.productKind === 'all' || producer.productKinds.includes(filter.productKind)) &&
      (filter.organic === 'all' || producer.organic === (filter.organic === 'organic')) &&
      (filter.areaId === 'all' || producer.communeId === filter.areaId) &&
      // Producers recorded before the step existed have none: they were at least contacted.
      (filter.mobilisation === 'all' || (producer.mobilisation ?? 'contacted') === filter.mobilisation),
  );
}
