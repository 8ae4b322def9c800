import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { menuViews, preloadViews, renderView, views } from '@/components/panel/views';
import type { View } from '@/lib/navigation';

describe('the view registry', () => {
  const root = document.createElement('div');
  beforeAll(async () => {
    document.body.append(root);
    await preloadViews();
  });
  afterEach(() => act(() => render(null, root)));

  it('lists the menu sections in their order, with views reached only from others left out', () => {
    expect(menuViews.map((row) => row.name)).toEqual([
      'home',
      'picker',
      'finder',
      'timer',
      'log',
      'settings',
      'about',
    ]);
    expect(menuViews.map((row) => row.name)).not.toContain('technique');
    expect(menuViews.map((row) => row.name)).not.toContain('crampNow');
  });

  it('draws every view at once after preloading, each with its own heading', () => {
    const headings = new Set<string>();
    for (const name of Object.keys(views) as View['name'][]) {
      const view = (name === 'technique' ? { name, id: 'compression' } : { name }) as View;
      act(() => render(<>{renderView(view)}</>, root));
      expect(root.querySelector('.view-loading'), name).toBeNull();
      const heading = root.querySelector('h2')?.textContent ?? '';
      expect(heading, name).not.toBe('');
      headings.add(heading);
    }
    expect(headings.size).toBe(Object.keys(views).length);
  });
});
