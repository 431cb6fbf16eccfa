/**
 * The Markdown the knowledge base is written in: Sätteri's defaults (CommonMark with GFM
 * tables, footnotes, strikethrough and task lists), without smart punctuation because summaries
 * are written with the quotes they need. The site renders with it and the validator parses with
 * it, so both read a body the same way.
 */
import type { Features } from 'satteri';

export const MARKDOWN_FEATURES: Features = { smartPunctuation: false };
