import { AuthFlow } from '@synerise-auth/ui';

/** A server component rendering the kit's drop-in flow (a client component). */
export default function HomePage() {
  return (
    <section aria-labelledby="home-title" className="shop-card">
      <h1 id="home-title">Welcome to the shop</h1>
      <p>Sign in or create an account to see your orders.</p>
      <AuthFlow />
    </section>
  );
}
