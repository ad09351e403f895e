export function MembersScreen() {
  return <h1>MembersScreen</h1>;
}
