import { detectArticle, type Detection } from '../detect';
import { SITE_OFF_ATTRIBUTE, startDeclutter } from '../declutter';
import { serializePage } from '../extract/serialize';
import { OUTCOME_TEXT } from '../messages/outcomes';
import type { IngestResult } from '../messages/protocol';
import { siteDeclutters, siteMode, type Settings } from '../settings';
import { PageSession } from './session';
import { domReady, idle } from './timing';

export interface PageEnv {
  doc: Document;
  url: string;
  settings: Settings;
  /** Sends the serialized page to the background to be parsed and stored. */
  ingest: (request: { url: string; html: string; detection: Detection; requested?: boolean }) => Promise<IngestResult>;
  log?: (line: string) => void;
  /** Hidden blocks keep their space while on screen; false only in the build that measures what that costs. */
  keepSpace?: boolean;
}

/**
 * Pages with more elements than this are not serialized: copying a 5 MB page takes hundreds of
 * milliseconds on the page's main thread, and no news article needs that many elements.
 */
export const MAX_PAGE_ELEMENTS = 25_000;

/** Set on <html> once the page is handled, to the outcome ('not-article', 'stored'…): tests wait on it. */
export const INGESTED_ATTRIBUTE = 'data-backstory-ingested';

/**
 * The content script's whole job on one page, in order: respect the site switch, decide
 * article-or-not cheaply, start hiding widgets, and hand the page to the background once.
 */
export async function runPage(env: PageEnv, session = new PageSession(env.url)): Promise<PageSession> {
  const mode = siteMode(env.settings, new URL(env.url).hostname);
  if (mode === 'off') {
    env.doc.documentElement.setAttribute(SITE_OFF_ATTRIBUTE, '');
    env.doc.documentElement.setAttribute(INGESTED_ATTRIBUTE, 'site-disabled');
    session.siteOff = true;
    return session;
  }
  if (!siteDeclutters(mode)) env.doc.documentElement.setAttribute(SITE_OFF_ATTRIBUTE, '');

  await domReady(env.doc);
  session.detection = detectArticle(env.doc, env.url);
  if (!session.detection.isArticle) {
    logOf(env)(`[backstory] not an article (${session.detection.reasons.join(', ') || 'no article signals'}): ${env.url}`);
    env.doc.documentElement.setAttribute(INGESTED_ATTRIBUTE, 'not-article');
    return session;
  }

  if (siteDeclutters(mode)) {
    session.declutter = startDeclutter({ doc: env.doc, hideWholeLists: env.settings.hideWholeLists, keepSpace: env.keepSpace });
  }
  await idle();
  session.ingest = await handOver(env, session.detection);
  if (session.ingest.article) session.declutter?.protect(session.ingest.article.paragraphs);
  announce(env, session.ingest);
  return session;
}

/** The reason added to the detection of a page kept by hand: the hand-over and the page's console line say why it was sent. */
export const KEPT_BY_READER = 'kept at the reader’s request';

/**
 * Hands the page to the background because the reader asked to keep it: a page detection passed
 * over (an evergreen guide, a report on an unusual page), or an article not kept while Backstory is
 * paused. The site's rules and private windows still apply in the background. A page kept already,
 * or an article still on its way, is not sent again.
 */
export async function keepAnyway(env: PageEnv, session: PageSession): Promise<PageSession> {
  if (!session.keepableByHand()) return session;
  const detection = { ...session.detection, reasons: [...session.detection.reasons, KEPT_BY_READER] };
  session.ingest = await handOver(env, detection, true);
  announce(env, session.ingest, ` (${KEPT_BY_READER})`);
  return session;
}

/** Sends the page to the background, unless it is too large to copy without a stall. */
async function handOver(env: PageEnv, detection: Detection, requested = false): Promise<IngestResult> {
  const elements = env.doc.getElementsByTagName('*').length;
  if (elements > MAX_PAGE_ELEMENTS) return { outcome: 'too-large', message: `${elements} elements` };
  try {
    return await env.ingest({ url: env.url, html: serializePage(env.doc), detection, requested });
  } catch (error) {
    return { outcome: 'error', message: error instanceof Error ? error.message : String(error) };
  }
}

/** Marks the page with the hand-over's outcome (tests wait on it) and says it on the console. */
function announce(env: PageEnv, result: IngestResult, why = ''): void {
  env.doc.documentElement.setAttribute(INGESTED_ATTRIBUTE, result.outcome);
  logOf(env)(`[backstory] ${describeOutcome(result)}${why}: ${env.url}`);
}

const logOf = (env: PageEnv) => env.log ?? ((line: string) => console.info(line));

function describeOutcome(result: IngestResult): string {
  const text = OUTCOME_TEXT[result.outcome];
  return result.message ? `${text} (${result.message})` : text;
}
