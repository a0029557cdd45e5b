"""Runtime configuration, read from CARELOOP_* environment variables (and a .env file if present)."""

from __future__ import annotations

from functools import lru_cache

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="CARELOOP_", env_file=".env", extra="ignore")

    database_url: str = Field(
        default="sqlite:///careloop.sqlite3",
        description="SQLAlchemy URL. A SQLite file (the embedded default) or postgresql+psycopg://…",
    )
    default_phone_region: str = Field(
        default="US",
        description="Region used to read phone numbers written without a country code.",
    )
    sql_echo: bool = Field(default=False, description="Log every SQL statement (debugging only).")


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    return Settings()
