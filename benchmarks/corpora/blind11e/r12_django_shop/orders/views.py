import json
import logging

from django.http import JsonResponse
from django.views.decorators.http import require_POST

from catalog.models import Product
from orders.models import Order

logger = logging.getLogger(__name__)


@require_POST
async def checkout(request):
    data = json.loads(request.body)
    product = await Product.objects.aget(pk=data["product"])
    order = await Order.objects.acreate(email=data["email"], product=product)
    logger.info("order %s placed for %s", order.pk, product.name)
    return JsonResponse({"order": order.pk}, status=201)


async def order_status(request, pk):
    order = await Order.objects.filter(pk=pk).afirst()
    if order is None:
        logger.info("status lookup for unknown order %s", pk)
        return JsonResponse({"error": "not found"}, status=404)
    return JsonResponse({"order": order.pk, "status": order.status})


def export_orders(request):
    logger.info("export requested by %s", request.user)
    rows = list(Order.objects.values_list("pk", "email", "status"))
    return JsonResponse({"rows": rows})
