import json
import logging

from django.http import JsonResponse

from shop.services import reserve_stock

log = logging.getLogger("payments.views")


async def checkout(request):
    order = json.loads(request.body)
    log.info("checkout for product %s", order["product"])
    if not await reserve_stock(order["product"], order["qty"]):
        return JsonResponse({"ok": False}, status=409)
    return JsonResponse({"ok": True})


async def webhook(request):
    event = json.loads(request.body)
    log.info("payment webhook: %s", sorted(event))
    return JsonResponse({"received": True})
