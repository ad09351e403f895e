/**
 * TRUST_PROXY: whether the client address is read from X-Forwarded-For, as Fastify's `trustProxy` option. Off by
 * default: a server facing the internet directly would otherwise let any client choose the address the login limits
 * count by. Behind a reverse proxy it must be on, or every client has the proxy's address and one person's attempts
 * lock everyone out. Values: unset, "", "0" or "false": off; "true" or "1": trust every hop; otherwise a
 * comma-separated list of the proxies' addresses or CIDR ranges (e.g. "127.0.0.1" for a proxy on the same
 * machine), the safest choice since a client cannot then forge its address through an extra header.
 */
export type TrustProxy = boolean | string;

export function readTrustProxy(value: string | undefined): TrustProxy {
  const text = value?.trim().toLowerCase() ?? '';
  if (text === '' || text === '0' || text === 'false') return false;
  if (text === '1' || text === 'true') return true;
  const parts = text
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part !== '');
  if (!parts.every((part) => /^[0-9a-f:.]+(\/\d{1,3})?$/.test(part))) {
    throw new Error(`TRUST_PROXY must be true, false or the proxies' addresses or CIDR ranges separated by commas, got "${value}"`);
  }
  return parts.join(',');
}
