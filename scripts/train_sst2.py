"""Fine-tune all-MiniLM-L6-v2 on GLUE SST-2 and write the weight delta lit-ext ships.

    python scripts/train_sst2.py --data ../shared/data/sst2 --seed 13

Reads `train.tsv` / `dev.tsv` from a GLUE-format directory (or, with `--data hf`, the HF `datasets`
copy of glue/sst2, which needs the hub). The word-embedding matrix stays frozen (it is half the
model and SST-2 barely moves it), so the delta covers the encoder, pooler and head only.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import time
from pathlib import Path

import numpy as np
import torch
from tqdm.auto import tqdm
from transformers import AutoTokenizer, get_linear_schedule_with_warmup

from lit_ext.datasets.sst2 import load_sst2_split
from lit_ext.models import sst2_minilm
from lit_ext.models.weight_delta import save_weight_delta


def parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", default="../shared/data/sst2",
                        help="GLUE-format SST-2 directory, or 'hf' for HF datasets (online)")
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--epochs", type=float, default=3.0)
    parser.add_argument("--batch-size", type=int, default=32)
    parser.add_argument("--lr", type=float, default=8e-5)
    parser.add_argument("--weight-decay", type=float, default=0.01)
    parser.add_argument("--warmup", type=float, default=0.06, help="fraction of steps")
    parser.add_argument("--max-length", type=int, default=128)
    parser.add_argument("--threads", type=int, default=os.cpu_count())
    parser.add_argument("--max-steps", type=int, default=None, help="stop early (smoke runs)")
    parser.add_argument("--out", default=str(sst2_minilm.delta_path()))
    return parser.parse_args()


def seed_everything(seed: int) -> None:
    random.seed(seed)
    np.random.seed(seed)
    torch.manual_seed(seed)


def length_grouped_batches(lengths: list[int], batch_size: int, rng: random.Random) -> list[list[int]]:
    """Shuffled batches of similar-length examples, so dynamic padding wastes little compute."""
    order = list(range(len(lengths)))
    rng.shuffle(order)
    chunk = batch_size * 50
    batches = []
    for start in range(0, len(order), chunk):
        block = sorted(order[start:start + chunk], key=lengths.__getitem__)
        batches.extend(block[i:i + batch_size] for i in range(0, len(block), batch_size))
    rng.shuffle(batches)
    return batches


@torch.inference_mode()
def accuracy(model, tokenizer, rows, max_length: int, batch_size: int = 64) -> float:
    model.eval()
    correct = 0
    for start in range(0, len(rows), batch_size):
        chunk = rows[start:start + batch_size]
        enc = tokenizer([s for s, _ in chunk], padding=True, truncation=True,
                        max_length=max_length, return_tensors="pt")
        predicted = model(**enc).logits.argmax(-1)
        correct += int((predicted == torch.tensor([y for _, y in chunk])).sum())
    return correct / len(rows)


def main() -> None:
    args = parse_args()
    torch.set_num_threads(args.threads)
    seed_everything(args.seed)
    train = load_sst2_split(args.data, "train")
    dev = load_sst2_split(args.data, "validation")

    tokenizer = AutoTokenizer.from_pretrained(sst2_minilm.base_model_path())
    model, loading = sst2_minilm.load_base_classifier(output_loading_info=True)
    # Tensors the checkpoint lacks (the new head) must be shipped whole, not as a difference
    # from a random init that load time would not reproduce.
    base_state = {k: v.clone() for k, v in model.state_dict().items()
                  if k not in loading["missing_keys"]}
    model.get_input_embeddings().weight.requires_grad_(False)

    encoded = tokenizer([s for s, _ in train], truncation=True, max_length=args.max_length)
    lengths = [len(ids) for ids in encoded["input_ids"]]
    labels = [y for _, y in train]
    rng = random.Random(args.seed)
    steps_per_epoch = -(-len(train) // args.batch_size)
    total_steps = int(steps_per_epoch * args.epochs)
    if args.max_steps:
        total_steps = min(total_steps, args.max_steps)

    no_decay = ("bias", "LayerNorm.weight")
    trainable = [(n, p) for n, p in model.named_parameters() if p.requires_grad]
    optimizer = torch.optim.AdamW([
        {"params": [p for n, p in trainable if not n.endswith(no_decay)],
         "weight_decay": args.weight_decay},
        {"params": [p for n, p in trainable if n.endswith(no_decay)], "weight_decay": 0.0},
    ], lr=args.lr)
    scheduler = get_linear_schedule_with_warmup(
        optimizer, int(args.warmup * total_steps), total_steps)

    started = time.perf_counter()
    step = 0
    progress = tqdm(total=total_steps, desc="fine-tuning", unit="step")
    while step < total_steps:
        model.train()
        for batch in length_grouped_batches(lengths, args.batch_size, rng):
            features = [{"input_ids": encoded["input_ids"][i],
                         "token_type_ids": encoded["token_type_ids"][i],
                         "attention_mask": encoded["attention_mask"][i]} for i in batch]
            inputs = tokenizer.pad(features, return_tensors="pt")
            loss = model(**inputs, labels=torch.tensor([labels[i] for i in batch])).loss
            loss.backward()
            torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
            optimizer.step()
            scheduler.step()
            optimizer.zero_grad(set_to_none=True)
            step += 1
            progress.update()
            progress.set_postfix(loss=f"{loss.item():.3f}")
            if step >= total_steps:
                break
        progress.write(f"step {step}: dev accuracy "
                       f"{accuracy(model, tokenizer, dev, args.max_length):.4f}")
    progress.close()
    train_seconds = time.perf_counter() - started

    dev_accuracy = accuracy(model, tokenizer, dev, args.max_length)
    report = {
        "seed": args.seed, "epochs": args.epochs, "steps": step, "batch_size": args.batch_size,
        "lr": args.lr, "max_length": args.max_length, "threads": args.threads,
        "train_examples": len(train), "train_seconds": round(train_seconds, 1),
        "dev_accuracy": round(dev_accuracy, 4), "torch": torch.__version__,
    }
    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    counts = save_weight_delta(base_state, model.state_dict(), out,
                               metadata={k: str(v) for k, v in report.items()})
    report.update(delta_bytes=out.stat().st_size, tensors=counts)
    print(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
