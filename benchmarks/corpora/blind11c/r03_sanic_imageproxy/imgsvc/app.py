from __future__ import annotations

import logging
import time

from sanic import Sanic

from imgsvc import routes, storage

log = logging.getLogger("imgsvc")

# logging is configured by imgsvc.logsetup; keep Sanic's own defaults out of the way
app = Sanic("imgsvc", configure_logging=False)
app.blueprint(routes.bp)


@app.before_server_start
async def announce(app: Sanic, _loop) -> None:
    app.ctx.started = time.monotonic()
    log.info("imgsvc starting, bucket=%s", storage.BUCKET)


@app.after_server_stop
async def goodbye(app: Sanic, _loop) -> None:
    # nothing to close: clients are per request
    app.ctx.uptime = time.monotonic() - app.ctx.started
