// Visible labels of page furniture, in Vietnamese and English. Matching is done on the
// normalised label (see normalizeLabel): lower case, no accents, no bullets, arrows or
// trailing colon, so "TIN LIÊN QUAN »", "Tin liên quan:" and "tin lien quan" are one label.
// Site selectors miss sites we have never seen; the words on the page do not.

/** Headings of lists of other articles. The heading and the list under it go. */
export const RELATED_LIST_HEADINGS: readonly string[] = [
  // Vietnamese news sites (plo, dantri, vnexpress, thanhnien, zing, genk, nld, 24h and the seed page)
  'bài liên quan', 'tin liên quan', 'bài viết liên quan', 'tin tức liên quan', 'tin bài liên quan',
  'tin mới', 'tin mới nhất', 'tin mới cập nhật', 'tin mới hơn', 'tin cũ hơn', 'tin tức gần đây', 'tin gần đây',
  'tin khác', 'các tin khác', 'các tin đã đưa', 'bài khác', 'tin cùng chuyên mục', 'cùng chuyên mục',
  'đọc thêm', 'xem thêm', 'xem tiếp', 'đọc tiếp',
  'đọc nhiều', 'đọc nhiều nhất', 'xem nhiều', 'xem nhiều nhất', 'phản hồi nhiều nhất', 'bình luận nhiều nhất',
  'có thể bạn quan tâm', 'bạn có thể quan tâm', 'có thể bạn chưa đọc', 'đừng bỏ lỡ', 'tin nổi bật', 'tin tiêu điểm',
  'sự kiện tiêu điểm', 'dòng sự kiện', 'sự kiện nóng', 'tin hot', 'tin nóng', 'tin đọc nhiều', 'tin xem nhiều', 'tin hay', 'nổi bật', 'tiêu điểm', 'được quan tâm',
  'tin tài trợ', 'thông tin doanh nghiệp', 'video nổi bật', 'chủ đề liên quan',
  // (no tag labels — "Tags", "Từ khóa", "Chủ đề", "Topics", "Filed under": a tag list goes only at the end of the
  // article, label and tags together, by clean/tails.ts (rules/tails.ts TAG_LIST_LABELS); taken for a heading here, a
  // "Từ khóa:" label went and its tags stayed, and a short "Tags: …" sentence went from the middle of a story)
  // … and the wordings of sites not in the corpus (tuoitre, vietnamnet, laodong, vov, kenh14 style boxes)
  'tin cùng chủ đề', 'bài cùng chủ đề', 'cùng chủ đề', 'bài viết cùng chuyên mục', 'tin tức cùng chuyên mục', 'tin cùng sự kiện',
  'theo dòng sự kiện', 'bài viết khác', 'các bài viết khác', 'tin bài khác', 'tin tức khác', 'bài mới', 'bài viết mới', 'bài viết mới nhất',
  'mới nhất', 'tin mới đăng', 'tin đọc nhiều nhất', 'tin xem nhiều nhất', 'bài đọc nhiều', 'bạn đọc quan tâm', 'nội dung liên quan',
  'video liên quan', 'xem thêm tin', 'xem thêm bài', 'mời bạn đọc xem thêm', 'có thể bạn muốn xem', 'gợi ý cho bạn', 'dành cho bạn',
  // English news, blog and WordPress themes
  'related', 'related articles', 'related posts', 'related stories', 'related news', 'related content', 'related coverage',
  'read more', 'read next', 'read also', 'also read', 'see also', 'more stories', 'more news', 'more from', 'more on this story',
  'more to explore', 'you may also like', 'you might also like', 'you may be interested in', 'recommended', 'recommended for you',
  'most read', 'most popular', 'most viewed', 'most shared', 'popular', 'popular posts', 'trending', 'trending now',
  "don't miss", 'dont miss', 'latest', 'latest news', 'latest stories', 'top stories', 'editors picks', "editor's picks",
  'sponsored', 'sponsored content', 'around the web', 'newsletter',
  'more like this', 'more coverage', 'more headlines', 'top headlines', 'related links', 'related reading', 'related video',
  'related videos', 'recommended reading', 'further reading', 'up next', 'watch next', 'what to read next', 'in case you missed it',
  'you might like', 'you may like', 'popular now', 'the latest',
  // Other languages Lede's readers meet: Arabic, French, Spanish, Portuguese, German, Indonesian, Russian, Chinese, Japanese
  'اقرأ أيضا', 'اقرأ أيضاً', 'اقرأ المزيد', 'مواضيع ذات صلة', 'أخبار ذات صلة', 'الأكثر قراءة', 'ذات صلة',
  'lire aussi', 'à lire aussi', 'a lire aussi', 'sur le même sujet', 'les plus lus', 'voir aussi',
  'la rédaction vous conseille', 'à lire également', 'sur le même thème', 'dans la même rubrique', 'les plus partagés', 'à découvrir',
  'lee también', 'te puede interesar', 'noticias relacionadas', 'relacionado', 'relacionadas', 'lo más leído', 'más leídas',
  'te recomendamos', 'también te puede interesar', 'más noticias', 'lo más visto',
  'leia também', 'veja também', 'mais lidas', 'notícias relacionadas', 'leia mais', 'mais notícias',
  'mehr zum thema', 'auch interessant', 'meistgelesen', 'das könnte sie auch interessieren', 'weitere artikel', 'weitere nachrichten',
  'leggi anche', 'potrebbe interessarti', 'articoli correlati', 'i più letti',
  'baca juga', 'berita terkait', 'terpopuler', 'artikel terkait', 'berita lainnya',
  'читайте также', 'по теме', 'самое читаемое',
  '相关阅读', '相关新闻', '相关文章', '延伸阅读', '推荐阅读', '热门文章', '関連記事', '関連ニュース', 'あわせて読みたい',
  '관련기사', '관련 기사', '많이 본 뉴스', 'ข่าวที่เกี่ยวข้อง',
];

