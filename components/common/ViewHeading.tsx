import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { hasNavigated } from '@/lib/navigation';

/**
 * The heading of a view. It takes focus when a view opens after the first, so keyboard and screen
 * reader users land on the new content instead of staying on the button they pressed. A view that
 * takes typing names its field in `focusId` instead: focus goes there, so typed letters land in it.
 */
export function ViewHeading({
  children,
  id,
  focusId,
}: {
  children: ComponentChildren;
  id?: string;
  focusId?: string;
}) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    // A view that opened because it was asked for (not the one a fresh panel starts on) takes focus,
    // also when the view before it had no heading of this kind (Cramp now opened by key C at start).
    if (hasNavigated()) ((focusId && document.getElementById(focusId)) || ref.current)?.focus();
  }, []);
  return (
    <h2 class="view-heading" tabIndex={-1} ref={ref} id={id}>
      {children}
    </h2>
  );
}
