/** The start-up benchmark's mark (tests/tools/bench-startup.mjs): the four methods are on screen. */
export const methodsPaintedMark = 'methods-painted';

/** The `elementtiming` name the strip gives each method's name. */
export const methodNameTiming = 'method-name';

interface ElementTiming extends PerformanceEntry {
  identifier: string;
  renderTime: number;
}

/**
 * Sets the `methods-painted` mark once `count` method names have been painted. Where the browser
 * reports element timing (Chromium), the mark takes the time the frame showing the last of them was
 * presented: the same clock as a page's first contentful paint, and independent of how the render
 * was scheduled. Elsewhere it is the start of the next frame. Call after the strip has rendered;
 * the mark is set once per page.
 */
export function markMethodsPainted(count: number): void {
  if (performance.getEntriesByName(methodsPaintedMark).length > 0) return;
  if (!PerformanceObserver.supportedEntryTypes?.includes('element')) {
    requestAnimationFrame(() => performance.mark(methodsPaintedMark));
    return;
  }
  const painted: number[] = [];
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as ElementTiming[]) {
      if (entry.identifier === methodNameTiming) painted.push(entry.renderTime || entry.startTime);
    }
    if (painted.length < count) return;
    observer.disconnect();
    performance.mark(methodsPaintedMark, { startTime: Math.max(...painted) });
  });
  observer.observe({ type: 'element', buffered: true });
}

/**
 * Runs `task` once the `methods-painted` mark is set, that is after the frame showing the four methods
 * has been presented, so nothing fetched by `task` can delay the first paint. Where marks cannot be
 * observed, it waits for a frame and the task after it (the frame is painted between the two).
 * Returns a function that cancels the wait.
 */
export function afterMethodsPainted(task: () => void): () => void {
  if (performance.getEntriesByName(methodsPaintedMark).length > 0) {
    task();
    return () => {};
  }
  if (!PerformanceObserver.supportedEntryTypes?.includes('mark')) {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(task, 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }
  const observer = new PerformanceObserver((list) => {
    if (!list.getEntries().some((entry) => entry.name === methodsPaintedMark)) return;
    observer.disconnect();
    task();
  });
  observer.observe({ type: 'mark' });
  return () => observer.disconnect();
}
