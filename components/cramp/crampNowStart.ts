import { signal } from '@preact/signals';
import { navigate } from '@/lib/navigation';

/** How many times "Cramp now" was opened: the view's key, so each press starts the flow afresh. */
export const crampNowStarts = signal(0);

/** Opens "Cramp now" at its first step ("where"), also when the flow is already open. */
export function openCrampNow(): void {
  crampNowStarts.value++;
  navigate({ name: 'crampNow' });
}
