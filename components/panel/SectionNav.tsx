import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { t } from '@/lib/i18n';
import { currentView, navigate, type View } from '@/lib/navigation';
import { menuViews } from './views';

/**
 * The section menu in the pinned part: one "Menu" button (a disclosure: click or Enter, never hover)
 * that shows the sections as a list of big rows over the view, so navigation never pushes a view's
 * content down. Choosing one, Escape, or moving focus out closes it; Escape returns focus to the button.
 */
export function SectionNav() {
  const name = currentView.value.name;
  const [open, setOpen] = useState(false);
  const toggle = useRef<HTMLButtonElement>(null);
  const first = useRef<HTMLButtonElement>(null);
  // Opened by keyboard or pointer, focus goes to the current section (or the first), so the next
  // arrow, Tab or Enter acts in the list. A layout effect: it runs in the same task as the render, so
  // a key pressed right after lands in the list too.
  const focusOnOpen = useRef(false);
  useLayoutEffect(() => {
    if (!open || !focusOnOpen.current) return;
    focusOnOpen.current = false;
    const current = toggle.current?.parentElement?.querySelector<HTMLElement>('[aria-current="page"]');
    (current ?? first.current)?.focus();
  }, [open]);
  // A tap anywhere outside the open menu closes it (a tap on text moves no focus).
  useEffect(() => {
    if (!open) return;
    const onPointerDown = (event: PointerEvent) => {
      if (!toggle.current?.parentElement?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [open]);

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && open) {
      event.preventDefault();
      setOpen(false);
      toggle.current?.focus();
      return;
    }
    if (!open || !['ArrowDown', 'ArrowUp', 'Home', 'End'].includes(event.key)) return;
    const items = [...(event.currentTarget as HTMLElement).querySelectorAll<HTMLElement>('nav button')];
    const from = items.indexOf(document.activeElement as HTMLElement);
    const to =
      event.key === 'Home'
        ? 0
        : event.key === 'End'
          ? items.length - 1
          : (from + (event.key === 'ArrowDown' ? 1 : -1) + items.length) % items.length;
    event.preventDefault();
    items[to]?.focus();
  };

  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: the keys only move focus between the buttons inside
    <div
      class="section-menu"
      onKeyDown={onKeyDown}
      onFocusOut={(event) => {
        const next = event.relatedTarget as Node | null;
        if (next && !(event.currentTarget as HTMLElement).contains(next)) setOpen(false);
      }}
    >
      <button
        type="button"
        class="section-menu-button"
        data-scan-group="menu"
        ref={toggle}
        aria-expanded={open}
        aria-controls="section-nav"
        onClick={() => {
          focusOnOpen.current = !open;
          setOpen(!open);
        }}
      >
        <svg class="menu-icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
          <path d="M4 6h16M4 12h16M4 18h16" />
        </svg>
        {t('navMenuButton')}
      </button>
      <nav
        id="section-nav"
        class="section-nav"
        data-scan-group="nav"
        aria-label={t('navLabel')}
        hidden={!open}
      >
        <ul>
          {menuViews.map(({ name: section, label }, index) => (
            <li key={section}>
              <button
                type="button"
                class="section-link"
                ref={index === 0 ? first : undefined}
                aria-current={name === section ? 'page' : undefined}
                onClick={() => {
                  setOpen(false);
                  // The same section again: no new heading takes focus, so put it on this one.
                  if (section === name) document.querySelector<HTMLElement>('main .view-heading')?.focus();
                  // Every menu view opens with its name alone (its other fields are optional).
                  navigate({ name: section } as View);
                }}
              >
                {t(label)}
              </button>
            </li>
          ))}
        </ul>
      </nav>
    </div>
  );
}
