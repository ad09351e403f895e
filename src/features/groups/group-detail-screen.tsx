export function GroupDetailScreen({ id }: { id: string }) {
  return <h1>{id}</h1>;
}
