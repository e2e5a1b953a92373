"""The spaCy pipeline: ``spacy.blank("nl")`` with Flemish tokenizer cases, a lemmatizer
(curated overrides, then simplemma), a sentencizer and the codebook matcher.

There is no trained Dutch spaCy pipeline offline, so everything here is rule based and local.
"""
from __future__ import annotations

from functools import lru_cache
from importlib.resources import files
from pathlib import Path

import simplemma
import spacy
import yaml
from spacy.language import Language
from spacy.matcher import Matcher, PhraseMatcher
from spacy.symbols import ORTH
from spacy.tokens import Doc

from werkzaam.pipeline.codebook import Codebook, load_codebook

# Flemish contractions: "da's" splits into "da" + "'s" (lemmas "dat" + "zijn"); "'k" stays one token.
_SPLITS = {"da's": 2, "'k": 0, "'t": 0, "'m": 0, "'n": 0}

if not Doc.has_extension("rule_hits"):
    Doc.set_extension("rule_hits", default=None)


@lru_cache(maxsize=4)
def load_lemma_overrides(path: str | None = None) -> dict[str, str]:
    """The override table: form -> lemma (default ``configs/lemmas.yaml``)."""
    source = Path(path) if path else Path(str(files("werkzaam.configs").joinpath("lemmas.yaml")))
    return {str(k).lower(): str(v) for k, v in (yaml.safe_load(source.read_text(encoding="utf-8")) or {}).items()}


@lru_cache(maxsize=200_000)
def _simplemma(form: str) -> str:
    return simplemma.lemmatize(form, lang="nl").lower()


class OverrideLemmatizer:
    """Sets ``token.lemma_``: the override table first, then simplemma, lower case."""

    def __init__(self, overrides: dict[str, str]):
        self.overrides = overrides

    def lemma(self, form: str) -> str:
        form = form.lower()
        return self.overrides.get(form) or (_simplemma(form) if form.isalpha() else form)

    def __call__(self, doc: Doc) -> Doc:
        for token in doc:
            token.lemma_ = self.lemma(token.text)
        return doc


@Language.factory("werkzaam_lemmatizer", default_config={"overrides": None})
def make_lemmatizer(nlp: Language, name: str, overrides: str | None) -> OverrideLemmatizer:
    return OverrideLemmatizer(load_lemma_overrides(overrides))


class CodebookMatcher:
    """Finds codebook markers; ``doc._.rule_hits`` = [(subcode key, role or None, matched text)]."""

    def __init__(self, nlp: Language, codebook: Codebook):
        self.codebook = codebook
        self.phrases = PhraseMatcher(nlp.vocab, attr="LEMMA")
        self.patterns = Matcher(nlp.vocab)
        lemmatizer = nlp.get_pipe("werkzaam_lemmatizer")
        self.roles = {}
        for sub in codebook.subcodes:
            self.roles[sub.key] = sub.role
            if sub.phrases:
                self.phrases.add(sub.key, [lemmatizer(nlp.make_doc(p)) for p in sub.phrases])
            if sub.patterns:
                self.patterns.add(sub.key, [list(p) for p in sub.patterns])

    def __call__(self, doc: Doc) -> Doc:
        hits = []
        matches = self.phrases(doc) + (self.patterns(doc) if len(self.patterns) else [])
        for match_id, start, end in sorted(matches, key=lambda m: m[1]):
            key = doc.vocab.strings[match_id]
            hits.append((key, self.roles[key], doc[start:end].text))
        doc._.rule_hits = hits
        return doc


@Language.factory("werkzaam_codebook", default_config={"codebook": None})
def make_codebook_matcher(nlp: Language, name: str, codebook: str | None) -> CodebookMatcher:
    return CodebookMatcher(nlp, load_codebook(codebook))


def build_nlp(codebook: str | Path | None = None) -> Language:
    """The Werkzaam pipeline; ``codebook`` defaults to the bundled codebook."""
    nlp = spacy.blank("nl")
    for form, cut in _SPLITS.items():
        for variant in {form, form.capitalize(), form.upper()}:
            pieces = [variant[:cut], variant[cut:]] if cut else [variant]
            nlp.tokenizer.add_special_case(variant, [{ORTH: p} for p in pieces])
    nlp.add_pipe("werkzaam_lemmatizer")
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("werkzaam_codebook", config={"codebook": str(codebook) if codebook else None})
    return nlp
