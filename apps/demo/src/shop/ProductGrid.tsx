import { useState } from 'react';
import { usePrefs } from '../lib/prefs';
import { useStrings } from '../lib/strings';
import { ProductArt } from './ProductArt';
import { PRODUCTS } from './products';

export function ProductGrid() {
  const s = useStrings();
  const { locale } = usePrefs();
  const [basket, setBasket] = useState<Record<string, boolean>>({});
  const price = new Intl.NumberFormat(locale === 'pl' ? 'pl-PL' : 'en-GB', { style: 'currency', currency: 'PLN' });
  return (
    <section aria-labelledby="products-title">
      <h2 id="products-title">{s.products}</h2>
      <ul className="demo-products">
        {PRODUCTS.map((p) => (
          <li key={p.id} className="demo-product">
            <ProductArt art={p.art} hue={p.hue} />
            <h3>{p.name[locale]}</h3>
            <p className="demo-price">{price.format(p.price)}</p>
            <button
              type="button"
              className={basket[p.id] ? 'demo-button demo-button--ghost' : 'demo-button'}
              aria-pressed={basket[p.id] ?? false}
              onClick={() => setBasket((b) => ({ ...b, [p.id]: !b[p.id] }))}
            >
              {basket[p.id] ? s.added : s.addToBasket}
              <span className="demo-sr-only">: {p.name[locale]}</span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
