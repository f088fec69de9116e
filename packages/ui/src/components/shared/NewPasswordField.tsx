import { useId, type ComponentProps } from 'react';
import type { PasswordPolicyResult } from '@synerise-auth/react';
import { Checklist, Field, PasswordInput } from '../../primitives';
import type { I18n } from '../../i18n';
import { passwordRuleKey } from './useMessages';

export interface NewPasswordFieldProps extends Omit<ComponentProps<'input'>, 'type' | 'value'> {
  /** Current value, for the live checklist. */
  value: string;
  policy: PasswordPolicyResult;
  label: string;
  error?: string;
  i18n: I18n;
}

/**
 * New-password input (`autocomplete="new-password"`, `minLength`/`maxLength`/`passwordrules`
 * from the workspace policy, show/hide) with a live rule checklist announced politely.
 * The max-length rule is listed only once it is broken.
 */
export function NewPasswordField({ value, policy, label, error, i18n, ...input }: NewPasswordFieldProps) {
  const { t } = i18n;
  const checklistId = `sa-rules${useId().replace(/:/g, '')}`;
  const items = policy
    .evaluate(value)
    .filter((rule) => rule.id !== 'maxLength' || !rule.passed)
    .map((rule) => ({ id: rule.id, label: t(passwordRuleKey(rule.id), rule.params), met: rule.passed }));
  const hints = { passwordrules: policy.passwordRules } as Record<string, string>;
  return (
    <div className="sa-new-password" data-slot="new-password">
      <Field label={label} error={error} required>
        <PasswordInput
          autoComplete="new-password"
          minLength={policy.minLength}
          maxLength={policy.maxLength}
          aria-describedby={checklistId}
          {...hints}
          {...input}
        />
      </Field>
      <Checklist id={checklistId} title={t('password.rulesTitle')} items={items} pristine={value === ''} />
    </div>
  );
}
