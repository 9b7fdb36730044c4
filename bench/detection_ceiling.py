"""How far can a supervised classifier get on the detection gold? A diagnostic, not a benchmark.

Trains a character n-gram logistic regression on ``ar_event_detection.jsonl`` itself with
5-fold cross-validation (in-domain, supervised: an advantage marsad's rule coder does not have)
and prints, per type, the best F1 over decision thresholds (chosen on the test folds: optimistic).
The result bounds what the sentence labels allow; compare it with ``marsad evaluate``.

Needs scikit-learn, which is not a marsad dependency: ``pip install scikit-learn``.
Usage: python bench/detection_ceiling.py [../shared/eval/ar_event_detection.jsonl]
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import numpy as np


def main(path: Path) -> None:
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.metrics import f1_score
    from sklearn.model_selection import StratifiedKFold, cross_val_predict

    records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    for kind in sorted({r["detect"]["type"] for r in records}):
        chosen = [r for r in records if r["detect"]["type"] == kind]
        labels = np.array([r["detect"]["present"] for r in chosen])
        features = TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), min_df=2,
                                   sublinear_tf=True).fit_transform([r["text"] for r in chosen])
        model = LogisticRegression(C=1.0, class_weight="balanced", max_iter=2000)
        folds = StratifiedKFold(5, shuffle=True, random_state=0)
        scores = cross_val_predict(model, features, labels, cv=folds, method="predict_proba")[:, 1]
        best = max((f1_score(labels, scores > t), t) for t in np.arange(0.1, 0.9, 0.05))
        print(f"{kind}: {len(chosen)} records, {labels.sum()} present; "
              f"5-fold CV F1 {best[0]:.3f} (threshold {best[1]:.2f})")


if __name__ == "__main__":
    default = Path(__file__).resolve().parents[1].parent / "shared/eval/ar_event_detection.jsonl"
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else default)
