from __future__ import annotations

import os

import sentry_sdk
from sentry_sdk.integrations.aiohttp import AioHttpIntegration


def init_sentry() -> None:
    dsn = os.environ.get("SENTRY_DSN")
    if dsn:
        sentry_sdk.init(dsn=dsn, integrations=[AioHttpIntegration()], traces_sample_rate=0.02)
