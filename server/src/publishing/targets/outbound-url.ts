import { lookup } from 'node:dns/promises';
import { BlockList, isIP } from 'node:net';
import { DeliveryError } from './delivery.js';

// Addresses a room's facilitator must not make the server talk to: this machine, its private
// network, link-local (cloud metadata) and the like. Anyone can open a room and become its
// facilitator, so a publishing target is an untrusted URL.
const blocked = new BlockList();
for (const [network, prefix] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['224.0.0.0', 3],
] as const) {
  blocked.addSubnet(network, prefix, 'ipv4');
}
for (const [network, prefix] of [
  ['::', 127],
  ['fc00::', 7],
  ['fe80::', 10],
  ['ff00::', 8],
] as const) {
  blocked.addSubnet(network, prefix, 'ipv6');
}

function isPrivateAddress(address: string): boolean {
  const family = isIP(address);
  if (family === 0) return false;
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address)?.[1];
  if (mapped) return blocked.check(mapped, 'ipv4');
  return blocked.check(address, family === 4 ? 'ipv4' : 'ipv6');
}

const hostOf = (url: string) => new URL(url).hostname.replace(/^\[|\]$/g, '');

/** At configuration: refuses a URL that names a private host outright. */
export function privateHostProblem(url: string): string | null {
  const host = hostOf(url);
  if (host === 'localhost' || host.endsWith('.localhost') || isPrivateAddress(host)) {
    return `${host} is a local or private address`;
  }
  return null;
}

/**
 * Before each delivery: the name must not resolve to a private address either. (A name that
 * changes its answer between this lookup and the request is not caught; the server's own
 * firewall is the complete answer.)
 */
export async function checkDestination(url: string, allowPrivate: boolean): Promise<void> {
  if (allowPrivate) return;
  const problem = privateHostProblem(url);
  if (problem) throw new DeliveryError(`refused: ${problem}`, false);
  const host = hostOf(url);
  if (isIP(host)) return;
  const addresses = await lookup(host, { all: true }).catch((error: unknown) => {
    throw new DeliveryError(`cannot resolve ${host}: ${(error as Error).message}`, true);
  });
  const inside = addresses.find((entry) => isPrivateAddress(entry.address));
  if (inside) throw new DeliveryError(`refused: ${host} resolves to the private address ${inside.address}`, false);
}
