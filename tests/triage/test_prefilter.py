

def test_every_lexicon_and_context_pattern_compiles() -> None:
    # Patterns compile lazily (start-up time); a bad one would fail only on the first message
    # that reaches it. Compile them all here.
    from careloop.triage import context, redflags

    for pattern, _, owner in redflags._PATTERNS:
        assert pattern.regex.pattern, owner.rule
    for what, pattern in context._CONTEXT_PATTERNS:
        assert pattern.regex.pattern, what


def test_stored_literals_match_a_fresh_derivation_of_every_pattern() -> None:
    # The prefilter's literals are read from a file at start-up instead of parsed from ~650
    # patterns. A stale or wrong entry could hide a red flag (its pattern would be skipped),
    # so the file must be exactly what the derivation gives for the patterns of today.
    from careloop.triage import prefilter

    stored = prefilter.stored_literals()
    derived = prefilter.derived_literals()
    missing = sorted(prefilter.GUARDED_SOURCES[key][:80] for key in derived.keys() - stored.keys())
    wrong = sorted(prefilter.GUARDED_SOURCES[key][:80] for key in derived.keys() & stored.keys() if derived[key] != stored[key])
    unused = len(stored.keys() - derived.keys())
    assert not (missing or wrong or unused), (
        f"{len(missing)} patterns missing, {len(wrong)} with other literals, {unused} unused entries "
        f"in {prefilter.STORED_LITERALS.name}: run `python -m careloop.triage.train --literals`. "
        f"First missing: {missing[:3]}; first wrong: {wrong[:3]}"
    )


def test_a_pattern_missing_from_the_stored_literals_is_derived(monkeypatch) -> None:
    from careloop.triage import prefilter

    monkeypatch.setattr(prefilter, "stored_literals", lambda: {})
    fresh = prefilter.guard(r"(?<![a-z])chest (?:pain|pressure)")
    assert fresh.literals == ("chest pressure", "chest pain")
    assert fresh.search("i have chest pain now") and not fresh.search("my back hurts")


def test_stored_literals_are_used_as_stored(monkeypatch) -> None:
    # The file is trusted at start-up (the test above is what keeps it right): a pattern
    # whose entry says it needs "zzz" is skipped on a text without it.
    from careloop.triage import prefilter

    source = r"(?<![a-z])knee (?:pain|swelling)"
    monkeypatch.setattr(prefilter, "stored_literals", lambda: {prefilter.pattern_key(source): ["zzz"]})
    assert prefilter.guard(source).search("knee pain") is None
    monkeypatch.setattr(prefilter, "stored_literals", lambda: {prefilter.pattern_key(source): None})
    assert prefilter.guard(source).search("knee pain")


def test_a_damaged_stored_literals_file_falls_back_to_deriving(monkeypatch, tmp_path) -> None:
    # A truncated or hand-edited file must not stop triage at import, nor be half-trusted.
    from careloop.triage import prefilter

    for content in ('{"format": 1, "literals": {"ab', '[1, 2]', '{"format": 1, "literals": [1]}', '{"format": 99, "literals": {}}'):
        damaged = tmp_path / "prefilter_literals.json"
        damaged.write_text(content, encoding="utf-8")
        monkeypatch.setattr(prefilter, "STORED_LITERALS", damaged)
        prefilter.stored_literals.cache_clear()
        try:
            assert prefilter.stored_literals() == {}
            assert prefilter.guard(r"(?<![a-z])chest (?:pain|pressure)").literals == ("chest pressure", "chest pain")
        finally:
            prefilter.stored_literals.cache_clear()
