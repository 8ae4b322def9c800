import type { TechniqueId } from '@/lib/techniques/data';

const paths: Record<TechniqueId, string> = {
  // Two hands pressing down.
  compression: 'M6 4v9M10 3v10M14 4v9M18 7v8c0 3-3 6-6 6s-6-2-6-5v-3M4 20h16',
  // A limb easing long, with arrows apart.
  stretching: 'M3 12h18M7 8l-4 4 4 4M17 8l4 4-4 4',
  // A snowflake half and a wave half.
  contrast: 'M7 3v18M3 7l8 10M11 7l-8 10M14 9c2-2 4 2 6 0M14 14c2-2 4 2 6 0M14 19c2-2 4 2 6 0',
  // Two opposing arrows meeting a bar.
  reciprocal: 'M4 8h11l-3-3M20 16H9l3 3M12 3v18',
};

/** A simple line icon for each method; decorative, so hidden from screen readers. */
export function MethodIcon({ id }: { id: TechniqueId }) {
  return (
    <svg class="method-icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <path d={paths[id]} />
    </svg>
  );
}
