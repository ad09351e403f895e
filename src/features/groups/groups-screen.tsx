export function GroupsScreen() {
  return <h1>GroupsScreen</h1>;
}
