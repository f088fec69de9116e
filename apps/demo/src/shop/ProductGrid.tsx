import { useBasket } from '../lib/basket';
import { usePrefs } from '../lib/prefs';
import { useStrings } from '../lib/strings';
import { ProductArt } from './ProductArt';
import { PRODUCTS } from './products';

export function ProductGrid() {
  const s = useStrings();
  const { locale } = usePrefs();
  const basket = useBasket();
  const price = new Intl.NumberFormat(locale === 'pl' ? 'pl-PL' : 'en-GB', { style: 'currency', currency: 'PLN' });
  return (
    <section aria-labelledby="products-title">
      <h2 id="products-title">{s.products}</h2>
      <ul className="demo-products">
        {PRODUCTS.map((p) => {
          const inBasket = basket.has(p.id);
          return (
            <li key={p.id} className="demo-product">
              <ProductArt art={p.art} hue={p.hue} />
              <h3>{p.name[locale]}</h3>
              <p className="demo-price">{price.format(p.price)}</p>
              <button
                type="button"
                className={inBasket ? 'demo-button demo-button--ghost' : 'demo-button'}
                aria-pressed={inBasket}
                onClick={() => basket.toggle(p.id)}
                data-testid="add-to-basket"
              >
                {inBasket ? `✓ ${s.added}` : s.addToBasket}
                <span className="demo-sr-only">: {p.name[locale]}</span>
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
