import { useEffect, useMemo, useRef, type ReactNode } from 'react';
import { Button, FormAlert, cx } from '../../primitives';
import type { I18n } from '../../i18n';
import { ConditionalNotice, isNoticeStatus } from '../shared/ConditionalNotice';
import { TermsFields, useTerms } from '../shared/TermsFields';
import type { SocialFlow } from './useSocialFlow';

export interface SocialFlowViewProps {
  flow: SocialFlow;
  /** Display name, e.g. "Google". */
  providerName: string;
  i18n: I18n;
  /** The provider button (ours, or the provider's own widget). */
  children: ReactNode;
  className?: string;
}

/** Renders a social button and whatever its flow needs next (create-account prompt, terms, notice, error). */
export function SocialFlowView({ flow, providerName, i18n, children, className }: SocialFlowViewProps) {
  const { t, formatError } = i18n;
  const conditions = useMemo(() => (flow.state === 'terms' && flow.result && 'conditions' in flow.result ? flow.result.conditions : []), [flow.state, flow.result]);
  const terms = useTerms(conditions);
  const errorText = flow.state !== 'error' ? null : flow.error?.code === 'ABORTED' ? t('social.failed', { provider: providerName }) : formatError(flow.error);
  // Inside <AuthFlow> the offer, terms and notices are its steps (focused, in view).
  const inline = !flow.inAuthFlow;

  const root = useRef<HTMLDivElement>(null);
  const offer = useRef<HTMLDivElement>(null);
  const previous = useRef(flow.state);
  // Focus follows the flow: the create-account offer is scrolled into view and focused (it
  // would otherwise appear below the fold, looking like nothing happened); after any other
  // outcome a focus that was dropped goes back to the provider button.
  useEffect(() => {
    const changed = previous.current !== flow.state;
    previous.current = flow.state;
    if (!changed) return;
    if (flow.state === 'confirmCreate' && offer.current) {
      offer.current.scrollIntoView?.({ block: 'nearest' });
      offer.current.focus({ preventScroll: true });
      return;
    }
    if (flow.state === 'pending' || flow.state === 'success') return;
    const active = document.activeElement;
    if (!active || active === document.body) root.current?.querySelector<HTMLElement>('[data-slot="social-button"]')?.focus();
  }, [flow.state]);

  const onTerms = () => {
    if (terms.validate()) void flow.acceptTerms(terms.agreements());
  };

  return (
    <div ref={root} className={cx('sa-social', className)} data-slot="social" data-provider={flow.provider.toLowerCase()} data-state={flow.state}>
      {children}
      <FormAlert tone="error">{errorText}</FormAlert>
      <span className="sa-visually-hidden" role="status" data-slot="social-announcement">
        {inline && flow.state === 'confirmCreate' ? `${t('social.createAccount.title', { provider: providerName })} ${t('social.createAccount.description', { provider: providerName })}` : ''}
      </span>
      {inline && flow.state === 'confirmCreate' ? (
        <div ref={offer} tabIndex={-1} className="sa-social-create" role="group" aria-labelledby={`sa-create-${flow.provider}`} data-slot="social-create">
          <p className="sa-label" id={`sa-create-${flow.provider}`}>{t('social.createAccount.title', { provider: providerName })}</p>
          <p className="sa-hint">{t('social.createAccount.description', { provider: providerName })}</p>
          <div className="sa-social-create-actions">
            <Button data-slot="social-create-confirm" onClick={() => void flow.confirmCreate()}>
              {t('social.createAccount.confirm')}
            </Button>
            <Button variant="ghost" data-slot="social-create-cancel" onClick={flow.cancel}>
              {t('social.createAccount.cancel')}
            </Button>
          </div>
        </div>
      ) : null}
      {inline && flow.state === 'terms' ? (
        <div className="sa-form" data-slot="social-terms">
          <TermsFields terms={terms} i18n={i18n} />
          <Button block onClick={onTerms}>{t('status.termsRequired.submit')}</Button>
        </div>
      ) : null}
      {inline && flow.state === 'notice' && flow.result && isNoticeStatus(flow.result) ? <ConditionalNotice result={flow.result} i18n={i18n} /> : null}
    </div>
  );
}
