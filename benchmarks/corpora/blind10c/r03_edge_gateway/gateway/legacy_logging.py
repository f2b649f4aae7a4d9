"""1.x request logging. Nothing imports this module since 2.0; kept for reference."""
import logging

_file = logging.FileHandler("gateway-1x.log")
_file.setFormatter(logging.Formatter("%(asctime)s %(message)s"))
logging.getLogger("gateway").addHandler(_file)


async def log_request(request):
    logging.getLogger("gateway").info("%s %s", request.method, request.path)
