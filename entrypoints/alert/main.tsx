import { render } from 'preact';
import { TimerCaregiverAlert } from '@/components/TimerCaregiverAlert';
import '@/components/App.css';

// The caregiver window: huge, always-readable text of the current alert, and one big Acknowledge button.
const root = document.getElementById('app');
if (root) render(<TimerCaregiverAlert />, root);
