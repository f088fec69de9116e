export { createSyneriseEmulator, DEFAULT_API_KEY, DEFAULT_BASE_URL } from './emulator.js';
export { defaultSettings, DEFAULT_PASSWORD_MAX_LENGTH } from './settings.js';
export type {
  AgreementName,
  AnonymousProfileView,
  BanSettings,
  EmulatorClock,
  EmulatorOptions,
  EmulatorProfileView,
  FaultKind,
  FaultOptions,
  IdentityMintParams,
  IdentityProvider,
  OAuthProviderSettings,
  OutboxKind,
  OutboxMessage,
  PasswordPolicySettings,
  Realm,
  RegistrationType,
  RequestLogEntry,
  SeedProfile,
  SyneriseEmulator,
  WorkspaceSettings,
} from './types.js';
