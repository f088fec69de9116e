import type { SeededRandom } from './random.js';
import type { AgreementName, CustomId, IdentityProvider, SeedProfile, TokenRealm } from './types.js';

export const AGREEMENT_NAMES: AgreementName[] = ['email', 'sms', 'push', 'webPush', 'bluetooth', 'rfid', 'wifi'];

export interface PendingPin {
  code: string;
  expiresAt: number;
  sentAt: number;
  deviceId: string | null;
  /** uuid of the profile that requested the PIN (the PIN is confirmed from the same device) */
  uuid: string | null;
  /** password to set on confirmation (PIN confirming a password on an external-only account) */
  pendingPassword?: string;
}

export interface OneTimeToken {
  value: string;
  expiresAt: number;
}

export interface ProfileRecord {
  id: number;
  email: string;
  uuid: string;
  password: string | null;
  customId: CustomId | null;
  firstName: string | null;
  lastName: string | null;
  fields: Record<string, unknown>;
  activated: boolean;
  emailConfirmed: boolean;
  mfaRequired: boolean;
  approvalRequired: boolean;
  agreements: Record<AgreementName, boolean>;
  attributes: Record<string, unknown>;
  tags: string[];
  identities: Array<{ provider: IdentityProvider; subject: string }>;
  mergedAnonymousUuids: string[];
  mergedEventCount: number;
  failedLoginAttempts: number;
  lockedUntil: number | null;
  pin: PendingPin | null;
  activationToken: OneTimeToken | null;
  resetToken: OneTimeToken | null;
  createdAt: number;
}

export interface AnonymousRecord {
  id: number;
  uuid: string;
  eventCount: number;
  mergedInto: string | null;
}

export interface IssuedToken {
  jti: string;
  realm: TokenRealm;
  /** customer e-mail (client), anonymous uuid, or 'workspace' */
  subjectKey: string;
  /** profile uuid (null for workspace tokens) */
  uuid: string | null;
  /** epoch seconds */
  exp: number;
  /** epoch ms */
  ctd: number;
  origin: string;
  revoked: boolean;
  deviceId: string | null;
}

export function emptyAgreements(): Record<AgreementName, boolean> {
  return { email: false, sms: false, push: false, webPush: false, bluetooth: false, rfid: false, wifi: false };
}

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

/** All mutable server state; `clear()` empties it (used by reset). */
export class Store {
  readonly profiles = new Map<string, ProfileRecord>();
  readonly anonymous = new Map<string, AnonymousRecord>();
  readonly tokens = new Map<string, IssuedToken>();
  /** opaque token string → jti (opaqueTokens mode) */
  readonly opaque = new Map<string, string>();
  private nextId = 1000;

  constructor(private readonly random: SeededRandom) {}

  newId(): number {
    this.nextId += 1;
    return this.nextId;
  }

  clear(): void {
    this.profiles.clear();
    this.anonymous.clear();
    this.tokens.clear();
    this.opaque.clear();
    this.nextId = 1000;
  }

  findByEmail(email: string): ProfileRecord | undefined {
    return this.profiles.get(normalizeEmail(email));
  }

  /** customId is any JSON scalar: `123` and `"123"` name the same profile. */
  findByCustomId(customId: CustomId): ProfileRecord | undefined {
    for (const p of this.profiles.values()) if (p.customId !== null && String(p.customId) === String(customId)) return p;
    return undefined;
  }

  findByUuid(uuid: string): ProfileRecord | undefined {
    for (const p of this.profiles.values()) if (p.uuid === uuid) return p;
    return undefined;
  }

  findByIdentity(provider: IdentityProvider, subject: string): ProfileRecord | undefined {
    for (const p of this.profiles.values()) {
      if (p.identities.some((i) => i.provider === provider && i.subject === subject)) return p;
    }
    return undefined;
  }

  createProfile(seed: SeedProfile, nowMs: number): ProfileRecord {
    const record: ProfileRecord = {
      id: this.newId(),
      email: normalizeEmail(seed.email),
      uuid: seed.uuid ?? this.random.uuid(),
      password: seed.password ?? null,
      customId: seed.customId ?? null,
      firstName: seed.firstName ?? null,
      lastName: seed.lastName ?? null,
      fields: { ...(seed.fields ?? {}) },
      activated: seed.activated ?? true,
      emailConfirmed: seed.activated ?? true,
      mfaRequired: seed.mfaRequired ?? false,
      approvalRequired: seed.approvalRequired ?? false,
      agreements: { ...emptyAgreements(), ...stripUndefined(seed.agreements ?? {}) },
      attributes: { ...(seed.attributes ?? {}) },
      tags: [...(seed.tags ?? [])],
      identities: [...(seed.identities ?? [])],
      mergedAnonymousUuids: [],
      mergedEventCount: 0,
      failedLoginAttempts: 0,
      lockedUntil: null,
      pin: null,
      activationToken: null,
      resetToken: null,
      createdAt: nowMs,
    };
    this.profiles.set(record.email, record);
    return record;
  }

  anonymousFor(uuid: string): AnonymousRecord {
    let rec = this.anonymous.get(uuid);
    if (!rec) {
      rec = { id: this.newId(), uuid, eventCount: 0, mergedInto: null };
      this.anonymous.set(uuid, rec);
    }
    return rec;
  }

  /**
   * Moves the anonymous history of `uuid` into the customer (sign-in with the same uuid).
   * Events made after an earlier merge (e.g. signed out, same uuid) are merged on the next sign-in.
   */
  mergeAnonymous(profile: ProfileRecord, uuid: string | null | undefined): void {
    if (!uuid) return;
    const anon = this.anonymous.get(uuid);
    if (!anon) return;
    anon.mergedInto = profile.email;
    if (!profile.mergedAnonymousUuids.includes(uuid)) profile.mergedAnonymousUuids.push(uuid);
    profile.mergedEventCount += anon.eventCount;
    anon.eventCount = 0;
  }

  revokeProfileTokens(subjectKey: string): number {
    let n = 0;
    for (const t of this.tokens.values()) {
      if (t.subjectKey === subjectKey && !t.revoked) {
        t.revoked = true;
        n += 1;
      }
    }
    return n;
  }

  /** By e-mail: the customer's tokens. By uuid: the customer with that uuid and that uuid's anonymous tokens. */
  revokeTokensOf(emailOrUuid: string): number {
    const profile = this.findByEmail(emailOrUuid) ?? this.findByUuid(emailOrUuid);
    let n = profile ? this.revokeProfileTokens(profile.email) : 0;
    for (const t of this.tokens.values()) {
      if (t.realm === 'anonymous_client' && t.uuid === emailOrUuid && !t.revoked) {
        t.revoked = true;
        n += 1;
      }
    }
    return n;
  }

  revokeAll(): void {
    for (const t of this.tokens.values()) t.revoked = true;
  }
}

function stripUndefined<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}
