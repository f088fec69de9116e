import { useBasket } from '../lib/basket';
import { fill, useStrings } from '../lib/strings';

/** Header basket: an icon with the item count (announced politely when it changes). */
export function BasketBadge() {
  const s = useStrings();
  const { items } = useBasket();
  return (
    <p className="demo-basket" data-testid="basket" data-count={items.length}>
      <svg viewBox="0 0 24 24" width="22" height="22" aria-hidden="true" focusable="false">
        <path d="M3 5h2.2l2.1 10.2a1.5 1.5 0 0 0 1.5 1.2h8.4a1.5 1.5 0 0 0 1.5-1.1L20.5 8H6.1" fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" strokeLinejoin="round" />
        <circle cx="9.5" cy="20" r="1.4" fill="currentColor" />
        <circle cx="17" cy="20" r="1.4" fill="currentColor" />
      </svg>
      <span className="demo-basket__count" aria-hidden="true">{items.length}</span>
      <span className="demo-sr-only" role="status">{fill(items.length === 1 ? s.basketOne : s.basketMany, { n: items.length })}</span>
    </p>
  );
}
