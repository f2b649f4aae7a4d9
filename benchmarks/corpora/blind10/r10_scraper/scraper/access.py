"""Access log for the dashboard."""
import logging
import time

access_log = logging.getLogger("dashboard.access")


def setup_access_log(app):
    logging.basicConfig(filename="access.log", level=logging.INFO, format="%(message)s")
    app.middlewares.append(access_middleware)


async def access_middleware(request, handler):
    started = time.perf_counter()
    response = await handler(request)
    access_log.info('"%s %s" %d %.1fms', request.method, request.path, response.status,
                    (time.perf_counter() - started) * 1000)
    return response
