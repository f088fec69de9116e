import type { AnonymousRecord, ProfileRecord } from './store.js';
import type { AnonymousProfileView, EmulatorProfileView } from './types.js';

export function profileView(p: ProfileRecord): EmulatorProfileView {
  return {
    id: p.id,
    email: p.email,
    uuid: p.uuid,
    customId: p.customId,
    firstName: p.firstName,
    lastName: p.lastName,
    activated: p.activated,
    emailConfirmed: p.emailConfirmed,
    hasPassword: p.password !== null,
    mfaRequired: p.mfaRequired,
    approvalRequired: p.approvalRequired,
    agreements: { ...p.agreements },
    attributes: structuredClone(p.attributes),
    tags: [...p.tags],
    identities: p.identities.map((i) => ({ ...i })),
    mergedAnonymousUuids: [...p.mergedAnonymousUuids],
    mergedEventCount: p.mergedEventCount,
    failedLoginAttempts: p.failedLoginAttempts,
    lockedUntil: p.lockedUntil,
    pendingPin: p.pin ? { expiresAt: p.pin.expiresAt, deviceId: p.pin.deviceId, uuid: p.pin.uuid, sentAt: p.pin.sentAt } : null,
    createdAt: p.createdAt,
  };
}

export function anonymousView(a: AnonymousRecord): AnonymousProfileView {
  return { uuid: a.uuid, id: a.id, eventCount: a.eventCount, mergedInto: a.mergedInto };
}
