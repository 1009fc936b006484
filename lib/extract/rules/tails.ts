// What news articles print after their last paragraph that no reader wants: the publisher's
// copyright and address block, the tag list, the comment policy, and the standfirst again.
// Used by clean/tails.ts (only short blocks, only at the end of the article), by
// clean/datelines.ts ("Updated at …" lines in other languages) and by clean/article-repeats.ts
// (the standfirst repeated at the end). Phrases are matched on normalised text (normalizeLabel:
// lower case, no accents), so each is written once, as a page prints it.

// ——— 1. The publisher's copyright, licence and address block ———
// Small sites and CMS themes put the site footer inside the article container, so Readability
// keeps it: "Copyright © 2024 The Daily. All rights reserved.", Vietnamese sites' masthead
// ("© Báo điện tử Pháp Luật TP.HCM. Giấy phép số: 636/GP-BTTTT … Cơ quan chủ quản: … Tổng biên
// tập: …", plo, nld, genk, zing footers in ../shared/corpus/vi-news).

/** A copyright line: "© 2024", "Copyright © Zing", "Copyright 2004-2012", "(c) 2024", "© Copyright 1997-".
 * A bare "©" is not enough: a last photo's credit says "© AFP". */
export const COPYRIGHT_MARK = /(?:©|\(c\)|copyright)\s*(?:©\s*)?(?:\d{4}|copyright)|copyright\s*©/iu;

/** Phrases that only a copyright or licence notice uses, any language (matched anywhere in the block). */
export const COPYRIGHT_PHRASES: readonly string[] = [
  // English
  'all rights reserved',
  'some rights reserved',
  // Vietnamese: "Bản quyền thuộc về Báo Người Lao Động" (nld), "VnExpress giữ bản quyền nội dung trên
  // website này" (vnexpress). Not "bản quyền thuộc về" alone: a story about a copyright case ends so.
  'bản quyền thuộc về báo',
  'bản quyền thuộc về tạp chí',
  'bản quyền thuộc về trang',
  'giữ bản quyền nội dung',
  'giữ toàn quyền nội dung',
  // French, Spanish, Portuguese, German, Italian, Indonesian
  'tous droits réservés',
  'todos los derechos reservados',
  'todos os direitos reservados',
  'alle rechte vorbehalten',
  'tutti i diritti riservati',
  'hak cipta dilindungi',
  // Chinese, Japanese, Korean, Thai
  '版权所有',
  '版權所有',
  '無断転載',
  '무단 전재',
  '무단전재',
  'สงวนลิขสิทธิ์',
];

/** A Vietnamese press licence number, which every Vietnamese news site prints: "Giấy phép số
 * 1872/GP-BTTTT" (nld), "Giấy phép ICP số: 41/GP-TTĐT" (zing), "25/GP-TTĐT" (genk). On normalised text. */
export const LICENCE_NUMBER = /\d+\s*\/\s*gp\s*-/u;

/** Labels that open a publisher's masthead line: only the newsroom is labelled so, so a block
 * that starts with one is the footer ("Tòa soạn: 123 đường …", "Trụ sở chính: …"). */
export const PUBLISHER_LABELS: readonly string[] = [
  'tòa soạn',
  'toà soạn',
  'trụ sở tòa soạn',
  'trụ sở toà soạn',
  'trụ sở chính',
  'văn phòng đại diện',
  // the masthead's lines; as labels only: "Cơ quan chủ quản của trường là …" is a sentence
  'cơ quan chủ quản',
  'chịu trách nhiệm xuất bản',
  'chịu trách nhiệm nội dung',
  'giấy phép',
  'registered office',
];

/** Contact and masthead labels: on their own they may be a real part of the story (where to send
 * donations, an interviewee "Tổng biên tập: …"), so a block with one goes only when a copyright or
 * publisher block stands in the same tail. */
export const CONTACT_LABELS: readonly string[] = [
  // Vietnamese
  'địa chỉ',
  'điện thoại',
  'đt',
  'tel',
  'fax',
  'hotline',
  'email',
  'e-mail',
  'tổng biên tập',
  'phó tổng biên tập',
  'liên hệ quảng cáo',
  // English
  'address',
  'phone',
  'telephone',
  'editor-in-chief',
  'editor in chief',
  'contact',
  // French, Spanish, Portuguese, German, Italian, Indonesian
  'adresse',
  'téléphone',
  'rédaction',
  'dirección',
  'teléfono',
  'endereço',
  'telefone',
  'anschrift',
  'telefon',
  'impressum',
  'indirizzo',
  'alamat',
  'telepon',
  'redaksi',
  // Chinese, Japanese, Korean, Thai
  '地址',
  '电话',
  '電話',
  '住所',
  '주소',
  '전화',
  'ที่อยู่',
  'โทร',
];

