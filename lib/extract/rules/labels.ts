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
  'tin hot', 'tin nóng', 'tin đọc nhiều', 'tin xem nhiều', 'tin hay', 'nổi bật', 'tiêu điểm', 'được quan tâm',
  'tin tài trợ', 'thông tin doanh nghiệp', 'video nổi bật', 'chủ đề', 'chủ đề liên quan',
  'từ khóa', 'từ khoá', 'tags', 'tag',
  // English news, blog and WordPress themes
  'related', 'related articles', 'related posts', 'related stories', 'related news', 'related content', 'related coverage',
  'read more', 'read next', 'read also', 'also read', 'see also', 'more stories', 'more news', 'more from', 'more on this story',
  'more to explore', 'you may also like', 'you might also like', 'you may be interested in', 'recommended', 'recommended for you',
  'most read', 'most popular', 'most viewed', 'most shared', 'popular', 'popular posts', 'trending', 'trending now',
  "don't miss", 'dont miss', 'latest', 'latest news', 'latest stories', 'top stories', 'editors picks', "editor's picks",
  'topics', 'tagged', 'filed under', 'sponsored', 'sponsored content', 'around the web', 'newsletter',
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
