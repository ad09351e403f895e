export function ProducersScreen() {
  return <h1>ProducersScreen</h1>;
}
