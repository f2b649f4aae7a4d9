"""Just enough of an aiohttp-like surface to run the API locally."""
import asyncio


class Application:
    def __init__(self) -> None:
        self.router = {}

    def add_get(self, path: str, handler) -> None:
        self.router[path] = handler


def run_app(app: Application, port: int = 8080, requests=("/health", "/items")) -> None:
    async def _serve() -> None:
        for path in requests:
            await app.router[path]({"path": path, "port": port})

    asyncio.run(_serve())
