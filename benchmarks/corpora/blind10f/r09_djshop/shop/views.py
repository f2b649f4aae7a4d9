import json
import logging

from django.http import Http404, HttpResponseBadRequest, JsonResponse

from shop.models import Product
from shop.services import charge, reserve_stock

logger = logging.getLogger(__name__)


async def product_list(request):
    products = [p async for p in Product.objects.filter(stock__gt=0).order_by("name")]
    logger.info("listing %d products", len(products))
    return JsonResponse({"products": [{"slug": p.slug, "name": p.name} for p in products]})


async def product_detail(request, slug):
    try:
        product = await Product.objects.aget(slug=slug)
    except Product.DoesNotExist:
        logger.info("unknown product %s", slug)
        raise Http404(slug)
    return JsonResponse({"slug": product.slug, "name": product.name, "price": product.price_cents})


async def checkout(request):
    if request.method != "POST":
        return HttpResponseBadRequest("POST only")
    order = json.loads(request.body)
    if not await reserve_stock(order["slug"], order["quantity"]):
        return JsonResponse({"error": "out of stock"}, status=409)
    product = await Product.objects.aget(slug=order["slug"])
    charge_id = await charge(product.price_cents * order["quantity"], order["token"])
    logger.info("order for %s x%d charged as %s", order["slug"], order["quantity"], charge_id)
    return JsonResponse({"charge": charge_id}, status=201)
