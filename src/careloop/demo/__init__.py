"""The demo: a seeded week of synthetic traffic (generator.py, pure) posted through the real
intake service (seed.py). Import those modules directly; this package stays light so the pure
generator can be used without loading storage and triage."""
