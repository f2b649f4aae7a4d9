import uvicorn
from litestar import Litestar, get
from litestar.logging.config import LoggingConfig

from app import db
from app.controllers.prices import PriceController
from app.controllers.products import ProductController
from app.telemetry import init_telemetry

logging_config = LoggingConfig(
    root={"level": "INFO", "handlers": ["queue_listener"]},
    formatters={"standard": {"format": "%(asctime)s %(levelname)s %(name)s - %(message)s"}},
    log_exceptions="always",
)


@get("/healthz")
async def healthz() -> dict:
    return {"ok": True}


init_telemetry()

app = Litestar(
    route_handlers=[ProductController, PriceController, healthz],
    on_startup=[db.connect],
    on_shutdown=[db.disconnect],
    logging_config=logging_config,
)

if __name__ == "__main__":
    uvicorn.run(app, host="0.0.0.0", port=8000)
