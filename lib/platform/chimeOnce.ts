/** How many chime keys the offscreen document remembers (a few minutes of alerts; it lives ~30 s idle). */
const rememberedKeys = 64;

/**
 * A gate that lets each chime key through once. The worker marks a chime as sent only when the
 * offscreen document has answered; a worker stopped before that sends it again, and this gate keeps the
 * repeat from ringing twice. Oldest keys are forgotten first.
 */
export function chimeOnce(): (key: string) => boolean {
  const played: string[] = [];
  return (key) => {
    if (played.includes(key)) return false;
    played.push(key);
    if (played.length > rememberedKeys) played.shift();
    return true;
  };
}
