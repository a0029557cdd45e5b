"""Category model artefact and corpus: in sync, reproducible, held-out quality, speed."""

from __future__ import annotations

import collections
import json
import re
import time

import numpy as np
import pytest

from careloop.labels import Category, Channel, Urgency
from careloop.triage import category as category_mod
from careloop.triage import train

# Measured when the corpus was frozen: 0.979 on the whole held-out split (463 rows) and
# 0.940 on its hand-written part (134 rows). Set a little below so retraining noise passes
# but a real regression fails.
MIN_HOLDOUT_MACRO_F1 = 0.95
MIN_HOLDOUT_HAND_MACRO_F1 = 0.88
MIN_HOLDOUT_WRITTEN_MACRO_F1 = 0.85
# Ids of the written corpora (corpus/written_*.jsonl): t1- ... t9-.
WRITTEN_ID_PREFIXES = ("t1-", "t2-", "t3-", "t4-", "t5-", "t6-", "t7-", "t8-", "t9-", "t10-", "t11-", "t12-", "t13-")


@pytest.fixture(scope="module")
def corpus():
    return train.load_corpus()


@pytest.fixture(scope="module")
def meta():
    return json.loads((train.MODEL_DIR / "category.json").read_text(encoding="utf-8"))


def test_corpus_rows_are_valid(corpus):
    ids = [r["id"] for r in corpus]
    assert len(ids) == len(set(ids)), "duplicate ids"
    for r in corpus:
        assert set(r) == {"id", "channel", "text", "category", "urgency", "language"}, r["id"]
        assert r["category"] in {c.value for c in Category}, r["id"]
        assert r["channel"] in {c.value for c in Channel}, r["id"]
        assert r["urgency"] in {u.value for u in Urgency}, r["id"]
        assert r["language"] in {"en", "es"}, r["id"]
        assert r["text"].strip(), r["id"]


def test_corpus_coverage(corpus):
    per_cat = collections.Counter(r["category"] for r in corpus)
    assert set(per_cat) == {c.value for c in Category}
    assert min(per_cat.values()) >= 120, per_cat
    es_share = sum(r["language"] == "es" for r in corpus) / len(corpus)
    assert 0.3 <= es_share <= 0.5, es_share
    assert {r["channel"] for r in corpus} == {c.value for c in Channel}
    for cat in per_cat:
        langs = {r["language"] for r in corpus if r["category"] == cat}
        assert langs == {"en", "es"}, cat
    hand = [r for r in corpus if r["id"].startswith("h-")]
    assert len(hand) >= 500, "free-form hand-written rows keep the model from learning templates"


def test_corpus_uses_only_fictional_phone_numbers(corpus):
    digits = re.compile(r"\(?\b(\d{3})\)?[-. ](\d{3})[-. ](\d{4})\b")
    short = re.compile(r"\b(\d{3})-(\d{4})\b")
    for r in corpus:
        for m in digits.finditer(r["text"]):
            assert m.group(2) == "555", (r["id"], m.group(0))
        for m in short.finditer(r["text"]):
            assert m.group(1) == "555", (r["id"], m.group(0))


def test_generated_corpus_files_match_generator():
    """gen_*.jsonl are exactly what the seeded expander writes (nobody hand-edited them)."""
    from careloop.triage.corpus import generate

    for cat, rows in generate.generate().items():
        path = train.CORPUS_DIR / f"gen_{cat}.jsonl"
        on_disk = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
        assert [{k: v for k, v in r.items() if k != "id"} for r in on_disk] == rows, path.name


def test_artefact_in_sync_with_corpus(meta):
    assert meta["corpus_hash"] == train.corpus_hash(), (
        "corpus or features changed: rebuild with `python -m careloop.triage.train`"
    )


def test_artefact_is_small_and_plain_data(meta):
    path = train.MODEL_DIR / "category.json"
    # The vocabulary grows with the corpus (5.0 MB at rounds 11-64); start-up is what
    # matters and benchmarks/bench_triage.py checks it against the 1 s target.
    assert path.stat().st_size < 6_000_000
    assert not (train.MODEL_DIR / "category.npz").exists(), "stale artefact of the old layout"
    coef = train.decode_array(meta["arrays"]["coef"])
    assert coef.shape[1] == len(Category)
    assert meta["trained_with"]["scikit-learn"]  # recorded for the curious, not needed to load


