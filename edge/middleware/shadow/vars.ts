// What shadow() leaves on the context (types only).
import type { RoutedAs } from '../../../shared/core/shadow/compare.ts';

export interface ShadowVars {
  /** What the shadow policy would have decided for this request, when one is set; it decided nothing. */
  shadowDecision?: RoutedAs;
}
