"""Lemmatizer coverage on frequent spoken Dutch and Flemish forms.

Compares spaCy's lookup lemmatizer (spacy-lookups-data, if installed) with simplemma alone and
with Werkzaam's override table (configs/lemmas.yaml) in front of it. The gold list holds
frequent forms in session talk, each with its lemma; the figure printed is the share right.

    python benchmarks/lemma_coverage.py
"""
from __future__ import annotations

import simplemma
import spacy

from werkzaam.pipeline.nlp import build_nlp

GOLD = {
    "heb": "hebben", "hebt": "hebben", "heeft": "hebben", "had": "hebben", "hadden": "hebben",
    "ben": "zijn", "bent": "zijn", "is": "zijn", "was": "zijn", "waren": "zijn", "zijt": "zijn",
    "geweest": "zijn", "ga": "gaan", "gaat": "gaan", "ging": "gaan", "gegaan": "gaan",
    "gedaan": "doen", "doet": "doen", "deed": "doen", "kan": "kunnen", "kun": "kunnen",
    "kunt": "kunnen", "kon": "kunnen", "wil": "willen", "wilt": "willen", "wou": "willen",
    "moet": "moeten", "moest": "moeten", "zal": "zullen", "zou": "zullen", "zoudt": "zullen",
    "mag": "mogen", "moogt": "mogen", "weet": "weten", "wist": "weten", "zegt": "zeggen",
    "zei": "zeggen", "gezegd": "zeggen", "gelukt": "lukken", "lukt": "lukken", "lukte": "lukken",
    "stappen": "stap", "kinderen": "kind", "afspraken": "afspraak", "gesprekken": "gesprek",
    "voorwaarden": "voorwaarde", "doelen": "doel", "schulden": "schuld", "brieven": "brief",
    "verslagen": "verslag", "gevoelens": "gevoel", "klinkt": "klinken", "klonk": "klinken",
    "voelt": "voelen", "voelde": "voelen", "gebeld": "bellen", "belt": "bellen", "bellen": "bellen",
    "geholpen": "helpen", "helpt": "helpen", "hielp": "helpen", "gehoord": "horen",
    "begrijp": "begrijpen", "snap": "snappen", "vertrouw": "vertrouwen", "gewerkt": "werken",
    "werkt": "werken", "gemaakt": "maken", "maakt": "maken", "ge": "je", "gij": "je", "jij": "je",
    "u": "je", "uw": "je", "'k": "ik", "'t": "het", "nie": "niet", "wa": "wat",
}


def spacy_lookup():
    try:
        nlp = spacy.blank("nl")
        nlp.add_pipe("lemmatizer", config={"mode": "lookup"})
        nlp.initialize()
    except Exception:  # spacy-lookups-data not installed
        return None
    return lambda form: nlp(form)[0].lemma_.lower()


def main() -> None:
    werkzaam = build_nlp()
    candidates = {
        "spaCy lookup (spacy-lookups-data)": spacy_lookup(),
        "simplemma": lambda form: simplemma.lemmatize(form, lang="nl").lower(),
        "Werkzaam (overrides + simplemma)": lambda form: werkzaam(form)[0].lemma_,
    }
    print(f"{len(GOLD)} frequent forms")
    for name, lemmatize in candidates.items():
        if lemmatize is None:
            print(f"{name:36s} not installed")
            continue
        right = sum(lemmatize(form) == lemma for form, lemma in GOLD.items())
        print(f"{name:36s} {right / len(GOLD):.1%} ({right}/{len(GOLD)})")


if __name__ == "__main__":
    main()
