// The optional LLM review: prompt, payload, reply parsing and the AsyncCheck the engine runs.
export { createLlmReview, createLlmReviewer, notices, DEFAULT_TIMEOUT_MS, type LlmReviewOptions, type LlmReviewOutcome, type LlmReviewer } from './review.js'
export { LLM_PROMPT_VERSION, LLM_SYSTEM_PROMPT } from './prompt.js'
export { buildPayload, maskSecrets, DEFAULT_MAX_SENTENCES, type Payload, type SentItem } from './payload.js'
export { parseReply, toFindings, indexOfIgnoringCase, LLM_RULE_ID, LLM_RULE_URL, type LlmReply, type MappedFindings } from './response.js'
export { describeClientError, redact } from './errors.js'
