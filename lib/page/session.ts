import type { Detection } from '../detect';
import type { DeclutterController, HiddenCounts } from '../declutter';
import type { IngestResult, PageStatus } from '../messages/protocol';

/** What the content script knows about its page; the popup reads it through 'page/status'. */
export class PageSession {
  detection: Detection | null = null;
  ingest: IngestResult | null = null;
  declutter: DeclutterController | null = null;
  showingHidden = false;
  /** The site was switched off when the page loaded: nothing was read. */
  siteOff = false;

  constructor(readonly url: string) {}

  /** Whether the reader can still ask to keep the page: passed over by detection, or not kept because of a pause. */
  keepableByHand(): this is PageSession & { detection: Detection } {
    if (!this.detection) return false;
    return this.ingest ? this.ingest.outcome === 'paused' : !this.detection.isArticle;
  }

  status(): PageStatus {
    const hidden: HiddenCounts = this.declutter?.counts() ?? ({} as HiddenCounts);
    const hiddenTotal = Object.values(hidden).reduce((sum: number, n) => sum + (n as number), 0);
    return {
      url: this.url,
      detection: this.detection,
      ingest: this.ingest,
      hidden,
      hiddenTotal,
      trimmed: this.declutter?.trimmed() ?? 0,
      showingHidden: this.showingHidden,
      declutter: this.declutter !== null,
      siteOff: this.siteOff,
      keepable: this.keepableByHand(),
    };
  }

  showHidden(show: boolean): PageStatus {
    if (show) this.declutter?.showHidden();
    else this.declutter?.hideAgain();
    this.showingHidden = show && this.declutter !== null;
    return this.status();
  }
}
