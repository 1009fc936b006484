/**
 * Which blocks may give summary sentences: paragraphs and list items, less the credits,
 * bylines, captions and boilerplate that the caller did not mark (rules in ./rules).
 */
import { BLOCK_RULES, NAME_LINE } from './rules';
import type { BlockInput, BlockKind } from './types';

export interface Block {
  text: string;
  kind: BlockKind | 'boilerplate';
}

/** Kind of a block from its text alone, for a block the caller marked as text (or not at all). */
export function classifyText(text: string): BlockKind | 'boilerplate' {
  const t = text.normalize('NFC').trim();
  if (BLOCK_RULES.credit.some((rule) => rule.test(t))) return 'credit';
  if (BLOCK_RULES.boilerplate.some((rule) => rule.test(t))) return 'boilerplate';
  if (BLOCK_RULES.caption.some((rule) => rule.test(t))) return 'caption';
  if (NAME_LINE.test(t)) return 'credit';
  return 'paragraph';
}

/** The caller's blocks with their kinds settled. Text is kept as given, so offsets hold. */
export function readBlocks(blocks: readonly BlockInput[]): Block[] {
  return blocks.map((block) => {
    const text = typeof block === 'string' ? block : typeof block?.text === 'string' ? block.text : '';
    const given = typeof block === 'string' ? undefined : block?.kind;
    if (given && given !== 'paragraph' && given !== 'list-item') return { text, kind: given };
    const found = classifyText(text);
    return { text, kind: found === 'paragraph' && given ? given : found };
  });
}

/** Whether sentences of a block of this kind may be in the summary. */
export function isSummaryMaterial(kind: Block['kind']): boolean {
  return kind === 'paragraph' || kind === 'list-item';
}
