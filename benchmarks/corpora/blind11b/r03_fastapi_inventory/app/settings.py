import os
from dataclasses import dataclass


@dataclass(frozen=True)
class Settings:
    host: str = os.environ.get("INVENTORY_HOST", "0.0.0.0")
    port: int = int(os.environ.get("INVENTORY_PORT", "8000"))
    database_url: str = os.environ.get("DATABASE_URL", "postgresql+asyncpg://inventory@db/inventory")
    loki_url: str = os.environ.get("LOKI_URL", "http://loki:3100/loki/api/v1/push")


settings = Settings()
