import { createHash, randomBytes } from 'node:crypto';
import type { PrismaClient, Role } from '../generated/prisma/client.js';
import { forgetApiKey } from './principal.js';

const KEY_PREFIX = 'aspire_';

/**
 * Keys carry 256 random bits, so a plain SHA-256 is enough to store them safely (slow password
 * hashes exist for guessable secrets) and lets a request find its key by the hash alone.
 */
export function hashKey(key: string): string {
  return createHash('sha256').update(key).digest('hex');
}

export interface NewKey {
  name: string;
  role: Role;
  agencyId?: string | null;
  organizationId?: string | null;
  expiresAt?: Date | null;
}

/** Creates a key and returns it in clear: the only time it is ever shown. */
export async function createApiKey(prisma: Pick<PrismaClient, 'apiKey'>, input: NewKey) {
  const key = `${KEY_PREFIX}${randomBytes(32).toString('base64url')}`;
  const record = await prisma.apiKey.create({
    data: {
      name: input.name,
      role: input.role,
      agencyId: input.agencyId ?? null,
      organizationId: input.organizationId ?? null,
      expiresAt: input.expiresAt ?? null,
      keyHash: hashKey(key),
      prefix: key.slice(0, KEY_PREFIX.length + 6),
    },
  });
  return { key, record };
}

// ─────────────── shared by the CLI and the GraphQL key management (ADMIN keys) ───────────────

/** An AGENCY key names its agency and an INSTITUTION key its organisation; other roles neither. */
export function tenantProblem(
  role: Role,
  tenant: { agency: boolean; organization: boolean },
): { field: 'agency' | 'organization'; message: string } | null {
  if ((role === 'AGENCY') !== tenant.agency) {
    return { field: 'agency', message: 'An agency goes with the role AGENCY, and only with it.' };
  }
  if ((role === 'INSTITUTION') !== tenant.organization) {
    return { field: 'organization', message: 'An organisation goes with the role INSTITUTION, and only with it.' };
  }
  return null;
}

export type KeyState = 'ACTIVE' | 'REVOKED' | 'EXPIRED';

export function keyState(key: { revokedAt: Date | null; expiresAt: Date | null }, now = new Date()): KeyState {
  if (key.revokedAt) return 'REVOKED';
  return key.expiresAt && key.expiresAt <= now ? 'EXPIRED' : 'ACTIVE';
}

/** Revokes a key that is not revoked yet; false when no such key exists (or it was revoked already). */
export async function revokeApiKey(prisma: Pick<PrismaClient, 'apiKey'>, id: string, now = new Date()): Promise<boolean> {
  const { count } = await prisma.apiKey.updateMany({
    where: { id, revokedAt: null },
    data: { revokedAt: now, version: { increment: 1 } },
  });
  forgetApiKey(id);
  return count > 0;
}
