from __future__ import annotations

import os
from pathlib import Path

REDIS_URL = os.environ.get("REDIS_URL", "redis://localhost:6379/2")
CONCURRENCY = int(os.environ.get("RUNNER_CONCURRENCY", "8"))
LOG_DIR = Path(os.environ.get("RUNNER_LOG_DIR", "logs"))
LOG_LEVEL = os.environ.get("RUNNER_LOG_LEVEL", "INFO")
QUEUE_KEY = "jobs:ready"
DEAD_LETTER_KEY = "jobs:dead"
STATUS_PORT = int(os.environ.get("RUNNER_STATUS_PORT", "8765"))
SMTP_HOST = os.environ.get("SMTP_HOST", "localhost")
