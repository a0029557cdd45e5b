"""The demo: a seeded week of synthetic traffic through the real intake service."""

from careloop.demo.seed import DemoSummary, seed_demo

__all__ = ["DemoSummary", "seed_demo"]
