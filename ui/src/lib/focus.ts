// Keyboard focus across re-renders: an editor that closes hands the focus back to the button that
// opened it, which may be a new element once the list has been reloaded, or gone with its line
// (a deleted entry): then the focus goes to the list (`fallback`), never to the page's start.
import { tick } from 'svelte';

/** Focuses the element with id `id` (else `fallback`) once the page has caught up. */
export async function focusById(id: string, fallback?: string): Promise<void> {
  await tick();
  const target = document.getElementById(id) ?? (fallback ? document.getElementById(fallback) : null);
  target?.focus();
}
