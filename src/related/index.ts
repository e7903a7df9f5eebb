/**
 * Related Topics: the public API of `src/related/`. Build the index once over the
 * published articles, then query it per article; see `related.ts` for the ranking rules.
 */
export {
  buildRelatedIndex,
  isRelatedExact,
  relatedDefaults,
  relatedIndexesTo,
  relatedTo,
  topicWeight,
  type RelatedIndex,
  type RelatedInput,
  type RelatedMatch,
  type RelatedOptions,
} from "./related";
