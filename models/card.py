"""The model card: a Markdown page rendered from a model's metadata (numbers are never typed in)."""
from __future__ import annotations

LIMITATIONS = """\
- The training turns are fictional sessions written for this project (by several writers, in
  Flemish and Dutch); real sessions differ in length, noise and topics. Check a sample of the
  automatic codes against your own coding before you use them, and retrain on real annotations
  (see below).
- The codes are estimates per turn. Aggregates over many turns (shares per session or group) are
  more reliable than single turns; the report's methods section explains this.
- Subcodes come from the codebook rules only (the markers that fired), not from the classifier.
- The classifier sees the turn and the one before it; longer context (a question three turns
  back) is not used.
- Transcripts in other languages or without speaker roles are outside what it was trained on.
"""

RETRAIN = """\
1. Code your own sessions (in doccano, or as a table with a `codes` column, or as annotated
   session files like `annotation/seed/`), following `docs/coding-guide.md`.
2. `werkzaam train your_gold/ annotation/seed/ -o my-model/` (add `--heldout` with sessions you
   kept apart to score it on them).
3. `werkzaam code transcripts/ -o coded.csv --model my-model/`.
"""


def _score_table(title: str, scores: dict) -> list[str]:
    lines = [f"**{title}** — macro-F1 {scores['macro_f1']:.3f} over {scores['n_turns']} turns", "",
             "| code | precision | recall | F1 | kappa | gold turns |", "|---|---|---|---|---|---|"]
    for code, s in scores["per_code"].items():
        lines.append(f"| {code} | {s['precision']:.3f} | {s['recall']:.3f} | {s['f1']:.3f} | "
                     f"{s['kappa']:.3f} | {s['support']} |")
    return lines + [""]


def render_card(meta: dict) -> str:
    """Markdown model card from ``metadata.json`` content."""
    data = meta["training_data"]
    lines = [
        f"# Model card: {meta['name']}", "",
        f"Trained {meta['created']} with Werkzaam {meta['libraries'].get('werkzaam', '?')} "
        f"(scikit-learn {meta['libraries'].get('scikit-learn', '?')}, spaCy {meta['libraries'].get('spacy', '?')}).",
        "",
        "## What it does", "",
        "For every speaker turn it gives a calibrated probability for each common factor "
        f"({', '.join(meta['codes'])}) and assigns the code when the probability reaches the code's "
        "threshold (tuned for F1 on grouped cross-validation). Features: word and lemma n-grams, "
        "character n-grams, the speaker's role joined to the lemmas, the codebook rule hits, and the "
        "previous turn (its words, its speaker's role and its rule hits). One calibrated logistic "
        "regression per code.", "",
        "## Training data", "",
        f"{data['description']}", "",
        f"- {data['n_sessions']} sessions, {data['n_turns']} turns; writers: {', '.join(data['writers'])}",
        f"- sources: {', '.join(data['sources'])}",
        f"- SHA-256 of the annotated files: `{data['sha256']}`",
        f"- codebook: {meta['codebook']['name']} version {meta['codebook']['version']}, "
        f"SHA-256 `{meta['codebook']['sha256']}`",
        "- turns per code: " + ", ".join(f"{k} {v}" for k, v in data["label_counts"].items()), "",
        "## Scores", "",
        f"Grouped {meta['cv']['folds']}-fold cross-validation by session (no turn of a test session "
        "in training; thresholds tuned on inner grouped folds of the training part):", "",
    ]
    lines += _score_table("Classifier", meta["cv"]["classifier"])
    lines += _score_table("Baseline: codebook rules only", meta["cv"]["rules_only"])
    lines += _score_table("Baseline: majority (never the code)", meta["cv"]["majority"])
    if meta.get("heldout"):
        h = meta["heldout"]
        lines += [f"Held-out sessions never used in training or tuning ({h['description']}):", ""]
        lines += _score_table("Classifier on held-out", h["classifier"])
        lines += _score_table("Rules only on held-out", h["rules_only"])
    lines += ["Thresholds: " + ", ".join(f"{k} {v:.3f}" for k, v in meta["thresholds"].items()), "",
              "## Limitations", "", LIMITATIONS, "## How to retrain on real annotations", "", RETRAIN]
    return "\n".join(lines)
