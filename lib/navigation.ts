import { signal } from '@preact/signals';
import type { BodySide, MuscleGroupId } from './muscles/ids';
import type { TechniqueId } from './techniques/data';

/** Which version of a technique's steps to show. */
export type StepsVersion = 'self' | 'caregiver';

/** Every view the side panel can show below the pinned method strip. */
export type View =
  | { name: 'home' }
  | { name: 'technique'; id: TechniqueId; version?: StepsVersion }
  | { name: 'picker' }
  | { name: 'timer' }
  /** `query` prefills the finder's search; `groupId` opens a muscle group's card directly. */
  | { name: 'finder'; query?: string; groupId?: string }
  /** `prefill` opens "Log a cramp" with the place already chosen (from the finder or body map). */
  | { name: 'log'; prefill?: { groupId: MuscleGroupId; side?: BodySide } }
  /** "Cramp now": where, then one screen of what to do, the guided hold and "Did it help?". */
  | { name: 'crampNow' }
  /** `focus: 'timer'` opens Settings at the timer's settings (the timer view's Change). */
  | { name: 'settings'; focus?: 'timer' }
  | { name: 'about' };

/** The view on screen. Panel-local UI state: nothing here needs to survive a reload. */
export const currentView = signal<View>({ name: 'home' });

let navigated = false;

/** Shows a view; the view's heading takes focus (see components/common/ViewHeading). */
export function navigate(view: View): void {
  navigated = true;
  currentView.value = view;
}

/**
 * True once something in this page has changed the view: the view then on screen was asked for, so
 * its heading takes focus; the view a fresh panel opens on keeps the page's natural focus start.
 */
export function hasNavigated(): boolean {
  return navigated;
}
