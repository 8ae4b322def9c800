import { render } from 'preact';
import { TimerCaregiverAlert } from '@/components/timer/TimerCaregiverAlert';
import '@/components/panel/App.css';
import { initI18n } from '@/lib/settings/language';

// The caregiver window: huge, always-readable text of the current alert, and one big Acknowledge button.
void initI18n()
  .catch(() => undefined)
  .then(() => {
    const root = document.getElementById('app');
    if (root) render(<TimerCaregiverAlert />, root);
  });