/** Labels that only ever name a control: copy, share, print, save, back to top, text size.
 * Any element made of them goes, also with a count after it ("Bình luận (12)", "Share 2.4k"). */
export const COPY_SHARE_LABELS: readonly string[] = [
  // Vietnamese: the seed page's "• Click để copy", plus share bars
  'click để copy', 'click de copy', 'copy link', 'sao chép link', 'sao chép liên kết', 'sao chép đường dẫn',
  'chia sẻ', 'chia sẻ bài viết', 'chia sẻ facebook', 'gửi bài viết', 'lưu bài viết', 'in bài viết', 'in bài',
  'bình luận', 'gửi bình luận', 'theo dõi', 'theo dõi trên google news', 'nghe bài viết', 'nghe đọc bài',
  'sao chép', 'đã sao chép', 'đã copy', 'copy link bài viết', 'chia sẻ qua zalo', 'chia sẻ lên facebook', 'chia sẻ zalo', 'lưu tin',
  'in trang', 'gửi email', 'gửi góp ý', 'theo dõi báo trên google news', 'cỡ chữ', 'về đầu trang', 'lên đầu trang',
  // English
  'click to tweet', 'share tweet submit', 'share', 'share this', 'share this article', 'share this story', 'share on facebook',
  'share on twitter', 'share on x', 'tweet', 'copy', 'copied', 'copy url', 'copy to clipboard', 'link copied', 'save', 'save article',
  'print', 'email', 'comments', 'subscribe', 'follow', 'listen', 'listen to this article',
  'share via email', 'share on linkedin', 'share on whatsapp', 'copy link to clipboard', 'link copied to clipboard', 'gift this article',
  'gift article', 'print this article', 'email this article', 'save for later', 'back to top', 'return to top', 'scroll to top',
  'top of page', 'text size', 'font size',
  // Other languages (le Figaro's "Partager … Imprimer … Haut de page" side bar, and the like)
  'partager', 'partager cet article', 'imprimer', 'haut de page', 'retour en haut', 'compartir', 'imprimir', 'volver arriba',
  'compartilhar', 'partilhar', 'voltar ao topo', 'teilen', 'artikel teilen', 'drucken', 'nach oben', 'condividi', 'stampa',
  'bagikan', 'bagikan artikel', 'поделиться', 'شارك', 'مشاركة', '分享', 'シェア', '공유', '공유하기',
];

/** Names of networks and actions that appear in share bars next to the labels above. */
export const SHARE_BAR_WORDS: readonly string[] = [
  'facebook', 'twitter', 'x', 'zalo', 'messenger', 'whatsapp', 'telegram', 'linkedin', 'pinterest', 'pin', 'reddit',
  'email', 'mail', 'print', 'in', 'submit', 'like', 'thích', 'gửi', 'lưu', 'copy', 'share', 'tweet', 'flipboard',
];

/** Words of page-number bars ("Trang trước, [1], 2, 3, Trang sau", "« Previous 1 2 Next »"); with numbers, nothing else. */
export const PAGER_WORDS: readonly string[] = [
  'trang trước', 'trang sau', 'trang đầu', 'trang cuối', 'trước', 'sau', 'tiếp',
  'previous', 'prev', 'next', 'first', 'last', 'page', 'older', 'newer', 'more',
];

/** Words that may stand beside a date in a dateline ("Cập nhật: 14/04/2023 15:30", "Published 2 May 2025"). */
export const DATELINE_WORDS: readonly string[] = [
  'cập nhật', 'đăng', 'đăng lúc', 'ngày đăng', 'xuất bản', 'lúc', 'ngày', 'giờ', 'gmt', 'ict',
  'updated', 'published', 'posted', 'last updated', 'modified', 'on', 'at', 'am', 'pm',
  // time zones of English-language sites ("Published: Wednesday, 21 Sep 2011 | 4:35 PM ET", CNBC)
  'et', 'est', 'edt', 'ct', 'cst', 'cdt', 'mt', 'mst', 'mdt', 'pt', 'pst', 'pdt', 'bst', 'utc', 'cet', 'cest', 'aest', 'aedt',
  // relative times ("AP – 1 hr 4 mins ago", "2 giờ trước")
  'ago', 'hr', 'hrs', 'hour', 'hours', 'min', 'mins', 'minute', 'minutes', 'trước', 'phút', 'tiếng',
];
