import assert from 'node:assert/strict';
import {test} from 'node:test';

import {parseTokenFields, tokenTitle} from '../src/payloads';
import {displayText, isMarkupToken, segmentsFromTokens} from '../src/prediction_tokens';

test('payload token fields are read as sent, and must cover every token', () => {
  const raw = {tokens: ['<s>', 'Ġgreat', '</s>'], display_tokens: ['<s>', 'great', '</s>'],
               special_tokens: [true, false, true], segment_ids: [0, 0, 0]};
  const fields = parseTokenFields(raw, 'test');
  assert.deepEqual(fields.displayTokens, ['<s>', 'great', '</s>']);
  assert.deepEqual(fields.specialTokens, [true, false, true]);
  assert.throws(() => parseTokenFields({...raw, special_tokens: [true]}, 'test'), /special_tokens/);
  assert.throws(() => parseTokenFields({...raw, display_tokens: undefined}, 'test'),
                /display_tokens/);
});

test('a tooltip names the raw token only where it differs from the text shown', () => {
  const fields = parseTokenFields({tokens: ['[CLS]', 'Ġgreat'], display_tokens: ['[CLS]', 'great'],
                                   special_tokens: [true, false], segment_ids: [0, 0]}, 'test');
  assert.equal(tokenTitle(fields, 0), '[CLS] (#0)');
  assert.equal(tokenTitle(fields, 1), 'great (#1, token Ġgreat)');
});

test('fallback display text drops the usual word markers', () => {
  assert.equal(displayText('Ġgreat'), 'great');
  assert.equal(displayText('▁great'), 'great');
  assert.equal(displayText('##ing'), 'ing');
  assert.equal(displayText('great</w>'), 'great');
  assert.equal(displayText('Ġ'), '\u2423');
  assert.equal(displayText('▁'), '\u2423');
  assert.equal(displayText('##'), '##');
  assert.equal(displayText('[CLS]'), '[CLS]');
  assert.equal(displayText('</s>'), '</s>');
});

test('the fallback markup pattern never takes unknown-word tokens for markup', () => {
  for (const token of ['[CLS]', '[SEP]', '[PAD]', '[MASK]', '<s>', '</s>', '<pad>', '<mask>']) {
    assert.ok(isMarkupToken(token), token);
  }
  for (const token of ['[UNK]', '<unk>', 'great', 's', '[cls]']) {
    assert.ok(!isMarkupToken(token), token);
  }
});

test('fallback segments: text B starts after the first separator', () => {
  assert.deepEqual(segmentsFromTokens(['[CLS]', 'a', '[SEP]', 'b', '[SEP]']), [0, 0, 0, 1, 1]);
  assert.deepEqual(segmentsFromTokens(['<s>', 'a', '</s>']), [0, 0, 0]);
  assert.deepEqual(segmentsFromTokens(['<s>', 'a', '</s>', '</s>', 'b', '</s>']), [0, 0, 0, 1, 1, 1]);
  assert.deepEqual(segmentsFromTokens(['[SEP]', 'a']), [0, 1]);
  assert.deepEqual(segmentsFromTokens(['a', 'b']), [0, 0]);
});

test('markers are only stripped where they mark: a leading ## or Ġ/▁ run, a trailing </w>', () => {
  assert.equal(displayText('ĠĠgreat'), 'great');
  assert.equal(displayText('▁▁'), '\u2423');
  assert.equal(displayText('C##'), 'C##');
  assert.equal(displayText('a##b'), 'a##b');
  assert.equal(displayText('aĠb'), 'aĠb');
  assert.equal(displayText('a</w>b'), 'a</w>b');
  assert.ok(!isMarkupToken('x[CLS]'));
  assert.ok(!isMarkupToken('[CLS]x'));
  assert.ok(!isMarkupToken('<s>a</s>'));
});
