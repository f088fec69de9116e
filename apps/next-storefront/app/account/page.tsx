import { AccountDetails } from '../../components/AccountDetails';

export const metadata = { title: 'Your account · Next storefront' };

/** Server-rendered page shell; the customer's details come from the session in the browser. */
export default function AccountPage() {
  return (
    <section aria-labelledby="account-title" className="shop-card">
      <h1 id="account-title">Your account</h1>
      <p data-testid="rendered-on-server">Rendered on the server at request time.</p>
      <AccountDetails />
    </section>
  );
}
