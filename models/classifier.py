"""The multi-label common-factors classifier, in two stages.

1. Per turn: one calibrated logistic regression per code on shared features (n-grams, role,
   rule hits, neighbouring turns' words), and, when the gold has them, one logistic regression
   per auxiliary target (the coders' subcodes: a compliment and a preferred future are both
   HOOP but are said differently, so each is easier to learn on its own).
2. In context: per code, a logistic regression on the stage-1 probabilities (codes and
   auxiliary targets) of the turn and of its previous and next turns, and on the session's mean
   and the mean over seven turns around it of the code probabilities (fitted on grouped
   out-of-fold stage-1 probabilities), so that a short answer can take the code of the question
   it answers and a turn is read in the light of what the session is about.

Then, per session, each code goes to as many turns as its probabilities add up to (see
:func:`werkzaam.models.evaluation.session_decisions`).
"""
from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pandas as pd
from sklearn.base import BaseEstimator, ClassifierMixin, clone
from sklearn.calibration import CalibratedClassifierCV
from sklearn.compose import ColumnTransformer
from sklearn.dummy import DummyClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import GroupKFold

from werkzaam.models.evaluation import session_decisions


def drop_pruned_terms(vectorizer: ColumnTransformer) -> ColumnTransformer:
    """Drop the fitted TF-IDF ``stop_words_`` (terms pruned by min_df/max_features): scikit-learn
    keeps them only for introspection, and they make up most of a saved model's size."""
    for _, transformer, _ in vectorizer.transformers_:
        if hasattr(transformer, "stop_words_"):
            transformer.stop_words_ = None
    return vectorizer


#: Turns in the window whose mean stage-1 code probabilities stage 2 sees (the turn in the middle).
CONTEXT_WINDOW = 7


def context_features(proba: np.ndarray, X: pd.DataFrame, n_codes: int) -> np.ndarray:
    """Stage-2 inputs: a turn's stage-1 probabilities, its neighbours', role/position flags, and the
    session's and the surrounding window's mean probability of each of the first ``n_codes`` columns."""
    session = X["session_id"].to_numpy()
    first = np.r_[True, session[1:] != session[:-1]]
    last = np.r_[session[1:] != session[:-1], True]
    prev = np.where(first[:, None], 0.0, np.roll(proba, 1, axis=0))
    nxt = np.where(last[:, None], 0.0, np.roll(proba, -1, axis=0))
    client = (X["role"].to_numpy() == "client").astype(float)[:, None]
    length = X["log_words"].to_numpy(dtype=float)[:, None]
    by_session = pd.DataFrame(proba[:, :n_codes]).groupby(session, sort=False)
    session_mean = by_session.transform("mean").to_numpy()
    window_mean = by_session.transform(
        lambda p: p.rolling(CONTEXT_WINDOW, center=True, min_periods=1).mean()).to_numpy()
    return np.hstack([proba, prev, nxt, client, proba * client, prev * client, length,
                      first[:, None], last[:, None], session_mean, window_mean])


def _positive_proba(estimator, Xt) -> np.ndarray:
    """Probability of the positive class (0 for a constant estimator that never saw it)."""
    proba = estimator.predict_proba(Xt)
    return proba[:, list(estimator.classes_).index(1)] if 1 in estimator.classes_ else np.zeros(Xt.shape[0])


