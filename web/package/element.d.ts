// Types of precis-summarizer/element: the <precis-summary> custom element.
import type {DetailedSummary} from './index.js';

export declare class PrecisSummaryElement extends HTMLElement {
  static readonly observedAttributes: string[];
  /** Summarizes now, in view or not. */
  refresh(): Promise<void>;
}

declare global {
  interface HTMLElementTagNameMap {
    'precis-summary': PrecisSummaryElement;
  }
  interface HTMLElementEventMap {
    'precis-summary': CustomEvent<DetailedSummary>;
    'precis-error': CustomEvent<unknown>;
  }
}
