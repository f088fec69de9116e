import { useState } from 'react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { usePasswordPolicy } from '../usePasswordPolicy';
import { expectState, HookDemo, HookInput, HookState, hookStoryMeta } from '../../../../.storybook/hookKit';

/** `usePasswordPolicy()`: the workspace policy as a live checklist (rule ids to translate). */
function PasswordPolicyDemo() {
  const policy = usePasswordPolicy();
  const [value, setValue] = useState('');
  const rules = policy.evaluate(value);
  return (
    <HookDemo hook="usePasswordPolicy()" description="evaluate(value) gives one entry per rule with passed; passwordRules feeds password managers.">
      <HookInput label="New password" type="password" autoComplete="new-password" value={value} onChange={(e) => setValue(e.target.value)} />
      <ul aria-label="Password rules" style={{ margin: 0, paddingInlineStart: '1.25rem' }}>
        {rules.map((rule) => (
          <li key={rule.id} data-passed={rule.passed || undefined}>
            {rule.passed ? 'passed' : 'not yet'}: {rule.id} {Object.keys(rule.params).length > 0 ? JSON.stringify(rule.params) : ''}
          </li>
        ))}
      </ul>
      <HookState values={{ passed: `${rules.filter((r) => r.passed).length} of ${rules.length}`, minLength: policy.minLength, passwordRules: policy.passwordRules }} />
    </HookDemo>
  );
}

const meta = { ...hookStoryMeta, title: 'Hooks/usePasswordPolicy', component: PasswordPolicyDemo } satisfies Meta<typeof PasswordPolicyDemo>;

export default meta;
type Story = StoryObj<typeof meta>;

export const PartlyMet: Story = {
  play: async ({ canvasElement }) => {
    await userEvent.type(within(canvasElement).getByLabelText('New password'), 'secret1');
    await expectState(canvasElement, 'passed', '4 of 6');
    await expect(canvasElement.querySelectorAll('li:not([data-passed])')).toHaveLength(2);
  },
};

export const FullyMet: Story = {
  play: async ({ canvasElement }) => {
    await userEvent.type(within(canvasElement).getByLabelText('New password'), 'Secret#123');
    await expectState(canvasElement, 'passed', /^(\d+) of \1$/);
    await expect(canvasElement.querySelectorAll('li:not([data-passed])')).toHaveLength(0);
  },
};

export const StrictWorkspace: Story = {
  parameters: { emulator: { settings: { passwordPolicy: { minLength: 12, maxLength: 64, requireAtLeastOneLowercase: true, requireAtLeastOneUppercase: true, requireAtLeastOneNumber: true, requireAtLeastOneNonAlphaNumeric: true } } } },
  play: async ({ canvasElement }) => {
    await expectState(canvasElement, 'minLength', '12');
  },
};
