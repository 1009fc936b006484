// Boilerplate tails, part 3 (rules/tails.ts has the others): comment policies at the end of an
// article. Used by clean/tails.ts; matched on normalised text (normalizeLabel), written as pages print them.
// Notes above or below the comment box that Readability keeps with the article (VnExpress-style
// "gõ tiếng Việt có dấu", WordPress's "Your email address will not be published", in each of
// its translations). Matched anywhere in a short block at the end.

export const COMMENT_POLICY_PHRASES: readonly string[] = [
  // Vietnamese
  'tiếng việt có dấu',
  'được biên tập trước khi đăng',
  'được kiểm duyệt trước khi đăng',
  'bình luận sẽ được kiểm duyệt',
  'ý kiến của bạn sẽ được',
  'bình luận của bạn sẽ được',
  'không chấp nhận bình luận',
  // English
  'comments are moderated',
  'comments are closed',
  'comments may be moderated',
  'comments will be moderated',
  'comments will be reviewed',
  'we welcome comments',
  'read our comment policy',
  'see our comment policy',
  'read our community guidelines',
  'your email address will not be published',
  'required fields are marked',
  // French, Spanish, Portuguese, German, Italian, Indonesian
  'les commentaires sont modérés',
  'les commentaires sont fermés',
  'charte de modération',
  'votre adresse e-mail ne sera pas publiée',
  'los comentarios están moderados',
  'los comentarios están cerrados',
  'tu dirección de correo electrónico no será publicada',
  'os comentários são moderados',
  'o seu endereço de email não será publicado',
  'o seu endereço de e-mail não será publicado',
  'kommentare werden moderiert',
  'die kommentarfunktion ist',
  'ihre e-mail-adresse wird nicht veröffentlicht',
  'i commenti sono moderati',
  'i commenti sono chiusi',
  'il tuo indirizzo email non sarà pubblicato',
  'alamat email anda tidak akan dipublikasikan',
  // Chinese, Japanese, Korean, Thai (WordPress's own translations)
  '邮箱地址不会被公开',
  '评论已关闭',
  'メールアドレスが公開されることはありません',
  '이메일 주소는 공개되지 않습니다',
  'อีเมลของคุณจะไม่แสดงให้คนอื่นเห็น',
];
