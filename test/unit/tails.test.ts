// Boilerplate at the end of the article (issue 12, "Boilerplate tails"): one fixture per rule
// family, each with the tail inside the article container where plain Readability keeps it, so
// each test fails without its rule; and counter-fixtures a rule must leave alone.
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../lib/extract';
import { labelSet } from '../../lib/extract/dom/elements';
import { RELATED_LIST_HEADINGS } from '../../lib/extract/rules/labels';
import { TAG_LIST_LABELS } from '../../lib/extract/rules/tails';
import { PROSE, page } from './helpers';

const URL = 'https://bao.example/thi-dua/hoi-nghi.html';

const EN_PROSE = [
  'The night train from Vienna to Split will run three times a week from June, the operator said on Tuesday, restoring a link that was dropped during the pandemic.',
  'This year the service gains two refurbished sleeper cars with private compartments for up to four people, each with its own washbasin and lockable storage.',
  'Cyclists are among the biggest winners: a dedicated carriage has space for twenty bicycles, which must be reserved separately from the passenger ticket.',
  'Rail campaigners welcomed the announcement but warned that the service still depends on short-term agreements between several national operators.',
  'Tickets for the first six weeks are already on sale through the operator’s website and at station counters, and further dates will follow in April.',
];

const FR_PROSE = [
  'Le train de nuit entre Paris et Berlin reprendra trois fois par semaine dès le mois de juin, a annoncé mardi l’opérateur, après deux ans d’interruption.',
  'Les voitures-lits rénovées offrent des compartiments privés pour quatre personnes, avec lavabo et rangements fermant à clé, ainsi qu’une voiture pour les vélos.',
  'Les associations d’usagers saluent la nouvelle mais rappellent que la ligne dépend encore d’accords de courte durée entre plusieurs compagnies nationales.',
  'Les billets pour les six premières semaines sont déjà en vente sur le site de l’opérateur et aux guichets des gares, les dates suivantes seront publiées en avril.',
];

/** A news page whose article body is `prose`, with `middle` after its second paragraph and `tail` after its last. */
function tailPage(parts: { tail?: string; middle?: string; prose?: readonly string[]; lang?: string; top?: string }) {
  const prose = (parts.prose ?? PROSE).map((text) => `<p>${text}</p>`);
  const body = [parts.top ?? '', ...prose.slice(0, 2), parts.middle ?? '', ...prose.slice(2), parts.tail ?? ''].join(
    '\n',
  );
  return page(
    `<!doctype html><html lang="${parts.lang ?? 'vi'}"><head><meta charset="utf-8"><title>Hội nghị thi đua vì người nghèo - Báo Mẫu</title></head>
    <body><header class="site"><a href="/">Báo Mẫu</a></header>
    <div class="main"><h1>Hội nghị thi đua vì người nghèo</h1><div class="content">${body}</div></div></body></html>`,
    URL,
  );
}

function read(doc: Document) {
  const outcome = extractArticle(doc, { url: URL, summary: false });
  if (!outcome.ok) throw new Error(`not extracted: ${outcome.reason}`);
  return outcome.article;
}

const keepsAll = (text: string, prose: readonly string[]) => expect(prose.filter((p) => !text.includes(p))).toEqual([]);
const lacks = (text: string, noise: readonly string[]) =>
  expect(
    noise.filter((n) => text.includes(n)),
    'boilerplate left in the article',
  ).toEqual([]);

