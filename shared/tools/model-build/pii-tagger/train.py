"""Trains the PII token tagger (a tiny BERT for token classification) and exports it to ONNX.

The only Python of the pipeline (torch is in Debian, not npm): reads the token ids and BIO labels that
data.ts wrote, trains on ONE thread (faster than two on a 2-core machine), writes onnx/model.onnx with
torch.onnx.export (opset 14; inputs input_ids, attention_mask int64 [batch, sequence]; output logits
[batch, sequence, labels]) and a JSON of training figures. BERT maths (post-LN, erf GELU or ReLU, learnt
positions), so config.json describes it as a BertForTokenClassification.

usage: python3 train.py <work_dir> <onnx_out> <stats_out> '<json config>'
"""
import json
import math
import random
import sys
import time

import torch
from torch import nn

torch.set_num_threads(1)

# The feed-forward activation: BERT's erf GELU, or ReLU (config.json's hidden_act says which; ReLU is much
# cheaper than erf in onnxruntime-web's WASM kernels).
ACTIVATIONS = {"gelu": nn.functional.gelu, "relu": nn.functional.relu}


class Layer(nn.Module):
    def __init__(self, d, heads, ff, dropout, act):
        super().__init__()
        self.act = ACTIVATIONS[act]
        self.heads = heads
        self.head_dim = d // heads
        self.scale = 1.0 / math.sqrt(d // heads)
        self.qkv = nn.Linear(d, 3 * d)
        self.out = nn.Linear(d, d)
        self.norm1 = nn.LayerNorm(d, eps=1e-12)
        self.ff1 = nn.Linear(d, ff)
        self.ff2 = nn.Linear(ff, d)
        self.norm2 = nn.LayerNorm(d, eps=1e-12)
        self.drop = nn.Dropout(dropout)

    def split_heads(self, x):
        """[batch, seq, hidden] → [batch, heads, seq, head_dim]; sizes from the tensor, so the export stays dynamic."""
        return x.reshape(x.shape[0], -1, self.heads, self.head_dim).transpose(1, 2)

    def forward(self, h, additive_mask):
        q, k, v = (self.split_heads(x) for x in self.qkv(h).chunk(3, dim=-1))
        scores = q @ k.transpose(-1, -2) * self.scale + additive_mask
        context = (scores.softmax(-1) @ v).transpose(1, 2).flatten(2)
        h = self.norm1(h + self.drop(self.out(context)))
        inner = self.act(self.ff1(h))
        return self.norm2(h + self.drop(self.ff2(inner)))


class Tagger(nn.Module):
    def __init__(self, c):
        super().__init__()
        self.words = nn.Embedding(c["vocab_size"], c["hidden"])
        self.positions = nn.Embedding(c["max_positions"], c["hidden"])
        self.norm = nn.LayerNorm(c["hidden"], eps=1e-12)
        self.drop = nn.Dropout(c["dropout"])
        self.layers = nn.ModuleList(Layer(c["hidden"], c["heads"], c["intermediate"], c["dropout"], c.get("act", "gelu")) for _ in range(c["layers"]))
        self.classifier = nn.Linear(c["hidden"], c["labels"])

    def forward(self, input_ids, attention_mask):
        positions = torch.arange(input_ids.shape[1], device=input_ids.device).unsqueeze(0)
        h = self.drop(self.norm(self.words(input_ids) + self.positions(positions)))
        additive = (1.0 - attention_mask[:, None, None, :].to(h.dtype)) * -1e9
        for layer in self.layers:
            h = layer(h, additive)
        return self.classifier(h)


def read_split(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def batches(rows, size, rng):
    """Length-bucketed batches (little padding), in a seeded random order."""
    order = sorted(range(len(rows)), key=lambda i: (len(rows[i]["ids"]), rng.random()))
    chunks = [order[i : i + size] for i in range(0, len(order), size)]
    rng.shuffle(chunks)
    return chunks


def tensors(rows, idx):
    width = max(len(rows[i]["ids"]) for i in idx)
    ids = torch.zeros(len(idx), width, dtype=torch.long)
    mask = torch.zeros(len(idx), width, dtype=torch.long)
    labels = torch.full((len(idx), width), -100, dtype=torch.long)
    for r, i in enumerate(idx):
        n = len(rows[i]["ids"])
        ids[r, :n] = torch.tensor(rows[i]["ids"])
        mask[r, :n] = 1
        labels[r, :n] = torch.tensor(rows[i]["labels"])
    return ids, mask, labels


def evaluate(model, rows):
    """Token accuracy over entity tokens and over all tokens (a progress signal; the real figures come from
    the exported model in the TypeScript evaluation)."""
    model.eval()
    right = total = ent_right = ent_total = 0
    with torch.no_grad():
        for start in range(0, len(rows), 64):
            idx = list(range(start, min(start + 64, len(rows))))
            ids, mask, labels = tensors(rows, idx)
            pred = model(ids, mask).argmax(-1)
            valid = labels != -100
            right += ((pred == labels) & valid).sum().item()
            total += valid.sum().item()
            ent = valid & (labels > 0)
            ent_right += ((pred == labels) & ent).sum().item()
            ent_total += ent.sum().item()
    model.train()
    return right / max(total, 1), ent_right / max(ent_total, 1)


def train(c, train_rows, heldout_rows):
    torch.manual_seed(c["seed"])
    rng = random.Random(c["seed"])
    model = Tagger(c)
    opt = torch.optim.AdamW(model.parameters(), lr=c["lr"], weight_decay=0.01)
    steps = c["epochs"] * math.ceil(len(train_rows) / c["batch"])
    warmup = max(1, steps // 20)
    sched = torch.optim.lr_scheduler.LambdaLR(opt, lambda s: min((s + 1) / warmup, max(0.02, (steps - s) / (steps - warmup))))
    # Entity tokens are rare: weigh them up a little so recall is not traded away for the easy O.
    weights = torch.tensor([1.0] + [c["entity_weight"]] * (c["labels"] - 1))
    loss_fn = nn.CrossEntropyLoss(weight=weights, ignore_index=-100)
    started, tokens, step = time.time(), 0, 0
    for epoch in range(c["epochs"]):
        for idx in batches(train_rows, c["batch"], rng):
            ids, mask, labels = tensors(train_rows, idx)
            loss = loss_fn(model(ids, mask).reshape(-1, c["labels"]), labels.reshape(-1))
            opt.zero_grad()
            loss.backward()
            nn.utils.clip_grad_norm_(model.parameters(), 1.0)
            opt.step()
            sched.step()
            tokens += int(mask.sum())
            step += 1
            if step % 200 == 0:
                rate = tokens / (time.time() - started)
                print(f"  epoch {epoch + 1} step {step}/{steps} loss {loss.item():.4f} {rate:.0f} tokens/s", flush=True)
        acc, ent = evaluate(model, heldout_rows)
        print(f"epoch {epoch + 1}: held-out token accuracy {acc:.4f}, entity-token accuracy {ent:.4f}", flush=True)
    return model, {"seconds": round(time.time() - started, 1), "tokens": tokens, "steps": steps, "token_accuracy": acc, "entity_token_accuracy": ent}


def export(model, path):
    model.eval()
    ids = torch.ones(1, 8, dtype=torch.long)
    mask = torch.ones(1, 8, dtype=torch.long)
    axes = {0: "batch_size", 1: "sequence_length"}
    torch.onnx.export(
        model,
        (ids, mask),
        path,
        opset_version=14,
        input_names=["input_ids", "attention_mask"],
        output_names=["logits"],
        dynamic_axes={"input_ids": axes, "attention_mask": axes, "logits": axes},
        do_constant_folding=True,
    )


def main():
    work, onnx_out, stats_out, config = sys.argv[1], sys.argv[2], sys.argv[3], json.loads(sys.argv[4])
    train_rows = read_split(f"{work}/train.jsonl")
    heldout_rows = read_split(f"{work}/heldout.jsonl")
    print(f"torch {torch.__version__}, {torch.get_num_threads()} thread, {len(train_rows)} train / {len(heldout_rows)} held-out rows", flush=True)
    model, stats = train(config, train_rows, heldout_rows)
    stats["parameters"] = sum(p.numel() for p in model.parameters())
    stats["torch"] = torch.__version__
    export(model, onnx_out)
    with open(stats_out, "w", encoding="utf-8") as f:
        json.dump(stats, f, indent=2)
    print(f"exported {onnx_out} ({stats['parameters']} parameters, {stats['seconds']} s)", flush=True)


if __name__ == "__main__":
    main()
