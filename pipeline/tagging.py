"""Run the spaCy pipeline over an utterance table: lemmas and codebook rule hits per turn."""
from __future__ import annotations

from dataclasses import dataclass

import pandas as pd
from spacy.language import Language

from werkzaam.pipeline.codebook import Codebook


@dataclass
class Tagged:
    """Per row of the table: its lemmas (space-joined) and its rule hits ``(subcode key, matched text)``."""

    lemmas: list[str]
    hits: list[list[tuple[str, str]]]


def tag_utterances(table: pd.DataFrame, nlp: Language, batch_size: int = 256) -> Tagged:
    """Lemmatise ``text_clean`` and find codebook markers, streaming with ids attached.

    A marker restricted to a role only counts in turns of that role; a marker found twice in a
    turn counts once.
    """
    texts = table["text_clean"].fillna("").astype(str).tolist()
    roles = table["role"].astype(str).tolist()
    lemmas: list[str] = [""] * len(texts)
    hits: list[list[tuple[str, str]]] = [[] for _ in texts]
    for doc, i in nlp.pipe(zip(texts, range(len(texts))), as_tuples=True, batch_size=batch_size):
        lemmas[i] = " ".join(t.lemma_ for t in doc if not t.is_punct)
        seen = set()
        for key, role, matched in doc._.rule_hits or []:
            if (role is None or role == roles[i]) and (key, matched.lower()) not in seen:
                seen.add((key, matched.lower()))
                hits[i].append((key, matched))
    return Tagged(lemmas, hits)


def rule_codes(tagged: Tagged, codebook: Codebook) -> pd.DataFrame:
    """Rules-only coding: a code is assigned when any marker of one of its subcodes fired."""
    codes = codebook.factor_codes
    rows = [{c: any(k.split(":", 1)[0] == c for k, _ in h) for c in codes} for h in tagged.hits]
    return pd.DataFrame(rows, columns=codes).astype(bool)
