import { useMemo } from 'react';
import type { AuthFlowHandle } from '@synerise-auth/react';
import type { SocialProvider } from '@synerise-auth/core';
import { Button, FormAlert, FormLayout } from '../../primitives';
import type { I18n } from '../../i18n';
import { ConditionalNotice } from '../shared/ConditionalNotice';
import { TermsFields, useTerms } from '../shared/TermsFields';

const NAMES: Record<SocialProvider, string> = { GOOGLE: 'Google', FACEBOOK: 'Facebook', APPLE: 'Apple', OAUTH: 'OAuth' };

/** `socialOffer`: "Create an account with {provider}?" as a step of its own (a focused group, in view). */
export function SocialOfferStep({ flow, i18n }: { flow: AuthFlowHandle; i18n: I18n }) {
  const { t, formatError } = i18n;
  const provider = NAMES[flow.social?.provider ?? 'OAUTH'];
  const title = t('social.createAccount.title', { provider });
  // The offer itself takes focus (`data-flow-focus`), named like the standalone buttons' offer.
  return (
    <div role="group" aria-label={title} tabIndex={-1} data-flow-focus="" className="sa-social-create" data-slot="social-create" data-provider={flow.social?.provider.toLowerCase()}>
      <FormLayout title={title} description={t('social.createAccount.description', { provider })}>
        <FormAlert tone="error">{flow.status === 'error' ? formatError(flow.error) : null}</FormAlert>
        <div className="sa-social-create-actions">
          <Button data-slot="social-create-confirm" loading={flow.status === 'pending'} onClick={() => void flow.acceptSocialOffer()}>
            {t('social.createAccount.confirm')}
          </Button>
          <Button variant="ghost" data-slot="social-create-cancel" onClick={flow.declineSocialOffer}>
            {t('social.createAccount.cancel')}
          </Button>
        </div>
      </FormLayout>
    </div>
  );
}

/** `conditions` after a social sign-in: terms to accept (retried with the same identity), or a notice. */
export function SocialConditionsStep({ flow, i18n }: { flow: AuthFlowHandle; i18n: I18n }) {
  const { t, formatError } = i18n;
  const condition = flow.condition;
  const needsTerms = condition?.status === 'termsAcceptanceRequired';
  const conditions = useMemo(() => (needsTerms && condition ? condition.conditions : []), [needsTerms, condition]);
  const terms = useTerms(conditions);
  const submit = () => {
    if (terms.validate()) void flow.acceptTerms(terms.agreements());
  };
  return (
    <div className="sa-social" data-slot="social-conditions">
      <FormLayout title={needsTerms ? t('status.termsRequired.title') : t('signIn.title')} footer={<Button variant="link" data-slot="back-to-sign-in" onClick={() => flow.goTo('signIn')}>{t('reset.request.backToSignIn')}</Button>}>
        <FormAlert tone="error">{flow.status === 'error' ? formatError(flow.error) : null}</FormAlert>
        {needsTerms ? (
          <div className="sa-form" data-slot="social-terms">
            <TermsFields terms={terms} i18n={i18n} />
            <Button block loading={flow.status === 'pending'} onClick={submit}>{t('status.termsRequired.submit')}</Button>
          </div>
        ) : condition ? (
          <ConditionalNotice result={condition} i18n={i18n} />
        ) : null}
      </FormLayout>
    </div>
  );
}

/** `socialOffer` under `hideRegistration`: no account and no offer to create one, a way back. */
export function RegistrationHidden({ flow, i18n }: { flow: AuthFlowHandle; i18n: I18n }) {
  const { t } = i18n;
  return (
    <div className="sa-registration-hidden" data-slot="registration-hidden">
      <FormLayout title={t('status.registrationRequired.title')}>
        <ConditionalNotice result={{ status: 'registrationRequired' } as never} email={flow.email} i18n={i18n} />
        <Button variant="ghost" data-slot="social-create-cancel" onClick={flow.declineSocialOffer}>
          {t('social.createAccount.cancel')}
        </Button>
      </FormLayout>
    </div>
  );
}
