// @synerise-auth/core/server — Node only (a workspace API key or token never reaches a
// browser). Never imported by the `.` entry.
export { createSettingsLoader, DEFAULT_SETTINGS_TTL_SECONDS, loadAuthSettings } from './settingsLoader';
export type { SettingsLoader, SettingsLoaderOptions } from './settingsLoader';
export { toSettingsInput } from './settingsReply';
export { WORKSPACE_ENDPOINTS } from './workspaceEndpoints';
export type { WorkspaceEndpointName, WorkspaceEndpointPaths } from './workspaceEndpoints';
export type { AuthSettingsInput } from '../api/contract';
