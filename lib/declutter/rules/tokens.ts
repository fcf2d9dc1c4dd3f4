import type { WidgetKind } from '../kinds';

/**
 * Class and id tokens that name a widget. An element's class and id are split into lowercase words
 * ("c-article-most-popular" → c, article, most, popular; "mostRead" → most, read); a row matches when
 * all its words appear next to each other. `weight` 2 is a strong name, 1 a hint that needs
 * structure too (a teaser list or an empty placeholder).
 */
export interface TokenRow {
  words: string;
  kind: WidgetKind;
  weight: 1 | 2;
}

export const WIDGET_TOKENS: TokenRow[] = [
  { words: 'related', kind: 'recommended', weight: 2 },
  { words: 'relateds', kind: 'recommended', weight: 2 },
  { words: 'recommended', kind: 'recommended', weight: 2 },
  { words: 'recommendations', kind: 'recommended', weight: 2 },
  { words: 'recommendation', kind: 'recommended', weight: 2 },
  { words: 'recirc', kind: 'recommended', weight: 2 },
  { words: 'recirculation', kind: 'recommended', weight: 2 },
  { words: 'you may like', kind: 'recommended', weight: 2 },
  { words: 'read more', kind: 'recommended', weight: 1 },
  { words: 'see also', kind: 'recommended', weight: 2 },
  { words: 'onward', kind: 'recommended', weight: 2 },
  { words: 'most read', kind: 'most-read', weight: 2 },
  { words: 'mostread', kind: 'most-read', weight: 2 },
  { words: 'most popular', kind: 'most-read', weight: 2 },
  { words: 'mostpopular', kind: 'most-read', weight: 2 },
  { words: 'most shared', kind: 'most-read', weight: 2 },
  { words: 'most viewed', kind: 'most-read', weight: 2 },
  { words: 'popular', kind: 'most-read', weight: 1 },
  { words: 'trending', kind: 'trending', weight: 2 },
  { words: 'surge', kind: 'trending', weight: 1 },
  { words: 'editors picks', kind: 'editors-picks', weight: 2 },
  { words: 'featured stories', kind: 'editors-picks', weight: 2 },
  { words: 'customer choice', kind: 'editors-picks', weight: 1 },
  { words: 'sponsored', kind: 'sponsored', weight: 2 },
  { words: 'sponsor', kind: 'sponsored', weight: 2 },
  { words: 'sponsors', kind: 'sponsored', weight: 2 },
  { words: 'paid partner', kind: 'sponsored', weight: 2 },
  { words: 'around the web', kind: 'sponsored', weight: 2 },
  { words: 'promo', kind: 'other', weight: 1 },
  { words: 'promotions', kind: 'other', weight: 1 },
  { words: 'newsletter', kind: 'newsletter', weight: 2 },
  { words: 'newsletters', kind: 'newsletter', weight: 2 },
  { words: 'signup', kind: 'newsletter', weight: 1 },
  { words: 'optin', kind: 'newsletter', weight: 2 },
  { words: 'email optin', kind: 'newsletter', weight: 2 },
  { words: 'email groups', kind: 'newsletter', weight: 2 },
  { words: 'more stories', kind: 'more-news', weight: 2 },
  { words: 'more from', kind: 'more-news', weight: 2 },
  { words: 'morefrom', kind: 'more-news', weight: 2 },
  { words: 'next story', kind: 'more-news', weight: 2 },
  { words: 'next article', kind: 'more-news', weight: 2 },
  { words: 'nextarticle', kind: 'more-news', weight: 2 },
  { words: 'previous', kind: 'more-news', weight: 1 },
  { words: 'next', kind: 'more-news', weight: 1 },
  { words: 'comments', kind: 'comments', weight: 2 },
  { words: 'comment', kind: 'comments', weight: 1 },
  { words: 'latest', kind: 'news-feed', weight: 1 },
  { words: 'timeline', kind: 'news-feed', weight: 1 },
  { words: 'feed', kind: 'news-feed', weight: 1 },
];

/**
 * Third-party recommendation and native-ad vendors: any class or id word equal to one of these
 * names a vendor container ("taboola-right-rail", "OUTBRAIN", "c-outbrain", "zergnet-widget-40875").
 */
export const THIRD_PARTY_VENDORS: string[] = [
  'taboola', 'outbrain', 'zergnet', 'ligatus', 'strossle', 'revcontent', 'mgid', 'plista', 'dianomi',
  'nativo', 'teads', 'smartasset', 'adblade', 'yieldmo', 'powerinbox', 'sharethrough', 'trc',
];

/**
 * Comment platforms, and the word every comment module's name holds: a class or id word equal to
 * a platform, or holding "comments" inside a longer word ("fbcommentsmodule", "commentsection"),
 * names a comment module.
 */
export const COMMENT_PLATFORMS: string[] = ['disqus', 'livefyre', 'viafoura', 'spotim', 'openweb', 'coralproject', 'talkyard', 'commento'];
export const COMMENT_WORD = 'comments';

/** Words that mark navigation and site chrome: never treat these blocks as widgets by structure. */
export const CHROME_TOKENS: string[] = ['nav', 'navigation', 'menu', 'breadcrumb', 'breadcrumbs', 'pagination', 'pager', 'toolbar', 'masthead'];
