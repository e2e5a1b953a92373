"""Save and load a trained model: ``model.skops`` (skops, explicit trusted types) plus
``metadata.json`` (library versions, codebook and training-data hashes, scores)."""
from __future__ import annotations

import json
import zipfile
from functools import lru_cache
from importlib.metadata import version
from importlib.resources import files
from pathlib import Path

import skops.io as sio

from werkzaam.models.classifier import CommonFactorsClassifier
from werkzaam.pipeline.atomic import atomic_path, write_text_atomic
from werkzaam.pipeline.errors import WerkzaamError

MODEL_FILE = "model.skops"
METADATA_FILE = "metadata.json"
LIBRARIES = ("werkzaam", "scikit-learn", "spacy", "simplemma", "skops", "numpy", "scipy", "pandas")

#: The types beyond skops' defaults (numpy, scikit-learn estimators) that a Werkzaam model file
#: may contain; a file with any other type is refused.
TRUSTED_TYPES = [
    "werkzaam.models.classifier.CommonFactorsClassifier",
    "sklearn.calibration._CalibratedClassifier",
    "sklearn.calibration._SigmoidCalibration",
]


def library_versions() -> dict[str, str]:
    out = {}
    for lib in LIBRARIES:
        try:
            out[lib] = version(lib)
        except Exception:  # a library missing from the environment is recorded as such
            out[lib] = "not installed"
    return out


def default_model_dir() -> Path:
    """The model shipped with Werkzaam (``models/default``)."""
    return Path(str(files("werkzaam.models").joinpath("default")))


def save_model(model: CommonFactorsClassifier, metadata: dict, out_dir: str | Path) -> Path:
    """Write the model and its metadata to ``out_dir`` (atomically, file by file)."""
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    with atomic_path(out_dir / MODEL_FILE) as tmp:  # deflate: the vocabularies are verbose JSON
        sio.dump(model, tmp, compression=zipfile.ZIP_DEFLATED, compresslevel=9)
    write_text_atomic(out_dir / METADATA_FILE, json.dumps(metadata, indent=2, ensure_ascii=False) + "\n")
    return out_dir


def load_metadata(model_dir: str | Path) -> dict:
    path = Path(model_dir) / METADATA_FILE
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise WerkzaamError(f"{path}: no model metadata. Fix: give a folder written by 'werkzaam train'") from None


def load_model(model_dir: str | Path | None = None) -> tuple[CommonFactorsClassifier, dict]:
    """Load a model folder (default: the shipped model); refuse files with untrusted types.

    Loads are cached per file and modification time, so one run loads a model once.
    """
    model_dir = Path(model_dir) if model_dir else default_model_dir()
    path = model_dir / MODEL_FILE
    if not path.exists():
        raise WerkzaamError(f"{path}: no model file. Fix: give a folder written by 'werkzaam train'")
    return _load(str(path.resolve()), path.stat().st_mtime_ns)


@lru_cache(maxsize=2)
def _load(file: str, mtime_ns: int) -> tuple[CommonFactorsClassifier, dict]:
    path, model_dir = Path(file), Path(file).parent
    untrusted = [t for t in sio.get_untrusted_types(file=path) if t not in TRUSTED_TYPES]
    if untrusted:
        raise WerkzaamError(f"{path}: the model file holds types Werkzaam does not trust "
                            f"({', '.join(untrusted[:3])}). Fix: retrain with 'werkzaam train'")
    model = sio.load(path, trusted=TRUSTED_TYPES)
    return model, load_metadata(model_dir)