def test_holdout_not_used_for_training(corpus, meta):
    tr, ho = train.split(corpus)
    rows = train.training_rows()
    assert meta["n_train"] == len(rows) and meta["n_holdout"] == len(ho)
    assert 0.10 <= len(ho) / len(corpus) <= 0.20
    held_texts = {r["text"] for r in ho}
    assert not [r["id"] for r in rows if r["text"] in held_texts], "a hold-out text is trained on"


def test_regression_rounds_are_trained_on_in_round_order():
    """Rounds 11 and later (independent authors) teach the model; rounds 1-10 do not."""
    numbers = [int(p.stem.rsplit("_", 1)[1]) for p in train.regression_round_files()]
    assert numbers == sorted(numbers) and numbers[0] == train.FIRST_INDEPENDENT_ROUND
    assert len(numbers) >= 30
    trained_ids = {r["id"] for r in train.training_rows()}
    assert "h11-001" in trained_ids and "h1-01" not in trained_ids
    # Rounds after LAST_CATEGORY_ROUND are regression data only (wave 20 starts at round 89).
    assert "z60-001" in trained_ids and "z61-001" not in trained_ids


def _macro_f1(rows):
    from sklearn.metrics import f1_score

    y = [r["category"] for r in rows]
    p = [category_mod.predict_category(r["text"], r["channel"], r["language"]).category for r in rows]
    return f1_score(y, p, average="macro")


def test_holdout_macro_f1(corpus):
    """The template and hand-written rows the bound was set on (written_*.jsonl below)."""
    _, ho = train.split(corpus)
    assert _macro_f1([r for r in ho if not r["id"].startswith(WRITTEN_ID_PREFIXES)]) >= MIN_HOLDOUT_MACRO_F1


def test_holdout_written_macro_f1(corpus):
    """The held-out part of the written corpora (corpus/written_*.jsonl): realistic messages
    by several authors, with multi-need and boundary cases, so harder than the rest
    (measured 0.887 when they were added)."""
    _, ho = train.split(corpus)
    written = [r for r in ho if r["id"].startswith(WRITTEN_ID_PREFIXES)]
    assert len(written) >= 250
    assert _macro_f1(written) >= MIN_HOLDOUT_WRITTEN_MACRO_F1


def test_holdout_hand_written_macro_f1(corpus):
    """The hand-written part of the held-out split: free-form text unlike any template."""
    _, ho = train.split(corpus)
    assert _macro_f1([r for r in ho if r["id"].startswith("h-")]) >= MIN_HOLDOUT_HAND_MACRO_F1


def test_missing_artefact_raises_clear_error(tmp_path):
    with pytest.raises(category_mod.ModelError, match="python -m careloop.triage.train"):
        category_mod._Model(tmp_path)


def test_wrong_format_raises_clear_error(tmp_path, meta):
    (tmp_path / "category.json").write_text(json.dumps({**meta, "format": 999}), encoding="utf-8")
    with pytest.raises(category_mod.ModelError, match="format"):
        category_mod._Model(tmp_path)


def test_prediction_is_fast(corpus):
    texts = [(r["text"], r["channel"]) for r in corpus[:400]]
    category_mod.load_model()
    for t, c in texts:  # warm the per-word cache as a running service would be
        category_mod.predict_category(t, c)
    start = time.perf_counter()
    for t, c in texts:
        category_mod.predict_category(t, c)
    per_msg = (time.perf_counter() - start) / len(texts)
    # Budget is ~0.3 ms; the bound is loose so a busy CI machine does not flake.
    assert per_msg < 0.002, f"{per_msg * 1000:.3f} ms/message"


