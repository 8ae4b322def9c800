import { render } from 'preact';
import { App } from '@/components/App';
import { applyLastAppearance } from '@/lib/settings/apply';
import { startAppearance } from '@/lib/settings/model';

// Theme, text size and language are applied before the first render, so the panel never flashes the
// wrong colours or language; startAppearance never throws and gives up on a slow sync area quickly.
applyLastAppearance(document.documentElement);
void startAppearance(document.documentElement)
  .catch((error) => console.error('Appearance settings failed; showing the defaults.', error))
  .then(() => {
    const root = document.getElementById('app');
    if (root) render(<App />, root);
  });
