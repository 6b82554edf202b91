"""What did fine-tuning change? Attention of lit-ext's SST-2 classifier minus that of the
all-MiniLM-L6-v2 encoder it was fine-tuned from, over a set of sentences.

    python scripts/finetune_diff.py [--data DIR] [--limit N] [--top K]

With plain transformers, one unpadded sentence at a time (no lit-ext wrapper), per layer and
head: the mean |Δ| over all query/key cells (averaged over sentences), the mean of each
sentence's largest |Δ|, and how the attention mass on [CLS] and on [SEP] moved (Δ of the mean
over queries of the weight on that key), and which words gain or lose attention in the last two
layers (Δ mass per token, averaged over its occurrences). The numbers the README quotes; not a
test.
"""

from __future__ import annotations

import argparse
from collections import defaultdict

import numpy as np
import torch
import transformers

from lit_ext.datasets.sample_reviews import SampleReviews
from lit_ext.datasets.sst2 import load_sst2_split
from lit_ext.models.sst2_minilm import base_model_path, load_sst2_minilm


def attention(model, encoding) -> np.ndarray:
    """layers × heads × n × n of one tokenized sentence."""
    out = model(**encoding, output_attentions=True)
    return torch.stack(out.attentions)[:, 0].numpy()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", help="GLUE SST-2 directory (dev.tsv); default: the sample")
    parser.add_argument("--limit", type=int, help="only the first N sentences")
    parser.add_argument("--top", type=int, default=8, help="heads listed (default 8)")
    args = parser.parse_args()
    sentences = ([text for text, _ in load_sst2_split(args.data)] if args.data else
                 [example["sentence"] for example in SampleReviews().examples])[:args.limit]

    torch.set_grad_enabled(False)
    tokenizer = transformers.AutoTokenizer.from_pretrained(base_model_path())
    tuned = load_sst2_minilm(attn_implementation="eager")
    base = transformers.AutoModel.from_pretrained(base_model_path(),
                                                  attn_implementation="eager").eval()
    mean_abs, max_abs, cls_shift, sep_shift = [], [], [], []
    per_token = defaultdict(list)
    for text in sentences:
        encoding = tokenizer(text, return_tensors="pt", truncation=True, max_length=128)
        delta = attention(tuned, encoding) - attention(base, encoding)
        received = delta[-2:].mean(axis=(0, 1, 2))  # per key, last two layers
        for token, value in zip(tokenizer.convert_ids_to_tokens(encoding["input_ids"][0]),
                                received):
            per_token[token].append(value)
        mean_abs.append(np.abs(delta).mean(axis=(2, 3)))
        max_abs.append(np.abs(delta).max(axis=(2, 3)))
        cls_shift.append(delta[..., 0].mean(axis=2))    # key [CLS], mean over queries
        sep_shift.append(delta[..., -1].mean(axis=2))   # key [SEP]
    mean_abs, max_abs = np.mean(mean_abs, axis=0), np.mean(max_abs, axis=0)
    cls_shift, sep_shift = np.mean(cls_shift, axis=0), np.mean(sep_shift, axis=0)

    print(f"fine-tuned − base attention over {len(sentences)} sentences "
          f"({args.data or 'built-in sample'})")
    print("layer  mean|Δ|  mean max|Δ|  Δ mass on [CLS]  Δ mass on [SEP]")
    for layer in range(mean_abs.shape[0]):
        print(f"{layer:5d}  {mean_abs[layer].mean():7.4f}  {max_abs[layer].mean():11.3f}  "
              f"{cls_shift[layer].mean():+15.3f}  {sep_shift[layer].mean():+15.3f}")
    frequent = {t: np.mean(v) for t, v in per_token.items() if len(v) >= 5}
    ranked = sorted(frequent, key=frequent.get)
    print("Δ attention mass received in layers 4-5, tokens seen at least 5 times:")
    print("  most lost:   " + ", ".join(f"{t} {frequent[t]:+.3f}" for t in ranked[:args.top]))
    print("  most gained: " + ", ".join(f"{t} {frequent[t]:+.3f}"
                                        for t in ranked[::-1][:args.top]))
    order = np.argsort(-mean_abs, axis=None)[:args.top]
    print(f"heads with the largest mean |Δ| (of {mean_abs.size}):")
    for layer, head in zip(*np.unravel_index(order, mean_abs.shape)):
        print(f"  L{layer} H{head}: mean |Δ| {mean_abs[layer, head]:.4f}, mean max |Δ| "
              f"{max_abs[layer, head]:.3f}, Δ mass on [CLS] {cls_shift[layer, head]:+.3f}, "
              f"on [SEP] {sep_shift[layer, head]:+.3f}")


if __name__ == "__main__":
    main()
