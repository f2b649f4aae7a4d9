import json
import logging

from django.http import HttpRequest, HttpResponseBadRequest, JsonResponse
from django.shortcuts import render
from django.views.decorators.http import require_POST

from orders.models import Order

logger = logging.getLogger(__name__)


@require_POST
async def checkout(request: HttpRequest) -> JsonResponse:
    try:
        payload = json.loads(request.body)
    except json.JSONDecodeError:
        logger.warning("checkout with invalid JSON from %s", request.META.get("REMOTE_ADDR"))
        return HttpResponseBadRequest("invalid JSON")
    order = await Order.objects.acreate(email=payload["email"], total_cents=int(payload["total_cents"]))
    logger.info("order %s created for %s", order.pk, order.email)
    return JsonResponse({"order": order.pk}, status=201)


async def order_status(request: HttpRequest, order_id: int) -> JsonResponse:
    order = await Order.objects.aget(pk=order_id)
    logger.info("status lookup for order %s", order_id)
    return JsonResponse({"order": order.pk, "status": order.status})


@require_POST
async def cancel_order(request: HttpRequest, order_id: int) -> JsonResponse:
    updated = await Order.objects.filter(pk=order_id, status="new").aupdate(status="cancelled")
    if not updated:
        logger.warning("order %s could not be cancelled", order_id)
        return JsonResponse({"cancelled": False}, status=409)
    logger.info("order %s cancelled", order_id)
    return JsonResponse({"cancelled": True})


def order_list(request: HttpRequest):
    orders = Order.objects.order_by("-created")[:50]
    logger.info("order list rendered for %s", request.user)
    return render(request, "orders/list.html", {"orders": orders})
