from __future__ import annotations

import os

from aiohttp import web

from edgeproxy.app import create_app
from edgeproxy.logsetup import setup_logging
from edgeproxy.telemetry import init_sentry


def main() -> None:
    setup_logging()
    init_sentry()
    web.run_app(create_app(), port=int(os.environ.get("PORT", "8080")), access_log=None)


if __name__ == "__main__":
    main()
