"""The API tests use the shared fixtures of tests/conftest.py: `database`, `world`, `client`, `live_server`."""
