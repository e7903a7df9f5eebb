/**
 * Topic data, as editors maintain it in `content/_data/topics.yaml`: a description and
 * aliases for some topics. Validated by the loader; read by topic resolution.
 */

export interface TopicEntry {
  /** Canonical display name, e.g. "Republic of Korea". */
  readonly name: string;
  readonly description?: string;
  /** Other spellings editors may type, e.g. ["RoK", "South Korea"]. */
  readonly aliases: readonly string[];
  /** 1-based line of the entry's key in the data file. */
  readonly line: number;
}

export interface TopicData {
  /** Project-relative path of the data file (`content/_data/topics.yaml`), for messages. */
  readonly file: string;
  readonly topics: readonly TopicEntry[];
}

/** No topic data: every tag stands for itself. */
export const emptyTopicData: TopicData = { file: "content/_data/topics.yaml", topics: [] };