describe('the publisher’s copyright and address block', () => {
  it('removes a Vietnamese masthead: ©, licence, "Tòa soạn:", and the address and phone beside them; keeps the credit line', () => {
    const { text } = read(
      tailPage({
        tail: `<p>Tin, ảnh: NGUYỄN ANH</p><div class="ft"><p>© 2024 Báo Mẫu. Giấy phép số 123/GP-BTTTT do Bộ Thông tin và Truyền thông cấp.</p>
        <p>Tòa soạn: 123 đường Lê Lợi, phường Bến Thành, TP.HCM</p><p>Địa chỉ: 45 Hàng Bài, Hà Nội. Điện thoại: 024 3822 0000</p></div>`,
      }),
    );
    lacks(text, ['© 2024', 'Giấy phép số', 'Tòa soạn', 'Hàng Bài', '3822']);
    expect(text).toContain('Tin, ảnh: NGUYỄN ANH');
    keepsAll(text, PROSE);
  });
  it('removes "Copyright © 2024 The Daily. All rights reserved." and the address under it', () => {
    const { text } = read(
      tailPage({
        prose: EN_PROSE,
        lang: 'en',
        tail: `<p>Copyright © 2024 The Daily. All rights reserved.</p><p>Address: 1 Fleet Street, London EC4. Phone: 020 7000 0000</p>`,
      }),
    );
    lacks(text, ['Copyright', 'All rights reserved', 'Fleet Street']);
    keepsAll(text, EN_PROSE);
  });
  it('removes a French and a German notice ("Tous droits réservés", "Alle Rechte vorbehalten")', () => {
    const { text } = read(
      tailPage({
        prose: FR_PROSE,
        lang: 'fr',
        tail: `<p>Le Quotidien du Rail – Tous droits réservés</p><div><span>Tagesblatt GmbH. Alle Rechte vorbehalten.</span></div>`,
      }),
    );
    lacks(text, ['Tous droits réservés', 'Alle Rechte vorbehalten']);
    keepsAll(text, FR_PROSE);
  });
});

describe('tag lists', () => {
  // Tag labels are not related-list headings (clean/labelled-lists.ts): a tag list goes here, at the end, label and tags together.
  it('has no tag label among the related-list headings', () => {
    const related = labelSet(RELATED_LIST_HEADINGS);
    expect([...labelSet(TAG_LIST_LABELS)].filter((label) => related.has(label))).toEqual([]);
  });
  it('removes a tag list whose label stands in an element of its own, the label and the tags ("<b>Từ khóa:</b> …", "<strong>Tags:</strong> …")', () => {
    const vi = read(
      tailPage({ tail: `<p><b>Từ khóa:</b> giảm nghèo bền vững, thi đua vì người nghèo, Lào Cai</p>` }),
    ).text;
    lacks(vi, ['Từ khóa', 'giảm nghèo bền vững, thi đua']);
    keepsAll(vi, PROSE);
    const en = read(
      tailPage({
        prose: EN_PROSE,
        lang: 'en',
        tail: `<p><strong>Tags:</strong> night trains, sleeper cars, Vienna, Split</p>`,
      }),
    ).text;
    lacks(en, ['Tags', 'night trains, sleeper cars']);
    keepsAll(en, EN_PROSE);
  });
  it('removes short linked tag lines whole ("Tags: <a>giảm nghèo</a>, <a>Lào Cai</a>")', () => {
    const { text } = read(
      tailPage({
        tail: `<p>Tags: <a href="/tag/giam-ngheo">giảm nghèo</a>, <a href="/tag/lao-cai">Lào Cai</a></p>
        <p><span>Từ khóa:</span> <a href="/tag/thi-dua">thi đua</a>, <a href="/tag/hai-duong">Hải Dương</a></p>`,
      }),
    );
    lacks(text, ['Tags', 'giảm nghèo, Lào Cai', 'Từ khóa', 'thi đua, Hải Dương']);
    keepsAll(text, PROSE);
  });
  it('removes a tag label standing over its tag links: plo’s "từ khóa" box, and a "Tags" heading over a list of twelve', () => {
    const plo = read(
      tailPage({
        tail: `<div class="article__tag"><h3 class="box-heading"><span class="title">từ khóa</span></h3>
        <div class="box-content"><a href="/giam-ngheo-tag1.html">#giảm nghèo</a> <a href="/lao-cai-tag2.html">#Lào Cai</a></div></div>`,
      }),
    ).text;
    lacks(plo, ['từ khóa', '#giảm nghèo', '#Lào Cai']);
    keepsAll(plo, PROSE);
    const tags = [
      'rail',
      'night trains',
      'Europe',
      'sleeper cars',
      'Vienna',
      'Split',
      'Austria',
      'Croatia',
      'cycling',
      'bicycles',
      'tickets',
      'rail campaigners',
    ];
    const en = read(
      tailPage({
        prose: EN_PROSE,
        lang: 'en',
        tail: `<h3>Tags</h3><ul>${tags.map((tag) => `<li><a href="/tag/${encodeURIComponent(tag)}">${tag}</a></li>`).join('')}</ul>`,
      }),
    ).text;
    lacks(en, ['Tags', 'night trains', 'rail campaigners']);
    keepsAll(en, EN_PROSE);
  });
  it('removes a long "Từ khóa: …", a long "Chủ đề: …" and a line of hashtags', () => {
    const { text } = read(
      tailPage({
        tail: `<p>Từ khóa: giảm nghèo, thi đua vì người nghèo, mô hình chăn nuôi, Lào Cai</p>
        <div class="topic">Chủ đề: giảm nghèo bền vững, thi đua vì người nghèo, Lào Cai, Hải Dương, Bắc Giang</div>
        <p>#giảmnghèo #LàoCai #thiđua</p>`,
      }),
    );
    lacks(text, ['Từ khóa', 'mô hình chăn nuôi, Lào Cai', 'Chủ đề', 'Hải Dương, Bắc Giang', '#giảmnghèo']);
    keepsAll(text, PROSE);
  });
  it('removes a long "Tags: …" and "Tagged: …"', () => {
    const { text } = read(
      tailPage({
        prose: EN_PROSE,
        lang: 'en',
        tail: `<p>Tags: rail, night trains, Europe, sleeper cars, Vienna, Split</p>
        <p>Tagged: Austria, Croatia, night trains, sleeper cars, cycling, rail travel</p>`,
      }),
    );
    lacks(text, ['Tags:', 'night trains, Europe', 'Tagged', 'sleeper cars, cycling']);
    keepsAll(text, EN_PROSE);
  });
  it('removes "Mots-clés : …", "Etiquetas: …" and "Schlagwörter: …"', () => {
    const { text } = read(
      tailPage({
        prose: FR_PROSE,
        lang: 'fr',
        tail: `<p>Mots-clés : SNCF, train de nuit, Berlin</p><p>Etiquetas: trenes, Europa</p><p>Schlagwörter: Nachtzug | Berlin</p>`,
      }),
    );
    lacks(text, ['Mots-clés', 'Etiquetas', 'Schlagwörter']);
    keepsAll(text, FR_PROSE);
  });
});

