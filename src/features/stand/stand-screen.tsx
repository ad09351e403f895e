export function StandScreen() {
  return <h1>StandScreen</h1>;
}
