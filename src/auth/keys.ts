import { createHash, randomBytes } from 'node:crypto';
import type { PrismaClient, Role } from '../generated/prisma/client.js';

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
export async function createApiKey(prisma: PrismaClient, input: NewKey) {
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

/**
 * Why an agency may not hold an AGENCY key, or null. AGENCY keys are for partner agencies, which
 * act on the joint calls they co-run; the lead agency (JST, which leads every call it runs) acts
 * through STAFF keys, and an AGENCY key of its own could do nothing.
 */
export async function agencyKeyRefusal(prisma: PrismaClient, agency: { id: string; code: string }): Promise<string | null> {
  const leads = await prisma.callAgency.count({ where: { agencyId: agency.id, role: 'LEAD' } });
  if (!leads) return null;
  return `${agency.code} leads calls: its people use STAFF keys (--role STAFF). AGENCY keys are for the partner agencies of joint calls.`;
}