describe('comment policies', () => {
  it('removes "Bạn đọc bình luận bằng tiếng Việt có dấu…"', () => {
    const { text } = read(
      tailPage({
        tail: `<p>Bạn đọc bình luận bằng tiếng Việt có dấu. Ý kiến của bạn sẽ được biên tập trước khi đăng.</p>`,
      }),
    );
    lacks(text, ['tiếng Việt có dấu', 'biên tập trước khi đăng']);
    keepsAll(text, PROSE);
  });
  it('removes "Comments are moderated…", "We welcome comments that…" and "Les commentaires sont modérés"', () => {
    const { text } = read(
      tailPage({
        prose: EN_PROSE,
        lang: 'en',
        tail: `<p>Comments are moderated and may take a while to appear.</p><p>We welcome comments that add to the conversation and stay on topic.</p>
        <p>Les commentaires sont modérés avant publication.</p>`,
      }),
    );
    lacks(text, ['Comments are moderated', 'We welcome comments', 'Les commentaires']);
    keepsAll(text, EN_PROSE);
  });
});

describe('"Updated at …" lines standing alone (clean/datelines.ts)', () => {
  it('removes "Cập nhật lúc 10:30 14/04/2023", "Updated at 1:23 p.m. ET" and "Mis à jour le 12/03/2024 à 10h30"', () => {
    const { text } = read(
      tailPage({
        tail: `<p>Cập nhật lúc 10:30 14/04/2023</p><p>Updated at 1:23 p.m. ET</p><p>Mis à jour le 12/03/2024 à 10h30</p>`,
      }),
    );
    lacks(text, ['Cập nhật lúc', 'Updated at', 'Mis à jour']);
    keepsAll(text, PROSE);
  });
  it('keeps a sentence that starts with a time', () => {
    const { text } = read(tailPage({ tail: '<p>Lúc 10:30, đoàn đại biểu đã về tới Hà Nội.</p>' }));
    expect(text).toContain('Lúc 10:30, đoàn đại biểu đã về tới Hà Nội.');
  });
});

