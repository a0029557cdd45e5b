from __future__ import annotations

from pydantic import BaseModel, ConfigDict

from careloop.labels import Role


class ClinicOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    slug: str
    name: str
    timezone: str
    role: Role
