"""The multi-label common-factors classifier: one calibrated logistic regression per code on
shared features, with a decision threshold per code."""
from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pandas as pd
from sklearn.base import BaseEstimator, ClassifierMixin, clone
from sklearn.calibration import CalibratedClassifierCV
from sklearn.compose import ColumnTransformer
from sklearn.linear_model import LogisticRegression


class CommonFactorsClassifier(ClassifierMixin, BaseEstimator):
    """Multi-label classifier over the columns of :func:`werkzaam.models.features.turn_features`.

    Parameters
    ----------
    vectorizer : ColumnTransformer
        Unfitted feature transformer (see :func:`~werkzaam.models.features.make_vectorizer`).
    codes : sequence of str
        The codes, one binary decision each, in codebook order.
    C : float
        Inverse regularisation strength of the logistic regressions.
    calibration_cv : int
        Folds for the sigmoid calibration of the probabilities.
    """

    def __init__(self, vectorizer: ColumnTransformer | None = None, codes: Sequence[str] = (),
                 C: float = 4.0, calibration_cv: int = 3):
        self.vectorizer = vectorizer
        self.codes = codes
        self.C = C
        self.calibration_cv = calibration_cv

    def fit(self, X: pd.DataFrame, Y: np.ndarray) -> "CommonFactorsClassifier":
        """Fit on features ``X`` and a binary matrix ``Y`` (rows x codes)."""
        Y = np.asarray(Y, dtype=int)
        self.codes_ = list(self.codes)
        self.vectorizer_ = clone(self.vectorizer).fit(X)
        Xt = self.vectorizer_.transform(X)
        base = LogisticRegression(C=self.C, class_weight="balanced", max_iter=3000, solver="liblinear")
        self.estimators_ = [
            CalibratedClassifierCV(clone(base), method="sigmoid", cv=self.calibration_cv, ensemble=False)
            .fit(Xt, Y[:, j])
            for j in range(Y.shape[1])
        ]
        if not hasattr(self, "thresholds_"):
            self.thresholds_ = np.full(Y.shape[1], 0.5)
        return self

    def predict_proba(self, X: pd.DataFrame) -> np.ndarray:
        """Calibrated probability of each code (rows x codes)."""
        Xt = self.vectorizer_.transform(X)
        return np.column_stack([est.predict_proba(Xt)[:, 1] for est in self.estimators_])

    def predict(self, X: pd.DataFrame) -> np.ndarray:
        """Boolean matrix: probability at or above each code's threshold."""
        return self.predict_proba(X) >= self.thresholds_

    def top_features(self, X: pd.DataFrame, code_index: int, rows: Sequence[int], k: int = 3) -> list[list[str]]:
        """For each row in ``rows``: the ``k`` features that pushed most towards the code."""
        Xt = self.vectorizer_.transform(X.iloc[list(rows)]).tocsr()
        coef = self.estimators_[code_index].calibrated_classifiers_[0].estimator.coef_.ravel()
        names = self.feature_names_
        out = []
        for i in range(Xt.shape[0]):
            row = Xt.getrow(i)
            contrib = row.data * coef[row.indices]
            order = np.argsort(-contrib)[:k]
            out.append([names[row.indices[j]] for j in order if contrib[j] > 0])
        return out

    @property
    def feature_names_(self) -> np.ndarray:
        return self.vectorizer_.get_feature_names_out()
