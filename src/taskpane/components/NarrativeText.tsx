import { Text } from '@fluentui/react-components';
import { ReactNode } from 'react';

/** "**bold**" spans as <strong>; everything stays text, so nothing in a cell can become markup. */
function inline(line: string): ReactNode[] {
  return line.split(/(\*\*.+?\*\*)/).map((part, i) => {
    const b = /^\*\*(.+)\*\*$/.exec(part);
    return b ? <strong key={i}>{b[1]}</strong> : part;
  });
}

/** The narrative's light Markdown (## headings, - items, paragraphs) as React elements. */
export function NarrativeText({ text }: { text: string }) {
  const blocks: ReactNode[] = [];
  let items: ReactNode[] = [];
  const flush = () => {
    if (items.length) blocks.push(<ul key={`ul-${blocks.length}`}>{items}</ul>);
    items = [];
  };
  text.split('\n').forEach((line, i) => {
    const h = /^#{1,6}\s+(.*)$/.exec(line);
    if (/^[-*]\s+/.test(line)) {
      items.push(<li key={i}>{inline(line.replace(/^[-*]\s+/, ''))}</li>);
      return;
    }
    flush();
    if (h)
      blocks.push(
        <Text as="h3" key={i} weight="semibold" block>
          {inline(h[1])}
        </Text>,
      );
    else if (line.trim()) blocks.push(<p key={i}>{inline(line)}</p>);
  });
  flush();
  return <>{blocks}</>;
}
