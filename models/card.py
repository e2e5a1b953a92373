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
- The classifier reads the words of the turn, the two before it and the one after it; of the
  rest of the session it sees only the mean code probabilities (of the whole session and of the
  seven turns around the turn), so a question three turns back is not read.
- Codes are decided per session, so a turn's codes depend on the other turns of its session: a
  turn with a middling probability can get a code in one session and not in another. Code a
  session's turns together (one file or one `session_id`), not in pieces.
- On sessions by writers it was not trained on (the held-out scores above) it agrees less with
  their coders than two careful human coders agree with each other, and it finds HOOP hardest.
  For a session's share of a code, `share_C` (the share of turns assigned the code) and
  `pshare_C` (the mean probability) are about equally close to the gold share (see above).
- Transcripts in other languages or without speaker roles are outside what it was trained on.
"""

RETRAIN = """\
1. Code your own sessions, as a table with a `codes` column or as annotated session files like
   `annotation/seed/`, following `docs/coding-guide.md` (a doccano round trip is planned).
2. `werkzaam train your_gold/ annotation/seed/ -o my-model/ --description "..."` (say what your
   gold is; add `--heldout` with sessions you kept apart to score it on them).
3. `werkzaam code transcripts/ -o coded.csv --model my-model/`.
"""


def _score_table(title: str, scores: dict) -> list[str]:
    lines = [f"**{title}** — macro-F1 {scores['macro_f1']:.3f} over {scores['n_turns']} turns", "",
             "| code | precision | recall | F1 | kappa | gold turns |", "|---|---|---|---|---|---|"]
    for code, s in scores["per_code"].items():
        lines.append(f"| {code} | {s['precision']:.3f} | {s['recall']:.3f} | {s['f1']:.3f} | "
                     f"{s['kappa']:.3f} | {s['support']} |")
    return lines + [""]


def _heldout_summary(heldout: list[dict]) -> list[str]:
    rows = [(h["source"], h["classifier"]["n_turns"], h["classifier"]["macro_f1"],
             h["session_shares"]["share_mae"], h["session_shares"]["pshare_mae"]) for h in heldout]
    lines = ["Held-out writers (each wrote and coded sessions without seeing the training corpus; details "
             "below):", "", "| sessions from | turns | macro-F1 | `share_C` error | `pshare_C` error |",
             "|---|---|---|---|---|"]
    lines += [f"| {src} | {n} | {f1:.3f} | {mae:.3f} | {pmae:.3f} |" for src, n, f1, mae, pmae in rows]
    means = [sum(r[i] for r in rows) / len(rows) for i in (2, 3, 4)]
    lines += [f"| mean over {len(rows)} writers | {sum(r[1] for r in rows)} | {means[0]:.3f} | {means[1]:.3f} | "
              f"{means[2]:.3f} |", "", "The errors are the mean absolute error of a session's share of turns "
              "per code against the gold share, over sessions and codes.", ""]
    return lines


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
        f"({', '.join(meta['codes'])}). Within each session it assigns a code to the turns with the "
        "highest probability of it, as many as the session's probabilities add up to, so that the "
        "session's share of turns with the code is its expected share under the probabilities. Stage 1, one calibrated logistic "
        "regression per code on word and lemma n-grams, character n-grams, the speaker's role joined "
        "to the lemmas, the codebook rule hits, the previous turn (its words, its speaker's role and "
        "its rule hits) and the words of the next turn and of the turn two back. Stage 2, per code, "
        "a logistic regression on the stage-1 probabilities of the turn and its neighbours, so that "
        "a short answer can take the code of the question it answers, and on the session's mean and "
        "the mean over seven turns around it of the stage-1 code probabilities."
        + (f" Stage 1 also learns the coders' subcodes ({len(meta['aux_targets'])} subcodes with at least "
           "20 turns) as auxiliary targets, and stage 2 sees their probabilities too."
           if meta.get("aux_targets") else ""), "",
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
        "in training; codes decided per session as above):", "",
    ]
    lines += _score_table("Classifier", meta["cv"]["classifier"])
    lines += _score_table("Baseline: codebook rules only", meta["cv"]["rules_only"])
    lines += _score_table("Baseline: majority (never the code)", meta["cv"]["majority"])
    if heldout := meta.get("heldout", []):
        lines += _heldout_summary(heldout)
    for h in meta.get("heldout", []):
        lines += [f"Held-out sessions by a writer never used in training or tuning ({h['description']}):", ""]
        lines += _score_table("Classifier on held-out", h["classifier"])
        lines += _score_table("Rules only on held-out", h["rules_only"])
        shares = h["session_shares"]
        lines += [f"Per-session share of turns per code, mean absolute error against the gold share over "
                  f"{shares['sessions']} sessions and the codes: from the assigned codes (`share_C`) "
                  f"{shares['share_mae']:.3f}, from the mean probability (`pshare_C`) {shares['pshare_mae']:.3f}.", ""]
    lines += ["## Limitations", "", LIMITATIONS, "## How to retrain on real annotations", "", RETRAIN]
    return "\n".join(lines)
