// chrome.i18n for component tests: the English messages, placeholders filled as Chrome fills them.
import en from '../../public/_locales/en/messages.json';

type Message = { message: string; placeholders?: Record<string, { content: string }> };
export const messages = en as Record<string, Message>;

export function getMessage(key: string, substitutions: string | string[] = []): string {
  const list = typeof substitutions === 'string' ? [substitutions] : substitutions;
  const { message = '', placeholders = {} } = messages[key] ?? {};
  return message.replace(/\$(\w+)\$/g, (_, name: string) => {
    const content = placeholders[name.toLowerCase()]?.content ?? '';
    return content.replace(/\$(\d)/, (_match, n: string) => list[Number(n) - 1] ?? '');
  });
}
