export { createAuthFlow } from './authFlow';
export type { AuthFlow, AuthFlowOptions, AuthFlowStart } from './authFlow';
export { flowPortOf } from './port';
export type { FlowPort } from './port';
export type {
  FlowCondition, FlowLinkStep, FlowPin, FlowRegisterInput, FlowSignInInput, FlowSnapshot, FlowSocialInput, FlowStatus, FlowStep,
} from './types';
