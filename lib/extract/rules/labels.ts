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
  'tin tài trợ', 'thông tin doanh nghiệp', 'video nổi bật', 'chủ đề', 'chủ đề liên quan',
  'từ khóa', 'từ khoá', 'tags', 'tag',
  // English news, blog and WordPress themes
  'related', 'related articles', 'related posts', 'related stories', 'related news', 'related content', 'related coverage',
  'read more', 'read next', 'read also', 'also read', 'see also', 'more stories', 'more news', 'more from', 'more on this story',
  'more to explore', 'you may also like', 'you might also like', 'you may be interested in', 'recommended', 'recommended for you',
  'most read', 'most popular', 'most viewed', 'most shared', 'popular', 'popular posts', 'trending', 'trending now',
  "don't miss", 'dont miss', 'latest', 'latest news', 'latest stories', 'top stories', 'editors picks', "editor's picks",
  'topics', 'tagged', 'filed under', 'sponsored', 'sponsored content', 'around the web', 'newsletter',
  // Other languages Lede's readers meet: Arabic, French, Spanish, Portuguese, German, Indonesian, Russian, Chinese, Japanese
  'اقرأ أيضا', 'اقرأ أيضاً', 'اقرأ المزيد', 'مواضيع ذات صلة', 'أخبار ذات صلة', 'الأكثر قراءة', 'ذات صلة',
  'lire aussi', 'à lire aussi', 'a lire aussi', 'sur le même sujet', 'les plus lus', 'voir aussi',
  'lee también', 'te puede interesar', 'noticias relacionadas', 'relacionado', 'relacionadas', 'lo más leído', 'más leídas',
  'leia também', 'veja também', 'mais lidas', 'notícias relacionadas',
  'mehr zum thema', 'auch interessant', 'meistgelesen', 'das könnte sie auch interessieren', 'weitere artikel',
  'baca juga', 'berita terkait', 'terpopuler', 'artikel terkait',
  'читайте также', 'по теме', 'самое читаемое',
  '相关阅读', '相关新闻', '延伸阅读', '热门文章', '関連記事', 'あわせて読みたい',
];

/** Labels that only ever name a copy or share control. Any element made of them goes. */
export const COPY_SHARE_LABELS: readonly string[] = [
  // Vietnamese: the seed page's "• Click để copy", plus share bars
  'click để copy', 'click de copy', 'copy link', 'sao chép link', 'sao chép liên kết', 'sao chép đường dẫn',
  'chia sẻ', 'chia sẻ bài viết', 'chia sẻ facebook', 'gửi bài viết', 'lưu bài viết', 'in bài viết', 'in bài',
  'bình luận', 'gửi bình luận', 'theo dõi', 'theo dõi trên google news', 'nghe bài viết', 'nghe đọc bài',
  // English
  'click to tweet', 'share tweet submit', 'share', 'share this', 'share this article', 'share this story', 'share on facebook',
  'share on twitter', 'share on x', 'tweet', 'copy', 'copied', 'copy url', 'copy to clipboard', 'link copied', 'save', 'save article',
  'print', 'email', 'comments', 'subscribe', 'follow', 'listen', 'listen to this article',
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
  'updated', 'published', 'posted', 'last updated', 'on', 'at', 'am', 'pm',
];
