// Barrel for the kit's own components; the package API is src/index.ts.
export * from './ThemeRoot';
export * from './tokens';