class CommonFactorsClassifier(ClassifierMixin, BaseEstimator):
    """Multi-label classifier over the columns of :func:`werkzaam.models.features.turn_features`.

    Parameters
    ----------
    vectorizer : ColumnTransformer
        Unfitted feature transformer (see :func:`~werkzaam.models.features.make_vectorizer`).
    codes : sequence of str
        The codes, one binary decision each, in codebook order.
    C : float
        Inverse regularisation strength of the stage-1 logistic regressions.
    calibration_cv : int
        Folds for the sigmoid calibration of the stage-1 probabilities.
    stack_cv : int
        Folds (grouped by session) for the out-of-fold probabilities stage 2 learns from.
    """

    def __init__(self, vectorizer: ColumnTransformer | None = None, codes: Sequence[str] = (),
                 C: float = 1.0, calibration_cv: int = 3, stack_cv: int = 3):
        self.vectorizer = vectorizer
        self.codes = codes
        self.C = C
        self.calibration_cv = calibration_cv
        self.stack_cv = stack_cv

    def _fit_turn(self, X: pd.DataFrame, Y: np.ndarray, aux: np.ndarray):
        vectorizer = drop_pruned_terms(clone(self.vectorizer).fit(X))
        Xt = vectorizer.transform(X)
        base = LogisticRegression(C=self.C, class_weight="balanced", max_iter=3000, solver="liblinear")
        estimators = [CalibratedClassifierCV(clone(base), method="sigmoid", cv=self.calibration_cv,
                                             ensemble=False).fit(Xt, Y[:, j]) for j in range(Y.shape[1])]
        # an auxiliary target absent from a fold's training part predicts its (zero) prior there
        aux_estimators = [(clone(base) if 0 < aux[:, j].sum() < len(aux) else DummyClassifier(strategy="prior"))
                          .fit(Xt, aux[:, j]) for j in range(aux.shape[1])]
        return vectorizer, estimators, aux_estimators

    @staticmethod
    def _turn_proba(vectorizer, estimators, aux_estimators, X: pd.DataFrame) -> np.ndarray:
        Xt = vectorizer.transform(X)
        return np.column_stack([_positive_proba(est, Xt) for est in [*estimators, *aux_estimators]])

    def fit(self, X: pd.DataFrame, Y: np.ndarray, aux: np.ndarray | None = None) -> "CommonFactorsClassifier":
        """Fit on features ``X`` (with ``session_id``) and a binary matrix ``Y`` (rows x codes).

        ``aux``: optional binary matrix (rows x auxiliary targets, e.g. the gold subcodes) learnt
        in stage 1 to inform stage 2; it is not predicted.
        """
        Y = np.asarray(Y, dtype=int)
        aux = np.zeros((len(Y), 0), dtype=int) if aux is None else np.asarray(aux, dtype=int)
        self.codes_ = list(self.codes)
        groups = X["session_id"].to_numpy()
        oof = np.zeros((len(Y), Y.shape[1] + aux.shape[1]), dtype=float)
        for train, test in GroupKFold(n_splits=min(self.stack_cv, len(set(groups)))).split(X, groups=groups):
            parts = self._fit_turn(X.iloc[train], Y[train], aux[train])
            oof[test] = self._turn_proba(*parts, X.iloc[test])
        self.vectorizer_, self.estimators_, self.aux_estimators_ = self._fit_turn(X, Y, aux)
        S = context_features(oof, X, Y.shape[1])
        self.stackers_ = [LogisticRegression(C=1.0, max_iter=2000).fit(S, Y[:, j]) for j in range(Y.shape[1])]
        return self

    def turn_proba(self, X: pd.DataFrame) -> np.ndarray:
        """Stage-1 probabilities (codes, then auxiliary targets): each turn on its own features."""
        return self._turn_proba(self.vectorizer_, self.estimators_, getattr(self, "aux_estimators_", []), X)

    def predict_proba(self, X: pd.DataFrame) -> np.ndarray:
        """Probability of each code (rows x codes), the turn seen in its context."""
        S = context_features(self.turn_proba(X), X, len(self.codes_))
        return np.column_stack([est.predict_proba(S)[:, 1] for est in self.stackers_])

    def predict(self, X: pd.DataFrame) -> np.ndarray:
        """Boolean matrix: per session, each code on the turns most likely to carry it, as many as
        the session's probabilities add up to (:func:`~werkzaam.models.evaluation.session_decisions`)."""
        return session_decisions(self.predict_proba(X), X["session_id"].to_numpy())

    def top_features(self, X: pd.DataFrame, code_index: int, rows: Sequence[int], k: int = 3) -> list[list[str]]:
        """For each row in ``rows``: the ``k`` stage-1 features that pushed most towards the code."""
        Xt = self.vectorizer_.transform(X.iloc[list(rows)]).tocsr()
        coef = self.estimators_[code_index].calibrated_classifiers_[0].estimator.coef_.ravel()
        names = self.vectorizer_.get_feature_names_out()
        out = []
        for i in range(Xt.shape[0]):
            row = Xt.getrow(i)
            contrib = row.data * coef[row.indices]
            order = np.argsort(-contrib)[:k]
            out.append([names[row.indices[j]] for j in order if contrib[j] > 0])
        return out
