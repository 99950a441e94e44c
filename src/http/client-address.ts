import { isIPv6 } from 'node:net';

/**
 * The caller's address, for the anonymous rate limit. Behind `trustedProxies` reverse proxies, each
 * of which appends the address it received from to X-Forwarded-For, the client is the entry that
 * many places from the right of that chain (the socket's peer being the last proxy); with none
 * trusted (the default) the header is ignored, since any client can write it.
 */
export function clientAddress(socketAddress: string | undefined, forwardedFor: string | null, trustedProxies: number): string {
  const chain = [...(forwardedFor ?? '').split(',').map((a) => a.trim()).filter(Boolean), socketAddress ?? 'unknown'];
  const address = chain[Math.max(0, chain.length - 1 - trustedProxies)]!;
  return rateLimitSubject(address);
}

/**
 * One budget per IPv4 address, and per IPv6 /64: a single host usually holds a whole /64, so
 * counting each of its addresses apart would give it billions of budgets.
 */
export function rateLimitSubject(address: string): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped) return mapped[1]!;
  if (!isIPv6(address)) return address;
  const [head = '', tail = ''] = address.split('::');
  const groups = (part: string) => (part ? part.split(':') : []);
  const known = groups(head).length + groups(tail).length;
  const full = address.includes('::')
    ? [...groups(head), ...Array<string>(8 - known).fill('0'), ...groups(tail)]
    : groups(address);
  return `${full.slice(0, 4).map((g) => g.toLowerCase().replace(/^0+(?=.)/, '')).join(':')}::/64`;
}
