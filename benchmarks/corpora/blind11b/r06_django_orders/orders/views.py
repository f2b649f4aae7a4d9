import csv
import logging

from django.http import Http404, HttpResponse, JsonResponse

from orders.models import Order
from orders.tasks import notify_warehouse

logger = logging.getLogger(__name__)


def _as_dict(order: Order) -> dict:
    return {"id": order.pk, "email": order.customer_email, "total": order.total_cents, "status": order.status}


async def order_list(request):
    orders = [o async for o in Order.objects.order_by("-created")[:50]]
    logger.info("listing %d orders for %s", len(orders), request.user)
    return JsonResponse({"orders": [_as_dict(o) for o in orders]})


async def order_detail(request, pk: int):
    try:
        order = await Order.objects.aget(pk=pk)
    except Order.DoesNotExist:
        logger.warning("order %s not found", pk)
        raise Http404 from None
    if request.method == "POST" and order.status == "new":
        order.status = "confirmed"
        await order.asave(update_fields=["status"])
        await notify_warehouse(order)
    return JsonResponse(_as_dict(order))


def export_csv(request):
    response = HttpResponse(content_type="text/csv")
    writer = csv.writer(response)
    for order in Order.objects.all().iterator():
        writer.writerow([order.pk, order.customer_email, order.total_cents, order.status])
    logger.info("csv export by %s", request.user)
    return response
