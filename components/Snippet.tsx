import type { SnippetSegment } from '@/lib/search';

/** A search snippet with its matched words highlighted; built as text nodes, never as HTML. */
export function Snippet({ segments }: { segments: SnippetSegment[] }) {
  return (
    <p class="item__snippet">
      {segments.map((segment, index) => (segment.highlighted ? <mark key={index}>{segment.text}</mark> : segment.text))}
    </p>
  );
}
