import os
from dataclasses import dataclass, field


@dataclass
class Config:
    targets: list[str] = field(
        default_factory=lambda: os.environ.get("MONITOR_TARGETS", "https://example.com").split(",")
    )
    interval: float = float(os.environ.get("MONITOR_INTERVAL", "30"))
    log_file: str = os.environ.get("MONITOR_LOG_FILE", "monitor.log")
    tg_token: str = os.environ.get("MONITOR_TG_TOKEN", "")
    tg_chat: str = os.environ.get("MONITOR_TG_CHAT", "")
    loki_url: str = os.environ.get("LOKI_URL", "http://loki:3100/loki/api/v1/push")
    slack_webhook: str = os.environ.get("SLACK_WEBHOOK", "")
    splunk_host: str = os.environ.get("SPLUNK_HOST", "splunk")
    splunk_token: str = os.environ.get("SPLUNK_TOKEN", "")
