import os
import tomllib
from dataclasses import dataclass, field


@dataclass
class Settings:
    host: str = "0.0.0.0"
    port: int = 8080
    upstreams: dict[str, str] = field(default_factory=dict)
    tokens: set[str] = field(default_factory=set)
    rate_per_minute: int = 600
    metrics_interval: float = 15.0


def load_settings(path: str) -> Settings:
    with open(path, "rb") as f:
        raw = tomllib.load(f)
    s = Settings(**raw.get("gateway", {}))
    s.tokens = set(os.environ.get("GATEWAY_TOKENS", "").split(","))
    return s
