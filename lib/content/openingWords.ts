/**
 * The first `count` words of a sentence, with an ellipsis when there were more: how a card's Sources
 * list names the sentence each source backs (components/common/SourceNote.tsx).
 */
export function openingWords(text: string, count = 6): string {
  const words = text.trim().split(/\s+/).filter(Boolean);
  if (words.length <= count) return words.join(' ');
  // A cut after a comma or colon reads better without it.
  return `${words
    .slice(0, count)
    .join(' ')
    .replace(/[,;:.]$/, '')}…`;
}
