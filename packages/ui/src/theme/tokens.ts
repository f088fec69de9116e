/** Every design token (CSS custom property) defined in styles.css, grouped for docs. */
export const TOKEN_GROUPS = {
  color: [
    '--sa-color-background', '--sa-color-foreground',
    '--sa-color-surface', '--sa-color-surface-foreground',
    '--sa-color-primary', '--sa-color-primary-foreground',
    '--sa-color-muted', '--sa-color-muted-foreground',
    '--sa-color-border', '--sa-color-input', '--sa-color-ring',
    '--sa-color-danger', '--sa-color-danger-foreground',
    '--sa-color-success', '--sa-color-success-foreground',
    '--sa-color-warning', '--sa-color-warning-foreground',
  ],
  space: ['--sa-space-1', '--sa-space-2', '--sa-space-3', '--sa-space-4', '--sa-space-5', '--sa-space-6'],
  typography: ['--sa-font-family', '--sa-font-size-sm', '--sa-font-size-md', '--sa-font-size-lg'],
  shape: ['--sa-radius', '--sa-shadow', '--sa-focus-ring'],
} as const;

export type TokenName = (typeof TOKEN_GROUPS)[keyof typeof TOKEN_GROUPS][number];

export const TOKENS: readonly TokenName[] = Object.values(TOKEN_GROUPS).flat();

/** Text/background pairs that must reach WCAG AA contrast (4.5:1). */
export const CONTRAST_PAIRS: ReadonlyArray<readonly [foreground: TokenName, background: TokenName]> = [
  ['--sa-color-foreground', '--sa-color-background'],
  ['--sa-color-surface-foreground', '--sa-color-surface'],
  ['--sa-color-primary-foreground', '--sa-color-primary'],
  ['--sa-color-muted-foreground', '--sa-color-muted'],
  ['--sa-color-muted-foreground', '--sa-color-surface'],
  ['--sa-color-muted-foreground', '--sa-color-background'],
  ['--sa-color-danger-foreground', '--sa-color-danger'],
  ['--sa-color-danger', '--sa-color-surface'],
  ['--sa-color-success-foreground', '--sa-color-success'],
  ['--sa-color-success', '--sa-color-surface'],
  ['--sa-color-warning-foreground', '--sa-color-warning'],
  ['--sa-color-primary', '--sa-color-surface'],
];
