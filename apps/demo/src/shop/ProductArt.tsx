import type { Product } from './products';

/** Inline SVG product pictures (no external assets). Decorative: the card carries the name. */
export function ProductArt({ art, hue }: Pick<Product, 'art' | 'hue'>) {
  const main = `hsl(${hue} 45% 55%)`;
  const dark = `hsl(${hue} 40% 35%)`;
  const light = `hsl(${hue} 60% 88%)`;
  return (
    <svg viewBox="0 0 120 90" className="demo-art" aria-hidden="true" focusable="false" style={{ background: light }}>
      <ellipse cx="60" cy="80" rx="38" ry="5" fill="rgb(0 0 0 / 0.12)" />
      {art === 'mug' && (
        <g>
          <rect x="36" y="30" width="40" height="48" rx="6" fill={main} />
          <path d="M76 40 h6 a10 10 0 0 1 0 22 h-6" fill="none" stroke={dark} strokeWidth="5" />
          <path d="M46 22 q4 -6 0 -12 M56 22 q4 -6 0 -12" stroke={dark} strokeWidth="2" fill="none" opacity="0.5" />
        </g>
      )}
      {art === 'kettle' && (
        <g>
          <path d="M34 78 l6 -36 h36 l6 36 z" fill={main} />
          <path d="M40 42 q20 -16 36 0" fill="none" stroke={dark} strokeWidth="4" />
          <path d="M82 60 q14 -6 18 -24" fill="none" stroke={dark} strokeWidth="4" strokeLinecap="round" />
          <rect x="54" y="32" width="8" height="6" rx="2" fill={dark} />
        </g>
      )}
      {art === 'towel' && (
        <g>
          <rect x="32" y="18" width="56" height="60" rx="3" fill={main} />
          {[28, 40, 52, 64].map((y) => (
            <rect key={y} x="32" y={y} width="56" height="4" fill={dark} opacity="0.45" />
          ))}
          <rect x="54" y="12" width="12" height="8" rx="3" fill={dark} />
        </g>
      )}
      {art === 'beans' && (
        <g>
          <path d="M38 24 h44 l-4 54 h-36 z" fill={main} />
          <rect x="38" y="20" width="44" height="8" fill={dark} />
          <ellipse cx="60" cy="52" rx="9" ry="12" fill={dark} />
          <path d="M60 41 q-4 11 0 22" stroke={light} strokeWidth="2" fill="none" />
        </g>
      )}
      {art === 'plant' && (
        <g>
          <path d="M44 56 h32 l-4 22 h-24 z" fill={dark} />
          {[-40, -15, 15, 40].map((r) => (
            <ellipse key={r} cx="60" cy="36" rx="7" ry="20" fill={main} transform={`rotate(${r} 60 56)`} />
          ))}
        </g>
      )}
      {art === 'candle' && (
        <g>
          <rect x="46" y="36" width="28" height="42" rx="4" fill={main} />
          <path d="M60 34 v-6" stroke={dark} strokeWidth="2" />
          <path d="M60 14 q7 8 0 14 q-7 -6 0 -14" fill="hsl(35 95% 55%)" />
        </g>
      )}
    </svg>
  );
}
