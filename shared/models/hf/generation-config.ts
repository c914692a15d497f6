// Generation settings of a decoder folder: transformers' GenerationConfig defaults, overlaid by the folder's
// `generation_config.json` (read once per model), overlaid by the request (per call). Pure.
//
// The stop token ids are the folder's `eos_token_id` (one id or a list) from generation_config.json, else
// config.json, else the tokenizer's eos token. Sampling is on when the request asks for it (`doSample`), or
// sets a temperature (as an OpenAI request does), or else when generation_config.json says `do_sample`;
// temperature 0 always means greedy.
import { z } from 'zod';
import type { HfConfig } from './folder.ts';
import { HfFolderError } from './folder.ts';
import { parseFile } from './tokenizer.ts';
import type { SamplingParams } from './sampling.ts';

/** What the folder says about generating, with transformers' defaults where it says nothing. */
export interface GenerationDefaults extends SamplingParams {
  /** generation_config.json's `max_new_tokens`, when it sets one. */
  maxNewTokens: number | undefined;
  eosTokenIds: number[];
}

/** The sampling settings a request may give; anything unset comes from the folder. */
export interface SamplingRequest {
  doSample?: boolean;
  temperature?: number;
  topK?: number;
  topP?: number;
  repetitionPenalty?: number;
}

/** A request setting out of range (a client error: HTTP 400); `param` names the OpenAI field. */
export class DecoderInputError extends Error {
  override readonly name = 'DecoderInputError';
  constructor(
    message: string,
    readonly param: string,
  ) {
    super(message);
  }
}

// transformers' GenerationConfig defaults.
const TRANSFORMERS_DEFAULTS: SamplingParams = { doSample: false, temperature: 1, topK: 50, topP: 1, repetitionPenalty: 1 };

const tokenIds = z.union([z.number().int().nonnegative(), z.array(z.number().int().nonnegative())]).nullish();
const generationConfigSchema = z.looseObject({
  do_sample: z.boolean().nullish(),
  temperature: z.number().nonnegative().nullish(),
  top_k: z.number().int().nonnegative().nullish(),
  top_p: z.number().gt(0).lte(1).nullish(),
  repetition_penalty: z.number().positive().nullish(),
  max_new_tokens: z.number().int().positive().nullish(),
  eos_token_id: tokenIds,
});
const configEosSchema = z.looseObject({ eos_token_id: tokenIds });

/** The folder's defaults; `tokenizerEos` is the last resort for the stop token. */
export function generationDefaults(
  config: HfConfig,
  generationConfig: Record<string, unknown> | undefined,
  tokenizerEos: number | undefined,
): GenerationDefaults {
  const g = parseFile(generationConfigSchema, generationConfig ?? {}, 'generation_config.json', HfFolderError);
  const configEos = configEosSchema.safeParse(config);
  const eos = g.eos_token_id ?? (configEos.success ? configEos.data.eos_token_id : undefined) ?? tokenizerEos;
  return {
    doSample: g.do_sample ?? TRANSFORMERS_DEFAULTS.doSample,
    temperature: g.temperature ?? TRANSFORMERS_DEFAULTS.temperature,
    topK: g.top_k ?? TRANSFORMERS_DEFAULTS.topK,
    topP: g.top_p ?? TRANSFORMERS_DEFAULTS.topP,
    repetitionPenalty: g.repetition_penalty ?? TRANSFORMERS_DEFAULTS.repetitionPenalty,
    maxNewTokens: g.max_new_tokens ?? undefined,
    eosTokenIds: eos === undefined ? [] : [eos].flat(),
  };
}

/** The sampling settings of one call: the request's, else the folder's; checked for range. */
export function samplingParams(defaults: GenerationDefaults, request: SamplingRequest): SamplingParams {
  const temperature = request.temperature ?? defaults.temperature;
  const params: SamplingParams = {
    doSample: temperature > 0 && (request.doSample ?? (request.temperature !== undefined || defaults.doSample)),
    temperature,
    topK: request.topK ?? defaults.topK,
    topP: request.topP ?? defaults.topP,
    repetitionPenalty: request.repetitionPenalty ?? defaults.repetitionPenalty,
  };
  if (!(temperature >= 0 && Number.isFinite(temperature)))
    throw new DecoderInputError('temperature must be a number of at least 0', 'temperature');
  if (!(Number.isInteger(params.topK) && params.topK >= 0)) throw new DecoderInputError('top_k must be an integer of at least 0', 'top_k');
  if (!(params.topP > 0 && params.topP <= 1)) throw new DecoderInputError('top_p must be greater than 0 and at most 1', 'top_p');
  if (!(params.repetitionPenalty > 0 && Number.isFinite(params.repetitionPenalty)))
    throw new DecoderInputError('repetition_penalty must be a number greater than 0', 'repetition_penalty');
  return params;
}
