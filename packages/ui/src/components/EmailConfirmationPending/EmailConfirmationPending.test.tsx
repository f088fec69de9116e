import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { EmailConfirmationPending } from './EmailConfirmationPending';
import { expectAccessible } from '../testing/axe';

describe('EmailConfirmationPending', () => {
  it('tells where the link went and continues', async () => {
    const onContinue = vi.fn();
    const { container } = render(<EmailConfirmationPending email="ann@example.com" onContinue={onContinue} messages={{ 'common.continue': 'Go shopping' }} />);
    expect(screen.getByText(/We sent a confirmation link to ann@example.com/)).toBeTruthy();
    await expectAccessible(container);
    await userEvent.click(screen.getByRole('button', { name: 'Go shopping' }));
    expect(onContinue).toHaveBeenCalledTimes(1);
  });
});
