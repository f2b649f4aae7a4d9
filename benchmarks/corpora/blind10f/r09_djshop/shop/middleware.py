import logging
import time

from asgiref.sync import iscoroutinefunction, markcoroutinefunction

log = logging.getLogger("shop.timing")


class TimingMiddleware:
    async_capable = True
    sync_capable = False

    def __init__(self, get_response):
        self.get_response = get_response
        if iscoroutinefunction(self.get_response):
            markcoroutinefunction(self)

    async def __call__(self, request):
        started = time.perf_counter()
        response = await self.get_response(request)
        elapsed = (time.perf_counter() - started) * 1000
        if elapsed > 500:
            log.warning("slow request %s %s: %.0f ms", request.method, request.path, elapsed)
        return response
