import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { t } from '@/lib/i18n';

/**
 * A view whose code loads the first time it is shown, so the panel's first paint carries only the
 * method strip, home and technique views. A failed load (e.g. the extension was updated underneath
 * the panel) says so plainly instead of leaving a blank area.
 */
export function lazyView<P extends object>(
  load: () => Promise<ComponentType<P>>,
): ComponentType<P> & { preload(): Promise<unknown> } {
  let loaded: ComponentType<P> | undefined;
  let pending: Promise<ComponentType<P>> | undefined;
  const start = () => {
    pending ??= load().then((c) => {
      loaded = c;
      return c;
    });
    return pending;
  };
  function LazyView(props: P) {
    const [component, setComponent] = useState(() => loaded);
    const [failed, setFailed] = useState(false);
    useEffect(() => {
      if (component) return;
      let current = true;
      start().then(
        (c) => current && setComponent(() => c),
        (error: unknown) => {
          console.error('Spasm Relief: a view failed to load', error);
          pending = undefined;
          if (current) setFailed(true);
        },
      );
      return () => {
        current = false;
      };
    }, [component]);
    if (component) {
      const View = component;
      return <View {...props} />;
    }
    return (
      <p class="view-loading" role={failed ? 'alert' : undefined}>
        {t(failed ? 'viewLoadFailed' : 'viewLoading')}
      </p>
    );
  }
  /** Loads the view's code ahead of its first use (after first paint, and in tests). */
  LazyView.preload = () => start().catch(() => undefined);
  return LazyView;
}
