import { useCallback, useId, useMemo, useRef, useState } from 'react';
import { Checkbox } from '../../primitives';
import type { I18n } from '../../i18n';
import { tDynamic } from './useMessages';

/** Agreement names the server may list in `conditions` (others are passed through as-is). */
export type AgreementName = 'email' | 'sms' | 'push' | 'webPush' | 'bluetooth' | 'rfid' | 'wifi';

export interface TermsState {
  conditions: readonly string[];
  checked: Readonly<Record<string, boolean>>;
  errors: Readonly<Record<string, boolean>>;
  toggle(name: string, value: boolean): void;
  /** All accepted? Otherwise marks the missing ones and focuses the first. */
  validate(): boolean;
  /** `{ [name]: true }` for the accepted conditions (the retry's `agreements`). */
  agreements(): Partial<Record<AgreementName, boolean>>;
  register(name: string): (el: HTMLInputElement | null) => void;
}

/** State of the "accept the terms" checkboxes for TERMS_ACCEPTANCE_REQUIRED. */
export function useTerms(conditions: readonly string[]): TermsState {
  const [checked, setChecked] = useState<Record<string, boolean>>({});
  const [errors, setErrors] = useState<Record<string, boolean>>({});
  const inputs = useRef(new Map<string, HTMLInputElement>());
  const toggle = useCallback((name: string, value: boolean) => {
    setChecked((c) => ({ ...c, [name]: value }));
    if (value) setErrors((e) => ({ ...e, [name]: false }));
  }, []);
  const validate = useCallback(() => {
    const missing = conditions.filter((name) => !checked[name]);
    setErrors(Object.fromEntries(missing.map((name) => [name, true])));
    if (missing[0]) inputs.current.get(missing[0])?.focus();
    return missing.length === 0;
  }, [conditions, checked]);
  const agreements = useCallback(
    () => Object.fromEntries(conditions.filter((name) => checked[name]).map((name) => [name, true])) as Partial<Record<AgreementName, boolean>>,
    [conditions, checked],
  );
  const register = useCallback(
    (name: string) => (el: HTMLInputElement | null) => {
      if (el) inputs.current.set(name, el);
      else inputs.current.delete(name);
    },
    [],
  );
  return useMemo(() => ({ conditions, checked, errors, toggle, validate, agreements, register }), [conditions, checked, errors, toggle, validate, agreements, register]);
}

/** One required checkbox per missing condition, inside a labelled group. */
export function TermsFields({ terms, i18n, disabled }: { terms: TermsState; i18n: I18n; disabled?: boolean }) {
  const { t } = i18n;
  const legendId = `sa-terms${useId().replace(/:/g, '')}`;
  const names = terms.conditions.map((name) => tDynamic(i18n, `agreement.${name}`, name));
  return (
    <fieldset className="sa-terms" data-slot="terms" aria-describedby={legendId}>
      <legend className="sa-label" data-slot="terms-title">{t('status.termsRequired.title')}</legend>
      <p className="sa-hint" id={legendId}>{t('status.termsRequired.description', { agreements: names.join(', ') })}</p>
      {terms.conditions.map((name, index) => (
        <Checkbox
          key={name}
          ref={terms.register(name)}
          name={`terms.${name}`}
          label={names[index]}
          required
          disabled={disabled}
          checked={Boolean(terms.checked[name])}
          onChange={(event) => terms.toggle(name, event.target.checked)}
          error={terms.errors[name] ? t('validation.agreementRequired') : undefined}
        />
      ))}
    </fieldset>
  );
}
