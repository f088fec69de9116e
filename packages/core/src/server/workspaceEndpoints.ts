// The workspace-token rows of the endpoint table (the browser rows are in ../api/endpoints.ts).
// Only a shop's server may call them: every `/sauth/settings/...` endpoint is for a Synerise
// User / workspace token with SAUTH_SETTINGS_READ (seed 003); a profile token gets 403.
import type { EndpointSpec } from '../api/endpoints';

export const WORKSPACE_ENDPOINTS = {
  // public docs help.synerise.com/developers/api/api-authorization/profile-login/ (seed 003 "Obtain a new Workspace JWT Token")
  workspaceLogin: {
    method: 'POST', path: '/uauth/v2/auth/login/profile', auth: 'none', apiVersion: false, required: ['apiKey'], optional: [],
    inferred: false,
  },
  // seed 003 "Get Synerise Auth settings" (API consumer: Synerise User, permission SAUTH_SETTINGS_READ)
  authSettings: {
    method: 'GET', path: '/sauth/settings/synerise-auth', auth: 'workspace', apiVersion: false, required: [], optional: [],
    inferred: false,
  },
  // seed 003 OAuth settings per provider; `{provider}` is google, facebook or apple
  oauthSettings: {
    method: 'GET', path: '/sauth/settings/oauth/{provider}', auth: 'workspace', apiVersion: false, required: [], optional: [],
    inferred: false,
  },
} as const satisfies Record<string, EndpointSpec>;

export type WorkspaceEndpointName = keyof typeof WORKSPACE_ENDPOINTS;
export type WorkspaceEndpointPaths = Record<WorkspaceEndpointName, string>;
