import type { WidgetKind } from '../kinds';

/**
 * Widget headings, per language and kind. A phrase matches a heading when it appears in it as whole
 * words ("Mais lidas em Esporte" matches "mais lidas"); a phrase starting with "=" must be the whole
 * heading ("Direct", "Live"), because such short words also appear in ordinary titles.
 * Accents and case are ignored. To add a language, add its rows; the tests check every row.
 */
export interface HeadingRow {
  lang: 'en' | 'fr' | 'de' | 'es' | 'pt' | 'cs' | 'it' | 'nl';
  kind: WidgetKind;
  phrases: string[];
}

export const WIDGET_HEADINGS: HeadingRow[] = [
  // English
  { lang: 'en', kind: 'recommended', phrases: ['recommended', 'we recommend', 'recommended for you', 'you might also like', 'you may also like', 'you might like', 'you may like', 'suggested for you', 'related stories', 'related articles', 'related content', 'related coverage', 'related videos', 'related video', 'more related stories', 'more on this', "don't miss", 'in case you missed it', '=related', 'see also', 'read more', 'read next', 'up next', 'what to read next', 'more for you', '=for you'] },
  { lang: 'en', kind: 'news-feed', phrases: ['latest news', 'news latest', '=latest', 'latest stories', 'latest headlines', 'latest posts', 'latest articles', 'new posts', 'recent posts', 'recent articles', 'just in', 'breaking news', 'happening now', 'live updates', '=live', 'top stories', 'top news', 'today on', 'other opinion columns', 'more opinion', 'news feed'] },
  { lang: 'en', kind: 'most-read', phrases: ['most read', 'most popular', 'most viewed', 'most watched', 'most shared', 'most emailed', 'most commented', '=popular', 'popular stories', 'popular articles', 'popular posts'] },
  { lang: 'en', kind: 'trending', phrases: ['trending', 'popular now', 'hot right now', 'what s hot'] },
  { lang: 'en', kind: 'editors-picks', phrases: ["editor's picks", "editors' picks", 'editors picks', 'editor picks', 'staff picks', 'top picks', "readers' choice", 'featured stories', 'featured slide shows', '=featured'] },
  { lang: 'en', kind: 'sponsored', phrases: ['sponsored', 'sponsored content', 'sponsored stories', 'from our sponsors', 'our sponsors', 'sponsors', 'promoted stories', 'promoted content', 'paid content', 'partner content', 'from our partners', 'around the web', 'from the web', 'from around the web', 'powered by'] },
  { lang: 'en', kind: 'newsletter', phrases: ['newsletter', 'newsletters', 'sign up for', 'sign up', 'subscribe to our', 'get our', 'in your inbox', 'email updates'] },
  { lang: 'en', kind: 'more-news', phrases: ['more news', 'more stories', 'more from', 'more headlines', 'next article', 'next story', 'previous article', 'other stories', 'elsewhere on'] },
  { lang: 'en', kind: 'comments', phrases: ['=comments', '=comment', 'reader comments', 'join the conversation', 'join the discussion', 'leave a comment', 'show comments', 'view comments', 'comments are closed'] },
  { lang: 'en', kind: 'other', phrases: ['follow us', 'connect with us', 'connect', 'follow'] },
  // French
  { lang: 'fr', kind: 'recommended', phrases: ['recommandé', 'recommandés', 'nous vous recommandons', 'vous aimerez aussi', 'à lire aussi', 'lire aussi', 'à voir aussi', 'voir aussi', 'sur le même sujet', 'articles liés', 'dans la même rubrique', 'pour vous'] },
  { lang: 'fr', kind: 'news-feed', phrases: ['=direct', 'en direct', 'fil info', "fil d'actualité", 'dernières actualités', 'dernières infos', 'à la une', "l'essentiel de l'actualité"] },
  { lang: 'fr', kind: 'most-read', phrases: ['les plus lus', 'les plus lues', 'les plus partagés', 'les plus vus', 'les plus vues', 'les plus commentés', 'populaires', 'les plus populaires'] },
  { lang: 'fr', kind: 'trending', phrases: ['tendances', '=tendance', 'en ce moment'] },
  { lang: 'fr', kind: 'editors-picks', phrases: ['le choix de la rédaction', 'le choix des abonnés', 'sélection de la rédaction', 'nos sélections'] },
  { lang: 'fr', kind: 'sponsored', phrases: ['contenu sponsorisé', 'sponsorisé', 'contenus partenaires', 'ailleurs sur le web', 'sur le web'] },
  { lang: 'fr', kind: 'newsletter', phrases: ['recevoir la newsletter', 'inscrivez vous', 'abonnez vous à la newsletter', 'lettre d information'] },
  { lang: 'fr', kind: 'more-news', phrases: ["plus d'actualités", "plus d'actus", 'autres articles', 'article suivant', 'dans la rubrique'] },
  { lang: 'fr', kind: 'comments', phrases: ['=commentaires', 'les commentaires', 'voir les commentaires', '=réactions'] },
  { lang: 'fr', kind: 'other', phrases: ['suivez nous', 'nous suivre'] },
  // German
  { lang: 'de', kind: 'recommended', phrases: ['empfohlen', 'empfehlungen', 'unsere empfehlung', 'das könnte sie auch interessieren', 'könnte sie auch interessieren', 'auch interessant', 'lesen sie auch', 'lesen sie mehr', 'mehr zum thema', 'siehe auch', 'verwandte artikel', 'passend dazu', 'zum thema'] },
  { lang: 'de', kind: 'news-feed', phrases: ['neueste artikel', 'neueste nachrichten', 'aktuelle nachrichten', 'newsticker', 'liveticker', 'schlagzeilen', 'top themen', 'topthemen'] },
  { lang: 'de', kind: 'most-read', phrases: ['meistgelesen', 'meistgelesene', 'meistgelesene artikel', 'am meisten gelesen', 'meist gelesen', 'meistgesehen', 'meistgeteilt', 'beliebteste', 'beliebt'] },
  { lang: 'de', kind: 'trending', phrases: ['im trend', 'trends', 'gerade beliebt'] },
  { lang: 'de', kind: 'editors-picks', phrases: ['redaktionstipps', 'auswahl der redaktion', 'empfehlungen der redaktion', 'tipps der redaktion'] },
  { lang: 'de', kind: 'sponsored', phrases: ['anzeige', 'gesponsert', 'aus dem netz', 'aus dem web', 'partnerinhalte', 'werbung'] },
  { lang: 'de', kind: 'newsletter', phrases: ['newsletter abonnieren', 'jetzt anmelden', 'newsletter bestellen'] },
  { lang: 'de', kind: 'more-news', phrases: ['weitere artikel', 'weitere nachrichten', 'mehr nachrichten', 'mehr aus', 'nächster artikel', 'weitere themen'] },
  { lang: 'de', kind: 'comments', phrases: ['=kommentare', 'leserkommentare', 'kommentare anzeigen'] },
  { lang: 'de', kind: 'other', phrases: ['folgen sie uns'] },
  // Spanish
  { lang: 'es', kind: 'recommended', phrases: ['recomendado', 'recomendados', 'te recomendamos', 'te puede interesar', 'también te puede interesar', 'te podría interesar', 'lee también', 'lea también', 'ver también', 'noticias relacionadas', 'relacionado', 'relacionados', 'contenido relacionado'] },
  { lang: 'es', kind: 'news-feed', phrases: ['últimas noticias', '=últimas', 'última hora', 'en directo', 'en vivo', '=portada'] },
  { lang: 'es', kind: 'most-read', phrases: ['lo más leído', 'más leídas', 'más leídos', 'lo más visto', 'más vistos', 'lo más compartido', 'más populares'] },
  { lang: 'es', kind: 'trending', phrases: ['tendencias', '=tendencia', 'es tendencia'] },
  { lang: 'es', kind: 'editors-picks', phrases: ['selección del editor', 'selección de la redacción', 'elegidos por la redacción'] },
  { lang: 'es', kind: 'sponsored', phrases: ['patrocinado', 'contenido patrocinado', 'publicidad', 'de la red'] },
  { lang: 'es', kind: 'newsletter', phrases: ['suscríbete', 'boletín', 'recibe nuestro boletín', 'apúntate'] },
  { lang: 'es', kind: 'more-news', phrases: ['más noticias', 'siguiente artículo', 'otras noticias'] },
  { lang: 'es', kind: 'comments', phrases: ['=comentarios', 'ver comentarios', 'deja tu comentario'] },
  { lang: 'es', kind: 'other', phrases: ['síguenos', 'siguenos en'] },
  // Portuguese
  { lang: 'pt', kind: 'recommended', phrases: ['recomendado', 'recomendadas', 'recomendamos', 'veja também', 'leia também', 'leia mais', 'relacionadas', 'notícias relacionadas', 'você pode gostar', 'pode te interessar', 'saiba mais'] },
  { lang: 'pt', kind: 'news-feed', phrases: ['últimas notícias', 'ao vivo', 'plantão', '=agora'] },
  { lang: 'pt', kind: 'most-read', phrases: ['mais lidas', 'mais lidos', 'mais vistas', 'mais vistos', 'mais compartilhadas', 'mais populares'] },
  { lang: 'pt', kind: 'trending', phrases: ['em alta', 'tendências'] },
  { lang: 'pt', kind: 'editors-picks', phrases: ['escolha do editor', 'seleção do editor', 'destaques'] },
  { lang: 'pt', kind: 'sponsored', phrases: ['patrocinado', 'conteúdo patrocinado', 'publicidade', 'conteúdo de marca'] },
  { lang: 'pt', kind: 'newsletter', phrases: ['escolha suas newsletters', 'assine a newsletter', 'inscreva se', 'receba no seu e mail'] },
  { lang: 'pt', kind: 'more-news', phrases: ['mais notícias', 'outras notícias', 'próxima notícia'] },
  { lang: 'pt', kind: 'comments', phrases: ['=comentários', 'ver comentários', 'deixe seu comentário'] },
  { lang: 'pt', kind: 'other', phrases: ['siga nos', 'nos siga'] },
  // Czech
  { lang: 'cs', kind: 'recommended', phrases: ['související', 'související články', 'doporučujeme', 'doporučené', 'mohlo by vás zajímat', 'čtěte také', 'čtěte též', 'přečtěte si také', 'viz také', 'další články'] },
  { lang: 'cs', kind: 'news-feed', phrases: ['právě se děje', 'nejnovější zprávy', 'nejnovější', 'zprávy dne', '=aktuálně', '=online'] },
  { lang: 'cs', kind: 'most-read', phrases: ['nejčtenější', 'nejčtenější články', 'nejsledovanější', 'nejsdílenější', 'nejoblíbenější'] },
  { lang: 'cs', kind: 'trending', phrases: ['trendy', 'populární'] },
  { lang: 'cs', kind: 'editors-picks', phrases: ['výběr redakce', 'redakce doporučuje'] },
  { lang: 'cs', kind: 'sponsored', phrases: ['sponzorováno', 'komerční sdělení', 'reklama', 'partnerský obsah'] },
  { lang: 'cs', kind: 'newsletter', phrases: ['do e mailu', 'odebírejte', 'přihlaste se k odběru', 'newsletter'] },
  { lang: 'cs', kind: 'more-news', phrases: ['další zprávy', 'další z rubriky', 'další článek'] },
  { lang: 'cs', kind: 'comments', phrases: ['=diskuse', '=komentáře', 'vstoupit do diskuse'] },
  { lang: 'cs', kind: 'other', phrases: ['sledujte nás'] },
  // Italian and Dutch (a start)
  { lang: 'it', kind: 'recommended', phrases: ['leggi anche', 'potrebbe interessarti', 'consigliati', 'articoli correlati'] },
  { lang: 'it', kind: 'most-read', phrases: ['più letti', 'i più letti', 'più visti'] },
  { lang: 'it', kind: 'comments', phrases: ['=commenti'] },
  { lang: 'nl', kind: 'recommended', phrases: ['lees ook', 'aanbevolen', 'gerelateerd', 'meer over'] },
  { lang: 'nl', kind: 'most-read', phrases: ['meest gelezen', 'meest bekeken'] },
  { lang: 'nl', kind: 'comments', phrases: ['=reacties'] },
];

/**
 * Labels that open a link box inside the article body ("Related: …", "Read more: …"): such a box
 * may be hidden even inside the article, because it is clearly not article text.
 */
export const LINK_BOX_LABELS: string[] = [
  'related', 'see also', 'read more', 'read also', 'also read', 'more on this', 'recommended', 'related stories',
  'lire aussi', 'à lire aussi', 'voir aussi', 'sur le même sujet', 'lesen sie auch', 'mehr zum thema', 'siehe auch',
  'lee también', 'ver también', 'relacionado', 'leia também', 'veja também', 'leia mais', 'související',
  'čtěte také', 'přečtěte si také', 'viz také', 'leggi anche', 'lees ook',
];
