/**
 * Token facts for the predictions fallback only: `AttentionHeads` fields from the predict()
 * of a model that is not ours (LIT's GLUE models, third-party wrappers) come with raw tokens
 * and nothing else. Our interpreters send display text, the special-token mask and segment
 * ids from the tokenizer itself; never use these guesses for their payloads.
 */

/**
 * Markup tokens of the common tokenizers (BERT, RoBERTa, XLNet-style). Deliberately narrow:
 * [UNK] and <unk> stand for real text (an emoji, a rare script) and are never in it.
 */
const MARKUP_TOKEN = /^(\[(CLS|SEP|PAD|MASK)\]|<\/?s>|<pad>|<mask>|<cls>|<sep>)$/;

const VISIBLE_SPACE = '\u2423';

export function isMarkupToken(token: string): boolean {
  return MARKUP_TOKEN.test(token);
}

/**
 * The text a raw token stands for, without the usual word markers: `Ġ` (byte-level BPE),
 * `▁` (SentencePiece), a leading `##` (WordPiece) and a trailing `</w>` (original BPE).
 * A token that is only a word boundary shows as a visible space, as the server does it.
 */
export function displayText(token: string): string {
  if (isMarkupToken(token)) return token;
  const text = token.replace(/^##(?=.)/, '').replace(/<\/w>$/, '').replace(/^[Ġ▁]+/, '');
  return text || VISIBLE_SPACE;
}

/**
 * Segment of each token: everything up to and including the first separator is text A (0),
 * the rest text B (1).
 */
export function segmentsFromTokens(tokens: string[]): number[] {
  const first = tokens.findIndex(t => t === '[SEP]' || t === '</s>');
  return tokens.map((_, i) => (first >= 0 && i > first ? 1 : 0));
}
