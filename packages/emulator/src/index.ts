export { createSyneriseEmulator, DEFAULT_API_KEY, DEFAULT_BASE_URL, DEFAULT_WORKSPACE_API_KEY } from './emulator.js';
export { createMswHandlers } from './msw.js';
export { defaultSettings, DEFAULT_PASSWORD_MAX_LENGTH } from './settings.js';
export type {
  AgreementName,
  AnonymousProfileView,
  BanSettings,
  CustomId,
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
  TokenRealm,
  WorkspaceSettings,
} from './types.js';
