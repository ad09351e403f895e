/** Logins of the benchmark's accounts, shared by the server child and the harness. */
export const BENCH_PASSWORD = 'bench-coordination-2026';
export const ADMIN_LOGIN = 'coordination';

export function benchLogin(n: number): string {
  return `bench${String(n).padStart(2, '0')}`;
}
