/** Today as the device's calendar shows it (YYYY-MM-DD), not UTC's: a distribution at 23:30 is still today. */
export function todayIso(now = new Date()): string {
  const month = String(now.getMonth() + 1).padStart(2, '0');
  const day = String(now.getDate()).padStart(2, '0');
  return `${now.getFullYear()}-${month}-${day}`;
}
