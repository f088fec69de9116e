import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { I18nProvider } from '../i18n/I18nProvider';
import { axeViolations } from '../testing/axe';
import { Checklist } from './Checklist';
import { pl } from '../locales/pl';

const items = [
  { id: 'min', label: 'At least 8 characters', met: true },
  { id: 'upper', label: 'An uppercase letter', met: false },
  { id: 'digit', label: 'A digit', met: true },
];

describe('Checklist', () => {
  it('lists items with met / not met text for screen readers and a summary', async () => {
    const { container } = render(<Checklist title="Your password needs:" items={items} id="rules" />);
    const list = screen.getByRole('list', { name: 'Your password needs:' });
    expect(list.id).toBe('rules');
    const rows = within(list).getAllByRole('listitem');
    expect(rows.map((row) => row.textContent)).toEqual(['✓At least 8 characters: met', '✗An uppercase letter: not met', '✓A digit: met']);
    expect(rows.map((row) => row.hasAttribute('data-met'))).toEqual([true, false, true]);
    const summary = screen.getByRole('status');
    expect(summary.getAttribute('aria-live')).toBe('polite');
    expect(summary.textContent).toBe('Requirements met: 2 of 3.');
    expect(await axeViolations(container)).toEqual([]);
  });

  it('shows neutral bullets for unmet items before anything is typed', () => {
    const items = [
      { id: 'a', label: 'At least 6 characters', met: false },
      { id: 'b', label: 'A digit', met: true },
    ];
    const { container, rerender } = render(<Checklist items={items} pristine />);
    const icons = () => [...container.querySelectorAll('.sa-checklist-icon')].map((n) => n.textContent);
    expect(icons()).toEqual(['•', '✓']);
    expect(container.querySelector('[data-slot="checklist"]')?.getAttribute('data-pristine')).toBe('true');
    rerender(<Checklist items={items} />);
    expect(icons()).toEqual(['✗', '✓']);
  });

  it('says when everything is met (in Polish too)', () => {
    const all = items.map((item) => ({ ...item, met: true }));
    const { container } = render(<I18nProvider catalogue={pl}><Checklist items={all} /></I18nProvider>);
    expect(screen.getByRole('status').textContent).toBe('Wszystkie wymagania są spełnione.');
    expect(container.querySelector('[data-slot=checklist]')?.hasAttribute('data-complete')).toBe(true);
    expect(screen.getAllByRole('listitem')[0]?.textContent).toBe('✓At least 8 characters: spełnione');
  });
});
