import { render } from 'preact';
import { AccessMount } from '@/components/access/AccessMount';
import { TimerCaregiverAlert } from '@/components/timer/TimerCaregiverAlert';
import '@/components/panel/App.css';
import { initI18n } from '@/lib/settings/language';

// The caregiver window: huge, always-readable text of the current alert, and one big Acknowledge button.
// It follows "How I use the panel" as the panel does: by switch scanning or dwell, Acknowledge is the
// first (and only) scan stop.
void initI18n()
  .catch(() => undefined)
  .then(() => {
    const root = document.getElementById('app');
    if (root)
      render(
        <>
          <TimerCaregiverAlert />
          <AccessMount offer={false} />
        </>,
        root,
      );
  });