describe('the standfirst printed again at the end (clean/article-repeats.ts)', () => {
  const standfirst = 'Nhiều mô hình giảm nghèo hay được nhân rộng.'; // shorter than MIN_REPEAT_CHARS
  const long =
    'Phong trào thi đua vì người nghèo được triển khai rộng khắp, với nhiều mô hình hay ở các tỉnh miền núi phía Bắc.';
  const count = (text: string, part: string) => text.split(part).length - 1;
  it('removes a short standfirst’s copy', () => {
    const { text } = read(tailPage({ top: `<p><b>${standfirst}</b></p>`, tail: `<p>${standfirst}</p>` }));
    expect(count(text, standfirst)).toBe(1);
    expect(text.startsWith(standfirst)).toBe(true);
  });
  it('removes the description under the story when the top copy has a source tag ("(Dân trí) - ")', () => {
    const { text } = read(tailPage({ top: `<p><b>(Dân trí) - ${long}</b></p>`, tail: `<p>${long}</p>` }));
    expect(count(text, long)).toBe(1);
    expect(text.startsWith(`(Dân trí) - ${long}`)).toBe(true);
  });
  it('removes a copy cut short ("…"), one in a share card’s list item, and one with curly quotes', () => {
    const quoted =
      'Ông Hùng nói: "Phong trào thi đua vì người nghèo cần được nhân rộng ở mọi địa phương trong năm tới".';
    for (const [top, tail, kept] of [
      [`<p><b>${long}</b></p>`, `<p>${long.slice(0, 45)}…</p>`, long], // under half: only the "…" says it is a copy
      [`<p><b>${long}</b></p>`, `<ul class="share"><li>${long}</li></ul>`, long],
      [`<p><b>${quoted}</b></p>`, `<p>${quoted.replace(/"([^"]*)"/, '“$1”')}</p>`, quoted],
    ] as const) {
      const { text } = read(tailPage({ top, tail }));
      expect(count(text, long.slice(0, 40)) + count(text, 'cần được nhân rộng ở mọi')).toBe(1);
      expect(text.startsWith(kept)).toBe(true);
    }
  });
});

describe('what stays', () => {
  it('keeps a sentence in the middle of the story about copyright, "bản quyền" and tags', () => {
    const middle = [
      'Bản quyền thuộc về tác giả, còn dòng © 2019 in trên bìa sách không chứng minh được điều gì, luật sư nói.',
      'Copyright 2020 was printed on every page, the court heard.',
      'Tags: nhãn dán trên từng bao gạo giúp người dân biết nguồn gốc.',
    ];
    const { text } = read(tailPage({ middle: middle.map((m) => `<p>${m}</p>`).join('') }));
    keepsAll(text, [...middle, ...PROSE]);
  });
  it('keeps short sentences in the middle of the story that start "Tags:" or "Từ khóa:", whole, also with the label in bold', () => {
    const middle = [
      'Tags: 40 cents each, printed at the station.',
      '<b>Từ khóa:</b> “bền vững”, ông Hùng nói.',
      '<strong>Tags:</strong> night trains, sleeper cars and bicycles, the operator said.',
    ];
    const { text } = read(tailPage({ middle: middle.map((m) => `<p>${m}</p>`).join('') }));
    keepsAll(text, [...middle.map((m) => m.replace(/<\/?\w+>/g, '')), ...PROSE]);
  });
  it('keeps a last paragraph that starts "Tags" as prose, and one that starts "Từ khóa"', () => {
    const last = [
      'Tags hanging from every tree tell visitors which variety they are picking.',
      'Từ khóa của hội nghị năm nay là “bền vững”, ông Hùng nói.',
    ];
    const { text } = read(tailPage({ tail: last.map((m) => `<p>${m}</p>`).join('') }));
    keepsAll(text, [...last, ...PROSE]);
  });
  it('keeps an address to send donations to, with no copyright beside it, and a real last paragraph', () => {
    const last = [
      'Mọi sự giúp đỡ xin gửi về Quỹ Tấm lòng vàng của báo.',
      'Địa chỉ: 51 Hàng Bồ, Hà Nội. Điện thoại: 024 3826 0000',
      'Ông Hùng cho biết các ý kiến đóng góp sẽ được tổng hợp gửi Chính phủ.',
    ];
    const { text } = read(tailPage({ tail: last.map((m) => `<p>${m}</p>`).join('') }));
    keepsAll(text, [...last, ...PROSE]);
  });
  it('keeps a last photo’s credit ("© 2024 AFP")', () => {
    const { text } = read(
      tailPage({
        tail: '<figure><img src="/a.jpg" alt=""><figcaption>Nông dân thu hoạch lúa. Ảnh: © 2024 AFP</figcaption></figure>',
      }),
    );
    expect(text).toContain('© 2024 AFP');
  });
});
