import { readFileSync } from 'node:fs';

interface Message {
  message: string;
  placeholders?: Record<string, { content: string }>;
}

const english = JSON.parse(readFileSync('public/_locales/en/messages.json', 'utf8')) as Record<
  string,
  Message
>;

/**
 * An English UI string as the extension shows it, read from the locale file the build ships (so a
 * wording change there does not break a test that means "the phase's message"). Fills named
 * placeholders ($P1$ → $1) and then the substitutions, as chrome.i18n.getMessage does.
 */
export function englishMessage(key: string, ...substitutions: string[]): string {
  const entry = english[key];
  if (!entry) throw new Error(`No English message "${key}"`);
  const named = entry.message.replace(/\$([A-Za-z0-9_]+)\$/g, (_, name: string) => {
    const content = entry.placeholders?.[name.toLowerCase()]?.content;
    if (content === undefined) throw new Error(`Message "${key}" has no placeholder "${name}"`);
    return content;
  });
  return named.replace(/\$(\d)/g, (_, n: string) => substitutions[Number(n) - 1] ?? '');
}
