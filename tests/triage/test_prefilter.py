

def test_every_lexicon_and_context_pattern_compiles() -> None:
    # Patterns compile lazily (start-up time); a bad one would fail only on the first message
    # that reaches it. Compile them all here.
    from careloop.triage import context, redflags

    for pattern, _, owner in redflags._PATTERNS:
        assert pattern.regex.pattern, owner.rule
    for what, pattern in context._CONTEXT_PATTERNS:
        assert pattern.regex.pattern, what
