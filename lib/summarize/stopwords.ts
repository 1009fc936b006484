/**
 * Stop words: left out when sentences are compared, so that similarity comes from the words
 * that carry content. Vietnamese words are syllables written apart, and many of its function
 * words are phrases of two or three syllables ("tuy nhiên", "cho biết", "bên cạnh đó"), so
 * entries may hold spaces; ./tokens removes the longest phrase that matches.
 * All entries are lower-case NFC.
 */

export const STOP_WORDS: Readonly<Record<string, readonly string[]>> = {
  vi: [
    // Connectives and discourse phrases.
    'và', 'với', 'hay', 'hoặc', 'nhưng', 'mà', 'thì', 'là', 'nên', 'vì', 'do', 'nếu', 'tuy', 'dù', 'để', 'rằng',
    'tuy nhiên', 'tuy vậy', 'bởi vì', 'bởi', 'vì vậy', 'vì thế', 'do đó', 'do vậy', 'cho nên', 'thế nhưng',
    'ngoài ra', 'bên cạnh đó', 'mặt khác', 'trong khi', 'trong đó', 'theo đó', 'như vậy', 'chẳng hạn', 'ví dụ',
    'đồng thời', 'thậm chí', 'hơn nữa', 'kể cả', 'cũng như', 'sau đó', 'trước đó', 'khi đó', 'lúc đó', 'từ đó',
    // Reporting verbs and hedges.
    'cho biết', 'cho rằng', 'nói rằng', 'nói', 'chia sẻ', 'khẳng định', 'nhấn mạnh', 'theo', 'có thể', 'được biết',
    // Aspect, modality, negation.
    'đã', 'đang', 'sẽ', 'vẫn', 'còn', 'cũng', 'đều', 'lại', 'mới', 'vừa', 'từng', 'chưa', 'không', 'chẳng', 'chả',
    'được', 'bị', 'phải', 'cần', 'hãy', 'đừng', 'rất', 'quá', 'lắm', 'hơn', 'nhất', 'khá', 'chỉ', 'ngay',
    // Determiners, classifiers, quantifiers.
    'các', 'những', 'mọi', 'mỗi', 'một', 'một số', 'nhiều', 'ít', 'cả', 'tất cả', 'toàn bộ', 'cái', 'chiếc',
    'con', 'sự', 'việc', 'điều', 'cuộc', 'này', 'kia', 'đó', 'ấy', 'nọ', 'đây', 'đấy', 'thế', 'vậy', 'nào', 'gì',
    // Prepositions and locatives.
    'của', 'cho', 'từ', 'tới', 'đến', 'tại', 'ở', 'trong', 'ngoài', 'trên', 'dưới', 'giữa', 'về', 'vào', 'ra', 'lên',
    'xuống', 'qua', 'sau', 'trước', 'khi', 'lúc', 'như', 'bằng', 'cùng', 'theo như', 'đối với', 'nhằm', 'thay vì',
    // Pronouns.
    'tôi', 'chúng tôi', 'chúng ta', 'ta', 'mình', 'họ', 'nó', 'ai', 'người ta', 'bản thân',
    // Verbs of being and having.
    'có', 'có được', 'làm', 'thấy', 'trở thành',
    // Sentence-final particles.
    'ạ', 'à', 'ư', 'nhé', 'nhỉ', 'chứ', 'đâu', 'thôi', 'rồi',
  ],
  en: [
    'a', 'an', 'the', 'and', 'or', 'but', 'nor', 'so', 'yet', 'if', 'then', 'than', 'because', 'as', 'while', 'when',
    'where', 'which', 'who', 'whom', 'whose', 'what', 'that', 'this', 'these', 'those', 'there', 'here',
    'of', 'to', 'in', 'on', 'at', 'by', 'for', 'with', 'from', 'into', 'onto', 'about', 'over', 'under', 'after',
    'before', 'between', 'through', 'during', 'without', 'within', 'against', 'up', 'down', 'out', 'off', 'per',
    'i', 'me', 'my', 'we', 'us', 'our', 'you', 'your', 'he', 'him', 'his', 'she', 'her', 'hers', 'it', 'its',
    'they', 'them', 'their', 'theirs', 'myself', 'himself', 'herself', 'itself', 'themselves',
    'is', 'am', 'are', 'was', 'were', 'be', 'been', 'being', 'have', 'has', 'had', 'having', 'do', 'does', 'did',
    'will', 'would', 'shall', 'should', 'can', 'could', 'may', 'might', 'must', 'not', 'no', 'also', 'just', 'only',
    'very', 'too', 'more', 'most', 'much', 'many', 'some', 'any', 'all', 'each', 'every', 'both', 'few', 'other',
    'such', 'own', 'same', 's', 't', 'd', 'll', 're', 've', 'don', 'said', 'says', 'say', 'told', 'according',
    'mr', 'mrs', 'ms', 'dr', 'one', 'two', 'new', 'now', 'still', 'even', 'however', 'how', 'why', 'again',
  ],
};
