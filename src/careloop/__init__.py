"""CareLoop: every patient contact becomes a case with an owner, a response standard and a closed loop."""

__version__ = "0.1.0"
