import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { axeViolations } from '../testing/axe';
import { Button } from './Button';
import { Card, CardBody, CardTitle, FormLayout } from './Card';

describe('FormLayout', () => {
  it('renders a titled region with a form labelled by the title and a footer', async () => {
    const onSubmit = vi.fn((e: { preventDefault: () => void }) => e.preventDefault());
    const { container } = render(
      <FormLayout title="Sign in" description="Welcome back!" footer={<a href="/register">Create an account</a>} onSubmit={onSubmit}>
        <Button type="submit">Sign in</Button>
      </FormLayout>,
    );
    expect(screen.getByRole('heading', { level: 2, name: 'Sign in' })).toBeTruthy();
    expect(screen.getByRole('region', { name: 'Sign in' })).toBeTruthy();
    const form = screen.getByRole('form', { name: 'Sign in' });
    expect(form.hasAttribute('novalidate')).toBe(true);
    expect(screen.getByRole('contentinfo').textContent).toBe('Create an account');
    await userEvent.setup().click(screen.getByRole('button', { name: 'Sign in' }));
    expect(onSubmit).toHaveBeenCalledTimes(1);
    expect(await axeViolations(container)).toEqual([]);
  });

  it('renders a plain body without onSubmit and honours the heading level', () => {
    render(<FormLayout title="Check your inbox" headingLevel={1}><p>Sent</p></FormLayout>);
    expect(screen.getByRole('heading', { level: 1, name: 'Check your inbox' })).toBeTruthy();
    expect(screen.queryByRole('form')).toBeNull();
    expect(document.querySelector('[data-slot=card-body]')?.textContent).toBe('Sent');
  });
});

describe('Card parts', () => {
  it('compose with data-slot hooks and merged classes', () => {
    const { container } = render(<Card className="x"><CardTitle level={3}>T</CardTitle><CardBody>B</CardBody></Card>);
    expect(container.querySelector('section')?.className).toBe('sa-card x');
    expect(screen.getByRole('heading', { level: 3 }).dataset.slot).toBe('card-title');
  });
});
