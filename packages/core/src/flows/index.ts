export { jwtExpiry, toConditionalResult, toPublicConditionalResult } from './conditional';
export type { ConditionalResult, ConditionalResultStatus, PublicConditionalResult } from './conditional';
export { registrationOutcome } from './registration';
export type { RegistrationOutcome } from './registration';
export { createPinTracker, DEFAULT_PIN_RESEND_COOLDOWN_SECONDS, DEFAULT_PIN_TRACKER_PREFIX } from './pinTracker';
export type { PinStatus, PinTracker, PinTrackerOptions } from './pinTracker';
export { errorFieldsToForm } from './formErrors';
