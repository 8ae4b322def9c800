import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';

// The first view of a fresh panel keeps the page's natural focus start; later views take focus.
let firstViewShown = false;

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
    if (firstViewShown) ((focusId && document.getElementById(focusId)) || ref.current)?.focus();
    firstViewShown = true;
  }, []);
  return (
    <h2 class="view-heading" tabIndex={-1} ref={ref} id={id}>
      {children}
    </h2>
  );
}