@pytest.mark.slow
def test_artefact_reproducible_from_corpus(meta, corpus, tmp_path):
    """Same corpus + same seed -> the checked-in model: identical vocabularies and idf, the
    same coefficients up to the solver's floating-point noise, and the same category for
    every corpus message.

    Why not bit for bit: lbfgs sums in an order that depends on the CPU and the BLAS kernels
    it picks, and after thousands of iterations the end points differ. Measured: 2.7e-4 at
    most between two machines of the same kind; 0.029 between the machine that built the
    shipped model and one whose OpenBLAS runs its Haswell kernels (same numpy 2.4.6 and
    scikit-learn 1.9.1; 3 of 21,497 labelled messages changed class). So coefficients are
    compared per feature, within 0.05, and a feature may be kept on one machine and pruned
    on the other only if it sits that close to the pruning threshold. (Comparing the pruned
    row numbers themselves failed on the first such feature: every later row shifts by one.)
    Those numbers were at scikit-learn's default solver tolerance; a later machine of the
    same kind ended 0.22 away, which is why train.SOLVER_TOL is now 1e-7: 0.004 apart
    between OPENBLAS_CORETYPE=Prescott and that machine's own kernels.
    """
    new_meta, new_arrays = train.build()
    for key in ("classes", "word_vocab", "char_vocab", "params", "corpus_hash", "n_train"):
        assert new_meta[key] == meta[key], key
    for key in ("word_idf", "char_idf"):
        np.testing.assert_allclose(new_arrays[key], train.decode_array(meta["arrays"][key]), rtol=1e-6, err_msg=key)
    train.save(new_meta, new_arrays, tmp_path)
    rebuilt, shipped = category_mod._Model(tmp_path), category_mod._Model(train.MODEL_DIR)
    noise = 0.05
    np.testing.assert_allclose(rebuilt.coef_by_id, shipped.coef_by_id, rtol=0, atol=noise)
    np.testing.assert_allclose(rebuilt.intercept, shipped.intercept, rtol=0, atol=noise)
    kept_new = np.abs(rebuilt.coef_by_id).max(axis=1) > 0
    kept_old = np.abs(shipped.coef_by_id).max(axis=1) > 0
    flipped = kept_new != kept_old
    largest = np.maximum(np.abs(rebuilt.coef_by_id), np.abs(shipped.coef_by_id)).max(axis=1)
    assert (largest[flipped] < train.PRUNE_BELOW + noise).all()
    # A message may change class only where the shipped model was at a near tie (t7-0343 on
    # the Haswell machine: 4.628 vs 4.597), and only a handful may.
    moved = []
    for row in corpus:
        new_scores = rebuilt.scores(row["text"], row["channel"])[0]
        old_scores = shipped.scores(row["text"], row["channel"])[0]
        if new_scores.argmax() != old_scores.argmax():
            top_two = np.sort(old_scores)[-2:]
            moved.append((row["id"], float(top_two[1] - top_two[0])))
    assert len(moved) <= max(3, len(corpus) // 1000), moved
    assert all(margin < 2 * noise for _, margin in moved), moved


@pytest.mark.slow
def test_numpy_scoring_matches_sklearn(corpus, tmp_path):
    """The hand-written scorer in category.py reproduces sklearn's tf-idf + LR decision values
    (up to the pruned near-zero coefficients), so the plain-data artefact loses nothing."""
    from scipy.sparse import hstack

    _, ho = train.split(corpus)
    wv, cv, clf = train.fit(train.training_rows())
    sample = ho[:150]
    docs = [(r["text"], r["channel"]) for r in sample]
    x = hstack([wv.transform(docs), cv.transform(docs)]).tocsr()
    # The artefact of this very fit (not the shipped one: a fit on another CPU differs by
    # solver noise, see the test above), so only the scorer is being compared.
    meta, arrays = train.export(wv, cv, clf)
    train.save(meta, arrays, tmp_path)
    model = category_mod._Model(tmp_path)
    order = [list(clf.classes_).index(c) for c in model.classes]
    ref = (x @ clf.coef_.T + clf.intercept_)[:, order]
    mine = np.array([model.scores(t, c)[0] for t, c in docs])
    np.testing.assert_allclose(mine, ref, atol=0.05)
    assert (mine.argmax(axis=1) == ref.argmax(axis=1)).all()
