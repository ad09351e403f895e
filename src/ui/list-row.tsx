import type { ReactNode } from 'react';

/** A list item with its text on the left and its action button on the right. */
export function ListRow({ children }: { children: ReactNode }) {
  return <li className="list-row">{children}</li>;
}
