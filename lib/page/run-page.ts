import { detectArticle } from '../detect';
import { SITE_OFF_ATTRIBUTE, startDeclutter } from '../declutter';
import { serializePage } from '../extract/serialize';
import type { IngestResult } from '../messages/protocol';
import { siteDeclutters, siteMode, type Settings } from '../settings';
import { PageSession } from './session';
import { domReady, idle } from './timing';

export interface PageEnv {
  doc: Document;
  url: string;
  settings: Settings;
  /** Sends the serialized page to the background to be parsed and stored. */
  ingest: (request: { url: string; html: string; detection: ReturnType<typeof detectArticle> }) => Promise<IngestResult>;
  log?: (line: string) => void;
}

/**
 * The content script's whole job on one page, in order: respect the site switch, decide
 * article-or-not cheaply, start hiding widgets, and hand the page to the background once.
 */
export async function runPage(env: PageEnv, session = new PageSession(env.url)): Promise<PageSession> {
  const log = env.log ?? ((line) => console.info(line));
  const mode = siteMode(env.settings, new URL(env.url).hostname);
  if (mode === 'off') {
    env.doc.documentElement.setAttribute(SITE_OFF_ATTRIBUTE, '');
    return session;
  }
  if (!siteDeclutters(mode)) env.doc.documentElement.setAttribute(SITE_OFF_ATTRIBUTE, '');

  await domReady(env.doc);
  session.detection = detectArticle(env.doc, env.url);
  if (!session.detection.isArticle) return session;

  if (siteDeclutters(mode)) {
    session.declutter = startDeclutter({ doc: env.doc, hideWholeLists: env.settings.hideWholeLists });
  }
  await idle();
  try {
    session.ingest = await env.ingest({ url: env.url, html: serializePage(env.doc), detection: session.detection });
  } catch (error) {
    session.ingest = { outcome: 'error', message: error instanceof Error ? error.message : String(error) };
  }
  if (session.ingest.article) session.declutter?.protect(session.ingest.article.paragraphs);
  log(`[backstory] ${describeOutcome(session.ingest)}: ${env.url}`);
  return session;
}

function describeOutcome(result: IngestResult): string {
  return result.message ? `${result.outcome} (${result.message})` : result.outcome;
}
