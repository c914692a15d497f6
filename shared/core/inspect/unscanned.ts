// Content the edge cannot read as text, and so cannot scan for personal data. Whatever falls in one of these
// kinds makes a request sensitive: it may only go on-prem unless the policy lets that kind leave for a
// particular target (`allow_unscanned` on the target; the static check proves every path).
//
//   image, audio, video, file   media and documents (content parts, data: URLs of those types)
//   token_ids                   pre-tokenised input (embeddings `input` as integers, `logit_bias` ids)
//   binary                      bytes that do not decode to text (a data: URL or base64 run of binary)
//   uncovered_script            text in a script the PII detectors do not cover (e.g. Greek, Cyrillic, CJK)
//   tagger_failed               the learned PII tagger (beside the rules) could not run over the text

export const UNSCANNED_KINDS = ['image', 'audio', 'video', 'file', 'token_ids', 'binary', 'uncovered_script', 'tagger_failed'] as const;

export type UnscannedKind = (typeof UNSCANNED_KINDS)[number];
