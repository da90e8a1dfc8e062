// Readings that make claim-shaped words no claim: a negation ("not the fastest"), a hypothetical or
// illustrative example ("imagine an inbox with 12,000 unread emails"), a quoted example of what not to
// write, an aspiration ("we want to be the fastest"), a definition. Shared by every kind module.

// "not", "never", "isn't"… within the three words before the claim.
// (and "none of these benefits are", "nothing in life is": a subject that denies the whole sentence)
const NEGATION = /\b(?:not|never|no|isn['’]t|aren['’]t|wasn['’]t|weren['’]t|don['’]t|doesn['’]t|didn['’]t|won['’]t|can['’]t|cannot|nor|neither|hardly|nobody|none|nothing)\b(?:\s+[\w'’-]+){0,3}\s*$|\b(?:none\s+of|nothing)\s+(?:[\w'’-]+\s+){1,4}?(?:is|are|was|were|can\s+be|will\s+be)\s+$/i

export function negatedBefore(text: string, start: number): boolean {
  return NEGATION.test(text.slice(Math.max(0, start - 60), start))
}

// A scenario the reader is asked to picture, or a worked example's assumptions ("we did the math: 50 tokens a
// second across 1,000 sessions is 50,000 writes a second").
const HYPOTHETICAL = /\b(?:imagine|suppose|supposing|picture (?:this|an?|your)|let['’]s say|say (?:you|your|we)\b|assum(?:e|ing|ptions?)\b|hypothetical(?:ly)?|what if|for (?:the sake of )?(?:example|instance)[,:]?\s+(?:if|say|you|a|an|let)|if you (?:have|had|run|send|get)\b|for (?:example|instance)\s*[:,]\s*["“]|e\.g\.,?\s+(?:if|a|an)\b|(?:here['’]s|here\s+is|as|take)\s+an\s+example\b|\b(?:do|did|does|doing|run|ran)\s+the\s+(?:math|maths|numbers)\b|back[- ]of[- ](?:the[- ])?(?:envelope|napkin))/i

export function hypothetical(text: string): boolean {
  return HYPOTHETICAL.test(text)
}

// Copy about copy: the quoted words are an example of what (not) to write.
const ABOUT_WRITING = /\b(?:avoid|don['’]t (?:write|say|use|claim|promise)|do not (?:write|say|use|claim|promise)|never (?:write|say|claim|promise)|instead of (?:writing|saying)|rather than (?:writing|saying)|phrases? (?:like|such as)|words? (?:like|such as)|claims? (?:like|such as)|copy (?:like|such as)|(?:say|write|claim)s?\s*:?\s*$|banned|red flag|example of)\b/i

/** Whether [start, end) sits inside quotation marks in a sentence about what to write. */
export function quotedExample(text: string, start: number, end: number): boolean {
  if (!ABOUT_WRITING.test(text)) return false
  const open = text.slice(0, start).search(/["“‘'][^"”’']*$/)
  return open >= 0 && /["”’']/.test(text.slice(end))
}

// An aim rather than a fact: "we want to be the fastest", "help us make this the biggest launch yet",
// "let's build the most trusted tool", "to provide the best product for their customers" (not "proven to be
// the most insightful": a finding, not a hope).
const ASPIRATION = /\b(?:want(?:s|ed)?\s+to|aim(?:s|ing)?\s+(?:to|for)|strive|striving|hope|hoping|plan(?:s|ning)?\s+to|goal|mission|dream|aspire|let['’]s|help(?:s)?\s+(?:us|define|make)|working\s+(?:to|towards?)|continu(?:e|es|ing)\s+(?:to\s+)?\w+ing|keep\s+\w+ing|on (?:our|the) way to|focus(?:es|ed|ing)?\s+on\s+(?:becoming|being|making|building)\b|(?<!\b(?:proven|shown|known|said|considered|found|turned out)\s)to (?:become|provide|build|offer|create|deliver|be)\b|(?:could|would|might|should)\s+be)\b[^.;:!?]*$/i

export function aspirational(text: string, start: number): boolean {
  const before = text.slice(0, start)
  const aim = ASPIRATION.exec(before)
  // a clause of its own after the aim describes what is, not what is hoped for: "Let’s build a UI, which
  // allows you to use it with as many users as you want"
  return aim !== null && !/,\s*(?:which|so\s+(?:that\s+)?you|and\s+it)\b/i.test(before.slice(aim.index))
}

/** Whether [start, end) is inside a pair of quotation marks. */
export function insideQuotes(text: string, start: number, end: number): boolean {
  const before = text.slice(0, start)
  const opens = (before.match(/[“«]/g) ?? []).length - (before.match(/[”»]/g) ?? []).length
  const straight = (before.match(/"/g) ?? []).length % 2 === 1
  return (opens > 0 || straight) && /["”»]/.test(text.slice(end))
}

// "(e.g., 95%)", "e.g. 10%, 50%, 100%": values given as an example of what the reader might pick.
const FOR_EXAMPLE = /(?:\be\.g\.|\(\s*for (?:example|instance))[,:]?\s[^.;:!?()]*$/i

/** Whether the words at `start` are an example value the reader might choose, not a reported figure. */
export function exampleValue(text: string, start: number): boolean {
  return FOR_EXAMPLE.test(text.slice(Math.max(0, start - 80), start))
}

// A list of examples of what (not) to write: an item marked "✓"/"✗" or "Don't:", or one under a lead-in such
// as "Automatic Rejection Triggers:" or "Avoid phrases like:". Its quoted words are the example, not the claim.
const EXAMPLE_MARK = /^\s*(?:[✓✔✗✘❌✅]|👍|👎|(?:do|don['’]t|bad|good|wrong|right|instead)\s*:)/i
const EXAMPLE_LEAD = /\b(?:avoid|don['’]t|do not|never|rejections?|rejected|red flags?|triggers?|banned|misleading|examples?|be specific|instead of)\b[^.!?]*:\s*$/i

/** Whether [start, end) is quoted in an item of a list of writing examples (`lead`: the list's lead-in). */
export function exampleItem(text: string, start: number, end: number, item: { listItem?: boolean; lead?: string } = {}): boolean {
  const marked = EXAMPLE_MARK.test(text) || (item.listItem === true && item.lead !== undefined && EXAMPLE_LEAD.test(item.lead))
  return marked && insideQuotes(text, start, end)
}