// ——— 2. Tag lists ———
// "Tags: a, b, c" in one block (WordPress themes, genk's "TAG: Amazon , …"), and a label standing
// alone over its tags (plo's <h3>từ khóa</h3> over a box of "#…" links, a "Tags" heading over a
// list of links). Only at the end of the article, the label and its tags together: these labels
// are not related-list headings (rules/labels.ts), so a "Từ khóa:" label never goes without its
// tags, and a sentence in the story that starts "Tags: …" stays.

/** Labels that open a tag list; followed by a colon, or by links only. */
export const TAG_LIST_LABELS: readonly string[] = [
  // Vietnamese
  'từ khóa',
  'từ khoá',
  'chủ đề',
  'thẻ',
  'tag',
  'tags',
  // English
  'tagged',
  'tagged with',
  'topics',
  'keywords',
  'filed under',
  'related topics',
  // French, Spanish, Portuguese, German, Italian, Indonesian
  'mots-clés',
  'mots clés',
  'thèmes',
  'sujets',
  'etiquetas',
  'temas',
  'palabras clave',
  'palavras-chave',
  'tópicos',
  'assuntos',
  'schlagwörter',
  'schlagworte',
  'stichwörter',
  'themen',
  'argomenti',
  'parole chiave',
  'topik',
  'kata kunci',
  // Chinese, Japanese, Korean, Thai
  '标签',
  '標籤',
  '关键词',
  '关键字',
  'タグ',
  'キーワード',
  '태그',
  '키워드',
  'แท็ก',
  'คำค้น',
];

/** Longest tag in a tag list, in characters, and in words: a longer item is a sentence. */
export const TAG_MAX_CHARS = 50;
export const TAG_MAX_WORDS = 8;

/** What separates the tags of a list written as text ("a, b, c", "a | b", "#a #b", "a、b"). */
export const TAG_SEPARATORS = /\s*[,，、;；|•·/#]\s*/u;

// ——— 3. Comment policies: rules/comment-policies.ts (a list of its own, in many languages) ———

// ——— Where the tail starts, and how long its blocks may be ———

/** Longest block a tail rule removes, in characters: a masthead with licence, address and phones fits. */
export const TAIL_MAX_CHARS = 400;
/** A block this long that no tail rule knows is the story's (a paragraph, a long caption): the tail
 * starts after it. Signatures, credits and short captions are passed over. */
export const TAIL_PROSE_CHARS = 100;
/** Blocks read back from the end of the article, at most. */
export const TAIL_MAX_BLOCKS = 10;
/** Blocks of tag links read back besides those: a tag list under its own label may put each tag in a
 * block of its own (<li><a>tag</a></li>). */
export const TAIL_MAX_TAG_BLOCKS = 40;

// ——— 4. "Updated at …" lines (clean/datelines.ts) ———
// Words that stand beside a date in "last updated" lines of other languages. Kept apart from
// DATELINE_WORDS (labels.ts), whose words metadata/byline.ts strips from the ends of a name
// ("Le", "Am" are names too).

export const UPDATE_LINE_WORDS: readonly string[] = [
  'cập nhật lúc',
  'cập nhật ngày',
  'cập nhật lần cuối',
  'updated at',
  'updated on',
  'last updated at',
  'last updated on',
  'last modified',
  'mis à jour le',
  'mis à jour à',
  'mis à jour',
  'publié le',
  'à',
  'actualizado',
  'actualizado el',
  'actualizado a las',
  'a las',
  'atualizado em',
  'atualizado às',
  'atualizado',
  'às',
  'aktualisiert am',
  'aktualisiert',
  'uhr',
  'um',
  'aggiornato il',
  'aggiornato alle',
  'aggiornato',
  'alle',
  'ore',
  'diperbarui',
  'pukul',
  'wib',
];

/** "a.m." and "p.m." as AP style writes them ("Updated at 1:23 p.m."), to read as "am", "pm". */
export const DOTTED_MERIDIEM = /\b([ap])\.\s?m\.?(?=\s|$|[,;)])/giu;

// ——— 5. The standfirst again at the end (clean/article-repeats.ts) ———

/** A source tag before a lead that its later copy (the page's description) leaves out:
 * "(Dân trí) - ", "TTO - ", "VOV.VN - ", "(PLO)- ", "(NLĐO) - ", "(TNO) ". On normalised text. */
export const LEAD_SOURCE_TAG = /^(?:\([^()]{2,24}\)\s*[-–—:]?|[\p{L}\p{N}.]{2,12}\s*[-–—])\s*/u;

/** Ends of a truncated excerpt: "…", "...", "[…]". */
export const EXCERPT_ELLIPSIS = /\s*(?:\[\s*(?:…|\.{3})\s*\]|…|\.{3,})\s*$/u;

/** Shortest standfirst whose copy at the end goes (shorter blocks that agree are credits: "Ảnh: TTXVN"). */
export const STANDFIRST_MIN_CHARS = 25;
/** The last blocks of the article where a standfirst copy is looked for. */
export const STANDFIRST_END_BLOCKS = 3;
/** Words a copy may carry besides the standfirst ("Chia sẻ: …", the headline of a share card), in characters. */
export const STANDFIRST_COPY_EXTRA_CHARS = 40;
