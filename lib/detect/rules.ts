/**
 * The detection rules as data: each table says what a signal looks for and how much it
 * weighs. Positive weights point to a news/blog article, negative ones away from it.
 */

/** schema.org @type values (JSON-LD or microdata) that name an article page. */
export const ARTICLE_TYPES: Record<string, number> = {
  newsarticle: 3,
  reportagenewsarticle: 3,
  analysisnewsarticle: 3,
  opinionnewsarticle: 3,
  backgroundnewsarticle: 3,
  reviewnewsarticle: 3,
  askpublicnewsarticle: 3,
  satiricalarticle: 2.5,
  article: 2,
  blogposting: 2.5,
  socialmediaposting: 0,
  liveblogposting: 2,
  report: 1,
  scholarlyarticle: 1,
};

/** schema.org @type values that name a page which is not an article. */
export const NON_ARTICLE_TYPES: Record<string, number> = {
  product: -3,
  productgroup: -3,
  offer: -1,
  aggregateoffer: -2,
  itemlist: -1,
  collectionpage: -2.5,
  searchresultspage: -3,
  discussionforumposting: -3,
  qapage: -3,
  // FAQ blocks (FAQPage → mainEntity Question) sit at the foot of many guides and articles; a real
  // question page says QAPage, which keeps its full weight.
  question: -0.5,
  videoobject: -0.5,
  imagegallery: -2,
  mediagallery: -2,
  softwareapplication: -2,
  webapplication: -2,
  techarticle: -1,
  apireference: -3,
  profilepage: -2.5,
  event: -1,
  recipe: -3,
  jobposting: -3,
  faqpage: -1,
  localbusiness: -1,
  restaurant: -1,
  store: -2,
  course: -2,
};

/**
 * og:type values. "website" is the default many site templates print on every page, posts
 * included: it leans only a little away from an article.
 */
export const OG_TYPES: Record<string, number> = {
  article: 1.5,
  'blog': 0,
  website: -0.25,
  product: -3,
  'product.item': -3,
  'og:product': -3,
  profile: -2,
  'video.other': -1.5,
  'video.movie': -2,
  'video.episode': -1.5,
  'music.song': -2,
  book: -1,
};

/** Meta tags (lowercased name/property) whose presence says "this page has a publication date / author". */
export const ARTICLE_META: { names: string[]; weight: number; reason: string; dated?: boolean }[] = [
  { names: ['article:published_time'], weight: 1, reason: 'meta published time', dated: true },
  { names: ['pubdate', 'publishdate', 'date', 'dc.date', 'dc.date.issued', 'datepublished', 'parsely-pub-date', 'sailthru.date', 'article.published'], weight: 0.7, reason: 'meta date', dated: true },
  { names: ['author', 'article:author', 'parsely-author', 'byl'], weight: 0.3, reason: 'meta author' },
];

