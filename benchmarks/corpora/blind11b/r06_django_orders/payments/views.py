import json
import logging

from django.http import HttpResponse, JsonResponse
from django.views.decorators.csrf import csrf_exempt

from orders.models import Order

logger = logging.getLogger(__name__)


@csrf_exempt
async def stripe_webhook(request):
    event = json.loads(request.body)
    logger.info("stripe event %s (%s)", event.get("id"), event.get("type"))
    if event.get("type") == "checkout.session.completed":
        order_id = int(event["data"]["object"]["metadata"]["order_id"])
        await Order.objects.filter(pk=order_id).aupdate(status="paid")
    return HttpResponse(status=204)


async def refund(request, pk: int):
    order = await Order.objects.aget(pk=pk)
    if order.status != "paid":
        logger.warning("refund refused for order %s in state %s", pk, order.status)
        return JsonResponse({"error": "not paid"}, status=409)
    await Order.objects.filter(pk=pk).aupdate(status="refunded")
    return JsonResponse({"id": pk, "status": "refunded"})
