import { issueWorkspaceToken, type Ctx } from '../context.js';
import { fieldError, HttpError, validationError } from '../errors.js';
import { json, readJsonBody } from '../http.js';

/**
 * POST /uauth/v2/auth/login/profile {apiKey} → `{token}` (workspace login; public docs
 * help.synerise.com/developers/api/api-authorization/profile-login/, seed 003 "Obtain a new Workspace JWT Token").
 * Missing key → 400; any other key (including a profile API key) → 401 INVALID_API_KEY.
 */
export async function workspaceLogin(ctx: Ctx, request: Request): Promise<Response> {
  const body = await readJsonBody(request);
  const apiKey = body['apiKey'];
  if (apiKey === undefined || apiKey === null || apiKey === '') {
    throw validationError([fieldError('apiKey', 'REQUIRED', 'apiKey is required')]);
  }
  if (apiKey !== ctx.workspaceApiKey) throw new HttpError(401, 'INVALID_API_KEY', 'The API key is not valid');
  const { token } = await issueWorkspaceToken(ctx);
  return json(200, { token });
}