/** URL path shapes. Tested against the pathname (lowercased). */
export const URL_SHAPES: { pattern: RegExp; weight: number; reason: string }[] = [
  { pattern: /\/(19|20)\d\d[/-](0?[1-9]|1[0-2])([/-](0?[1-9]|[12]\d|3[01]))?\//, weight: 1, reason: 'dated path' },
  { pattern: /\/(19|20)\d\d-(0[1-9]|1[0-2])-([0-2]\d|3[01])[+_-][\p{L}]/u, weight: 1, reason: 'dated path' },
  { pattern: /\/(19|20)\d\d(0[1-9]|1[0-2])([0-2]\d|3[01])\//, weight: 0.8, reason: 'dated path' },
  { pattern: /\/[\p{L}0-9]+(?:-[\p{L}0-9%]+){3,}(?:\.s?html?|\.cms|\/)?$/u, weight: 0.8, reason: 'slug path' },
  { pattern: /(^|\/)(article|articles|story|stories|news|blog|blogs|post|posts|opinion|analysis|politics|world|business|sport|sports|insights?)\//, weight: 0.4, reason: 'article section in path' },
  { pattern: /\/(tag|tags|category|categories)\//, weight: -1.5, reason: 'index path' },
  { pattern: /\/(topic|topics|section|sections|author|authors|archive|archives|search|page)(\/[^/]*)?\/?$/, weight: -1.5, reason: 'index path' },
  { pattern: /\/(forum|forums|thread|threads|community|discussions?|questions?|answers?|comments|t)\//, weight: -1.5, reason: 'forum path' },
  { pattern: /\/(viewtopic|showthread|viewthread|showtopic)\.php$/, weight: -1.5, reason: 'forum path' },
  { pattern: /\/(product|products|shop|store|dp|item|cart|checkout|collections?)\//, weight: -1.5, reason: 'shop path' },
  { pattern: /\/(docs?|documentation|reference|api|manual|wiki|help|support|kb|faq)\//, weight: -1, reason: 'docs path' },
  { pattern: /\/(video|videos|watch|gallery|galleries|photos|slideshow|podcast|podcasts)\//, weight: -1, reason: 'media path' },
  { pattern: /\/(login|signin|signup|register|account|contact|about|pricing|careers|jobs|privacy|terms)\/?$/, weight: -1.5, reason: 'service path' },
  // Where a firm files what it sells ("/services/cybersecurity", "/what-we-do/capabilities/…").
  { pattern: /\/(services?|solutions|what-we-do|capabilities|use-cases)\//, weight: -1.5, reason: 'offering path' },
];

/** Host name shapes (first label) of sites that are not publications. */
export const HOST_SHAPES: { pattern: RegExp; weight: number; reason: string }[] = [
  { pattern: /^(docs?|developers?|dev|api|reference|learn|support|help|kb|manual|wiki)\./, weight: -1.5, reason: 'docs host' },
  { pattern: /^(forums?|community|discuss|discussions|answers|ask|bbs|boards?)\./, weight: -1.5, reason: 'forum host' },
  { pattern: /^(shop|store|buy)\./, weight: -1.5, reason: 'shop host' },
];

/** A page at the site's root (or a one-word section) is a front page. */
export const FRONT_PAGE_WEIGHT = -2;

/**
 * A dated run this long in one container is a full report, wherever it is posted: a forum thread or a
 * blog that reposts a news story whole is kept, as a copy of that story (related coverage folds copies).
 */
export const FULL_REPORT_RUN = { paragraphs: 15, weight: 1.5 };

/**
 * Code blocks (<pre>) at least `perParagraphs` times rarer than substantial paragraphs are a tech
 * post's examples; more code than that, on a page that declares no date, is a manual or a tutorial.
 */
export const CODE_HEAVY = { minBlocks: 3, perParagraphs: 4, weight: -1.5 };

/** Boxes with at most `children` child elements that wrap a paragraph are climbed, up to `levels`, to find its run. */
export const THIN_WRAPPER = { children: 2, levels: 3 };

/** Word counts that make a paragraph "substantial". */
export const SUBSTANTIAL_PARAGRAPH_CHARS = 80;

/**
 * Paragraphs written as text between `<br>`s: the first `breaks` line breaks are read, in at most
 * `boxes` distinct elements, reading at most `nodes` of their children in all (a page of a million
 * lines costs no more than a normal one); a chunk of `chunkChars` counts as a paragraph of the run.
 * Boxes of one kind (tag and classes) that hold such text `repeatedKind` times or more are posts or
 * comments.
 */
export const BROKEN_TEXT = { breaks: 2000, boxes: 200, nodes: 20_000, chunkChars: SUBSTANTIAL_PARAGRAPH_CHARS, repeatedKind: 3 };

/**
 * Where a printed date counts: by the headline, in the text of its box (the first <h1> climbed, at
 * most `levels`, until the box holds `boxChars` characters), from `before` characters ahead of the
 * headline to `after` characters past it. A box that prints `listDates` dates or more is a list of
 * dated teasers, not a dateline. Pages whose meta tags already declare a date are not counted twice.
 */
export const HEADLINE_DATE = { levels: 5, boxChars: 800, before: 300, after: 700, listDates: 3, weight: 1 };

/**
 * A page that speaks as "we" about "our" work is a business or an institution presenting itself (a
 * service or landing page), not a report. First-person plural words (English only so far), and the share of
 * a page's paragraph words above which it counts (on pages with at least `minWords`). Lowercase "us"
 * only: "US" is a country.
 */
export const OWN_VOICE = {
  words: /\b(?:[Ww]e|[Oo]urs?|us)\b/g,
  share: 0.01,
  minWords: 150,
  weight: -0.5,
};

/**
 * Links that name the kind of page they sit on: readers edit documentation and wikis, never a
 * publication's articles. `href` is a selector that picks the candidate links (case-sensitive: a
 * case-insensitive one is slow in jsdom), so the page's other links are never read; the candidate's
 * whole text (trimmed, case ignored) must then match `text`.
 */
export const PAGE_LINKS: { href: string; text: RegExp; weight: number; reason: string }[] = [
  {
    href: 'a[href*="edit"]',
    text: /^(edit (this page|on github|this article)|improve this (page|doc)|suggest an edit|edit source|view source)$/i,
    weight: -1.5,
    reason: 'edit link (docs or wiki)',
  },
];

/**
 * A headline that is only a noun phrase ending in what a business sells ("Cybersecurity Consulting
 * Services", "Private Music Lessons", "Consulting") names a service page. A report's or a guide's
 * headline says what happened, asks, ranks or compares ("Best Online MBA Programs", "Do I Need
 * Travel Insurance?"): `story` marks those, and they do not count. A headline longer than
 * `maxChars` is a sentence or a blurb. English only so far.
 */
export const OFFERING_HEADLINE = {
  offering: /\b(?:services?|consulting|consultancy|consultants?|agency|company|solutions|lawyers?|attorneys?|pricing|plans|courses?|lessons|classes|training|programs?|certification|rentals?|repairs?)\W*$/i,
  story: /\b(?:best|top|vs|versus|guide|how|what|why|when|who|which|compared?|comparing|according|tested|tried|\d+)\b|[?:]/i,
  maxChars: 120,
  weight: -1,
};

/** Decision threshold on the summed score. */
export const ARTICLE_THRESHOLD = 2;
