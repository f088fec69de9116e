const pending = new Map<string, Promise<void>>();

/**
 * Loads a third-party SDK once, on demand (a `<script async>` in `<head>`); concurrent and
 * later calls share the same promise. A failed load can be retried.
 */
export function loadScript(src: string, id: string): Promise<void> {
  const known = pending.get(src);
  if (known) return known;
  const promise = new Promise<void>((resolve, reject) => {
    const script = document.createElement('script');
    script.id = id;
    script.src = src;
    script.async = true;
    script.crossOrigin = 'anonymous';
    script.onload = () => resolve();
    script.onerror = () => {
      pending.delete(src);
      script.remove();
      reject(new Error(`Could not load ${id}`));
    };
    document.head.appendChild(script);
  });
  pending.set(src, promise);
  return promise;
}
