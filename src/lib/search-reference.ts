/**
 * The id of the title that opens the reference part of a search record (title, citation,
 * identifiers, classification). Pagefind splits a result at elements with an id, so the search
 * island takes its excerpt from the summary before it: never from what the result line shows.
 * Its own module, so the island imports one string and no server code.
 */
export const REFERENCE_ANCHOR = 'kb-reference';
