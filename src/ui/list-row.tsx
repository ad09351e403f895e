import type { ReactNode } from 'react';

const ROW = { display: 'flex', alignItems: 'center', justifyContent: 'space-between', gap: '0.5rem' } as const;

/** A list item with its text on the left and its action button on the right. */
export function ListRow({ children }: { children: ReactNode }) {
  return <li style={ROW}>{children}</li>;
}
