"""Choose ``sitrep.classifier.THRESHOLD`` (from which probability the model's type wins over the rules')
by 5-fold cross-validation on the project's own training examples, never on an evaluation set:
weighted F1 over every label, NONE included.

    python scripts/tune_classifier.py      # the rules read every example once, then 5 fits (a few minutes)
"""

import sys

from sklearn.metrics import f1_score
from sklearn.model_selection import StratifiedKFold

from sitrep.classifier import THRESHOLD, classify, combine
from sitrep.taxonomy import BY_NAME
from sitrep.train import NONE, EventTypeModel, read_examples, shipped_examples

THRESHOLDS = (0.0, 0.1, 0.15, 0.2, 0.25, 0.3, 0.4, 0.5, 0.7, 1.01)


def held_out_distributions(examples, folds=5):
    """The model's probabilities for each example, from a model fitted on the other folds."""
    out = [None] * len(examples)
    labels = [e.label for e in examples]
    for train, test in StratifiedKFold(folds, shuffle=True, random_state=0).split(examples, labels):
        model = EventTypeModel.fit([examples[i] for i in train])
        for i, d in zip(test, model.distributions([examples[i].text for i in test])):
            out[i] = d
    return out


def main() -> None:
    examples = [e for path in shipped_examples() for e in read_examples(path)]
    ruled = [classify(e.text, lang=e.lang, model=None) for e in examples]
    distributions = held_out_distributions(examples)
    gold = [BY_NAME[e.label].code if e.label != NONE else NONE for e in examples]
    print(f"{len(examples)} examples; rules only: {f1_score(gold, [r or NONE for r in ruled], average='weighted'):.4f}")
    for threshold in THRESHOLDS:
        pred = [combine(r, d, threshold) or NONE for r, d in zip(ruled, distributions)]
        mark = "  (current)" if threshold == THRESHOLD else ""
        print(f"threshold {threshold:.2f}: {f1_score(gold, pred, average='weighted'):.4f}{mark}")


if __name__ == "__main__":
    sys.exit(main())
