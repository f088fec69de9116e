import type { Meta, StoryObj } from '@storybook/react-vite';
import { useLayoutEffect, useRef, useState, type RefObject } from 'react';
import { expect, within } from 'storybook/test';
import { contrastRatio } from './contrast';
import { CONTRAST_PAIRS, TOKEN_GROUPS, TOKENS, type TokenName } from './tokens';

type Values = Partial<Record<TokenName, string>>;

/** Reads every --sa-* token with getComputedStyle, so the table always shows what is applied. */
function useTokenValues(): [RefObject<HTMLDivElement | null>, Values] {
  const ref = useRef<HTMLDivElement>(null);
  const [values, setValues] = useState<Values>({});
  useLayoutEffect(() => {
    if (!ref.current) return;
    const style = getComputedStyle(ref.current);
    setValues(Object.fromEntries(TOKENS.map((name) => [name, style.getPropertyValue(name).trim()])));
  }, []);
  return [ref, values];
}

function Swatch({ token }: { token: TokenName }) {
  const base = { display: 'inline-block', inlineSize: '2.5rem', blockSize: '1.5rem', borderRadius: 'var(--sa-radius)', border: '1px solid var(--sa-color-border)' };
  if (token.startsWith('--sa-color')) return <span aria-hidden="true" style={{ ...base, background: `var(${token})` }} />;
  if (token.startsWith('--sa-space')) return <span aria-hidden="true" style={{ ...base, border: 0, inlineSize: `var(${token})`, background: 'var(--sa-color-primary)' }} />;
  if (token === '--sa-shadow' || token === '--sa-focus-ring') return <span aria-hidden="true" style={{ ...base, boxShadow: `var(${token})`, background: 'var(--sa-color-surface)' }} />;
  if (token === '--sa-radius') return <span aria-hidden="true" style={{ ...base, background: 'var(--sa-color-muted)' }} />;
  return <span aria-hidden="true" style={{ fontFamily: 'var(--sa-font-family)', fontSize: token.includes('size') ? `var(${token})` : undefined }}>Aa</span>;
}

const cell = { padding: '0.375rem 0.75rem', borderBlockEnd: '1px solid var(--sa-color-border)', textAlign: 'start' as const };

function TokenTable() {
  const [ref, values] = useTokenValues();
  return (
    <div ref={ref} className="sa-card" style={{ maxInlineSize: '56rem' }}>
      {Object.entries(TOKEN_GROUPS).map(([group, tokens]) => (
        <table key={group} data-token-group={group} style={{ borderCollapse: 'collapse', inlineSize: '100%' }}>
          <caption className="sa-card-title" style={{ textAlign: 'start', paddingBlockEnd: '0.5rem', textTransform: 'capitalize' }}>{group}</caption>
          <thead>
            <tr><th scope="col" style={cell}>Token</th><th scope="col" style={cell}>Computed value</th><th scope="col" style={cell}>Preview</th></tr>
          </thead>
          <tbody>
            {tokens.map((token) => (
              <tr key={token} data-token={token}>
                <th scope="row" style={cell}><code>{token}</code></th>
                <td style={{ ...cell, fontFamily: 'ui-monospace, monospace', fontSize: 'var(--sa-font-size-sm)' }}>{values[token] ?? ''}</td>
                <td style={cell}><Swatch token={token} /></td>
              </tr>
            ))}
          </tbody>
        </table>
      ))}
      <table style={{ borderCollapse: 'collapse', inlineSize: '100%' }}>
        <caption className="sa-card-title" style={{ textAlign: 'start', paddingBlockEnd: '0.5rem' }}>Text contrast (WCAG AA needs 4.5:1)</caption>
        <thead>
          <tr><th scope="col" style={cell}>Text on background</th><th scope="col" style={cell}>Sample</th><th scope="col" style={cell}>Ratio</th></tr>
        </thead>
        <tbody>
          {CONTRAST_PAIRS.map(([fg, bg]) => {
            const ratio = contrastRatio(values[fg] ?? '', values[bg] ?? '');
            return (
              <tr key={`${fg} ${bg}`} data-contrast-ratio={ratio?.toFixed(2)}>
                <th scope="row" style={cell}><code>{fg}</code> on <code>{bg}</code></th>
                <td style={cell}><span style={{ color: `var(${fg})`, background: `var(${bg})`, padding: '0.25rem 0.5rem', borderRadius: 'var(--sa-radius)' }}>Sign in</span></td>
                <td style={cell}>{ratio === undefined ? 'n/a' : `${ratio.toFixed(2)}:1 ${ratio >= 4.5 ? 'AA ✓' : 'fails AA'}`}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

const meta = {
  title: 'Foundations/Design tokens',
  component: TokenTable,
  parameters: { docs: { description: { component: 'Every `--sa-*` CSS variable with its computed value in the current theme (use the Theme toolbar).' } } },
  // Re-mount when the theme changes so values are read again.
  render: (_args, { globals }) => <TokenTable key={`${String(globals.theme)}`} />,
} satisfies Meta<typeof TokenTable>;

export default meta;
type Story = StoryObj<typeof meta>;

const everyTokenHasAValue: Story['play'] = async ({ canvasElement }) => {
  const rows = within(canvasElement).getAllByRole('row').filter((row) => row.dataset.token);
  await expect(rows).toHaveLength(TOKENS.length);
  for (const row of rows) await expect(row.querySelector('td')?.textContent).not.toBe('');
  for (const row of canvasElement.querySelectorAll<HTMLElement>('[data-contrast-ratio]')) {
    await expect(Number(row.dataset.contrastRatio)).toBeGreaterThanOrEqual(4.5);
  }
};

export const Light: Story = { play: everyTokenHasAValue };
export const Dark: Story = { globals: { theme: 'dark' }, play: everyTokenHasAValue };
export const CustomBrand: Story = { globals: { theme: 'brand' }, play: everyTokenHasAValue };
