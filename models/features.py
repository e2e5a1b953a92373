"""Features of a turn for the classifier: its words, lemmas, characters, role, codebook rule
hits, and its context (the previous turn's text, speaker role and rule hits; the words of the
next turn and of the turn two back).

:func:`turn_features` builds a plain DataFrame (no fitting); :func:`make_vectorizer` returns the
scikit-learn ``ColumnTransformer`` that turns it into a matrix inside the model.
"""
from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.preprocessing import OneHotEncoder

from werkzaam.pipeline.tagging import Tagged

TEXT_COLUMNS = ("text", "lemmas", "role_text", "prev_text")
ROLE_COLUMNS = ("role", "prev_role")


def rule_columns(keys: Sequence[str]) -> list[str]:
    """Names of the rule-hit feature columns for subcode ``keys``, current and previous turn."""
    return [f"rule={k}" for k in keys] + [f"prev_rule={k}" for k in keys]


def turn_features(table: pd.DataFrame, tagged: Tagged, keys: Sequence[str]) -> pd.DataFrame:
    """One row of raw features per turn; the previous turn is taken within the session.

    ``keys`` are the subcode keys (``REL:empathie``) whose rule hits become features; hits of
    other subcodes (added to the codebook after training) are ignored here.
    """
    text = table["text_clean"].fillna("").astype(str).str.lower().to_numpy()
    role = table["role"].astype(str).to_numpy()
    session = table["session_id"].astype(str).to_numpy()
    first = np.r_[True, session[1:] != session[:-1]]
    last = np.r_[session[1:] != session[:-1], True]
    second = first | np.r_[True, first[:-1]]
    prev = lambda values, empty: np.where(first, empty, np.roll(values, 1))  # noqa: E731
    hits = np.zeros((len(table), len(keys)), dtype=np.float32)
    index = {k: j for j, k in enumerate(keys)}
    for i, row_hits in enumerate(tagged.hits):
        for key, _ in row_hits:
            if key in index:
                hits[i, index[key]] = 1.0
    prev_hits = np.where(first[:, None], 0.0, np.roll(hits, 1, axis=0))
    frame = pd.DataFrame({
        "session_id": session,
        "text": text,
        "lemmas": tagged.lemmas,
        # the role joined to every word, so "client ja" and "worker ja" are different features
        "role_text": [" ".join(f"{r}_{w}" for w in t.split()) for r, t in zip(role, tagged.lemmas)],
        "prev_text": prev(text, ""),
        "prev2_text": np.where(second, "", np.roll(text, 2)),
        "next_text": np.where(last, "", np.roll(text, -1)),
        "role": role,
        "prev_role": prev(role, "none"),
        "question": [float("?" in t) for t in text],
        "prev_question": prev(np.array([float("?" in t) for t in text]), 0.0).astype(float),
        "log_words": np.log1p([len(t.split()) for t in text]),
    })
    rules = pd.DataFrame(np.hstack([hits, prev_hits]), columns=rule_columns(keys))
    return pd.concat([frame, rules], axis=1)


def make_vectorizer(keys: Sequence[str], min_df: int = 2) -> ColumnTransformer:
    """The fitted part of the features: TF-IDF n-grams, one-hot roles, rule hits passed through."""
    tfidf = lambda **kw: TfidfVectorizer(min_df=min_df, sublinear_tf=True, **kw)  # noqa: E731
    return ColumnTransformer([
        ("word", tfidf(ngram_range=(1, 2)), "text"),
        ("char", tfidf(analyzer="char_wb", ngram_range=(2, 5), max_features=40000), "text"),
        ("lemma", tfidf(ngram_range=(1, 3)), "lemmas"),
        ("roleword", tfidf(ngram_range=(1, 1)), "role_text"),
        ("prev", tfidf(ngram_range=(1, 2)), "prev_text"),
        ("prev2", tfidf(ngram_range=(1, 1)), "prev2_text"),
        ("next", tfidf(ngram_range=(1, 2)), "next_text"),
        ("role", OneHotEncoder(handle_unknown="ignore"), list(ROLE_COLUMNS)),
        ("num", "passthrough", ["question", "prev_question", "log_words"] + rule_columns(keys)),
    ])
