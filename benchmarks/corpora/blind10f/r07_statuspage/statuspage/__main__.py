from __future__ import annotations

import asyncio
import os

from hypercorn.asyncio import serve
from hypercorn.config import Config

from statuspage.app import build_app
from statuspage.logconfig import configure


def main() -> None:
    configure(os.environ.get("STATUSPAGE_LOG", "/var/log/statuspage/app.log"))
    config = Config()
    config.bind = [os.environ.get("BIND", "0.0.0.0:8000")]
    config.accesslog = "-"
    asyncio.run(serve(build_app(), config))


if __name__ == "__main__":
    main()
