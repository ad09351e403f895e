export function ProducerEditScreen({ id }: { id: string | null }) {
  return <h1>{id}</h1>;
}
