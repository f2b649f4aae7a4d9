import logging

from django.http import JsonResponse

from shop.catalogue import PRODUCTS

logger = logging.getLogger(__name__)


async def product_list(request):
    logger.info("product list (%d products)", len(PRODUCTS))
    return JsonResponse([{"id": pk, **p} for pk, p in PRODUCTS.items()])


async def product_detail(request, pk: int):
    product = PRODUCTS.get(pk)
    if product is None:
        logger.info("product %s not found", pk)
        return JsonResponse({"detail": "not found"}, status=404)
    return JsonResponse({"id": pk, **product})
