// Where a webhook may point (SSRF): HTTPS to public addresses, or loopback (plain HTTP only there).
// The rule is applied when a subscription is made and again at every connection, on the address
// the connection really uses, so a DNS answer that changes later cannot turn it inward.
import { lookup as dnsLookup } from 'node:dns';
import { BlockList, isIP, type LookupFunction } from 'node:net';

const LOOPBACK = new BlockList();
LOOPBACK.addSubnet('127.0.0.0', 8, 'ipv4');
LOOPBACK.addAddress('::1', 'ipv6');

/** Private, link-local, shared, reserved and multicast ranges (RFC 6890): never a webhook's target. */
const INTERNAL = new BlockList();
for (const [net, prefix] of [
  ['0.0.0.0', 8], ['10.0.0.0', 8], ['100.64.0.0', 10], ['169.254.0.0', 16], ['172.16.0.0', 12], ['192.0.0.0', 24],
  ['192.0.2.0', 24], ['192.168.0.0', 16], ['198.18.0.0', 15], ['198.51.100.0', 24], ['203.0.113.0', 24], ['224.0.0.0', 3],
] as const) INTERNAL.addSubnet(net, prefix, 'ipv4');
for (const [net, prefix] of [['::', 128], ['64:ff9b::', 96], ['100::', 64], ['2001:db8::', 32], ['fc00::', 7], ['fe80::', 10], ['ff00::', 8]] as const) {
  INTERNAL.addSubnet(net, prefix, 'ipv6');
}

/** An IPv4 address written as IPv6 (::ffff:10.0.0.1) is judged as the IPv4 address it is. */
function plain(address: string): { address: string; type: 'ipv4' | 'ipv6' } {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped) return { address: mapped[1]!, type: 'ipv4' };
  return { address, type: isIP(address) === 6 ? 'ipv6' : 'ipv4' };
}

export const isLoopback = (address: string) => {
  const a = plain(address);
  return LOOPBACK.check(a.address, a.type);
};

/** Why a connection to this address is refused, or null. Plain HTTP goes to loopback only. */
function refusal(address: string, protocol: string): string | null {
  const a = plain(address);
  if (LOOPBACK.check(a.address, a.type)) return null;
  if (INTERNAL.check(a.address, a.type)) return `${address} is a private or reserved address`;
  if (protocol !== 'https:') return 'plain http is allowed only to a loopback address; use https';
  return null;
}

/** A DNS lookup for http(s).request that refuses what `refusal` refuses, at connection time. */
export function guardedLookup(protocol: string): LookupFunction {
  return (hostname, options, callback) => {
    dnsLookup(hostname, { ...options, all: true }, (error, addresses) => {
      if (error) return callback(error, '', 0);
      const list = addresses as { address: string; family: number }[];
      const refused = list.map((a) => refusal(a.address, protocol)).find((r) => r !== null);
      if (refused || list.length === 0) return callback(Object.assign(new Error(`refused: ${refused ?? `${hostname} has no address`}`), { code: 'EWEBHOOKADDRESS' }), '', 0);
      if (options.all) return (callback as unknown as (e: null, all: typeof list) => void)(null, list);
      callback(null, list[0]!.address, list[0]!.family);
    });
  };
}

/** Why this URL cannot be a webhook's, or null: its form, then every address its host has now. */
export async function urlRefusal(text: string): Promise<string | null> {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return 'is not a URL';
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return 'must be an https URL (or http to a loopback address)';
  if (url.username || url.password) return 'must not carry credentials';
  const host = url.hostname.replace(/^\[|\]$/g, '');
  if (url.protocol === 'http:' && host !== 'localhost' && !(isIP(host) && isLoopback(host))) {
    return 'is refused: plain http is allowed only to a loopback address; use https';
  }
  const addresses = isIP(host)
    ? [host]
    : await new Promise<string[]>((resolve) =>
        dnsLookup(host, { all: true }, (error, list) => resolve(error ? [] : list.map((a) => a.address))),
      );
  if (addresses.length === 0) return `names a host that does not resolve (${host})`;
  const refused = addresses.map((a) => refusal(a, url.protocol)).find((r) => r !== null);
  return refused ? `is refused: ${refused}` : null;
}
