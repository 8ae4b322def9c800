/**
 * Presses `element` with `press` and then keeps the pressed control where it was on screen while the page settles (a larger
 * text size, a section that opened above it): the pointer resting on it, or the highlight on it, stays
 * on it, so the next press lands on the same control. Controls in the pinned part do not move with
 * the scroll and are left alone; a control that went away, or a scroll the page made itself, ends it.
 * Runs on frames, for `ms` only, or until the function it returns is called (the next press: the user
 * has moved on).
 */
export function pressInPlace(element: Element, press: () => void, ms = 1500): () => void {
  // Measured before the press: a press can change the layout at once (text size applies synchronously).
  const top = element.getBoundingClientRect().top;
  press();
  let cancelled = false;
  const cancel = () => {
    cancelled = true;
  };
  if (element.closest('header')) return cancel;
  const until = performance.now() + ms;
  // Where this keeps the page: a scroll by anyone else (a timer alert brought into view) ends it.
  let scrolled = window.scrollY;
  const check = () => {
    if (cancelled || !element.isConnected) return;
    if (Math.abs(window.scrollY - scrolled) > 1) return;
    const box = element.getBoundingClientRect();
    if (box.height === 0) return;
    if (Math.abs(box.top - top) > 1) {
      window.scrollBy({ top: box.top - top, behavior: 'instant' });
      scrolled = window.scrollY;
    }
    if (performance.now() < until) requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
  return cancel;
}
