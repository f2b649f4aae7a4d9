import datetime as dt
import os
from dataclasses import dataclass, field
from pathlib import Path


@dataclass(frozen=True)
class Settings:
    bot_token: str = field(default_factory=lambda: os.environ["SHOPBOT_TOKEN"])
    admin_chat_id: int = field(default_factory=lambda: int(os.environ["SHOPBOT_ADMIN_CHAT"]))
    db_path: str = os.environ.get("SHOPBOT_DB", "shop.db")
    log_dir: Path = Path(os.environ.get("SHOPBOT_LOG_DIR", "logs"))
    report_time: dt.time = dt.time(hour=21, minute=0)


settings = Settings()
