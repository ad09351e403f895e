export function MemberDetailScreen({ id }: { id: string }) {
  return <h1>{id}</h1>;
}
