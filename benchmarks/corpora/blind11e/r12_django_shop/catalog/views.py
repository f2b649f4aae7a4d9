import logging

from django.http import Http404, JsonResponse

from catalog.models import Product

logger = logging.getLogger(__name__)
analytics = logging.getLogger("analytics")


async def product_list(request):
    products = [p async for p in Product.objects.filter(stock__gt=0).order_by("name")[:100]]
    logger.info("product list: %d in stock", len(products))
    return JsonResponse({"products": [{"id": p.pk, "name": p.name} for p in products]})


async def search(request):
    q = request.GET.get("q", "").strip()
    if len(q) < 2:
        logger.warning("search query too short: %r", q)
        return JsonResponse({"products": []})
    hits = [p async for p in Product.objects.filter(name__icontains=q)[:50]]
    return JsonResponse({"products": [{"id": p.pk, "name": p.name} for p in hits]})


async def product_detail(request, pk):
    try:
        product = await Product.objects.aget(pk=pk)
    except Product.DoesNotExist:
        raise Http404
    analytics.info("product_view id=%s", pk)
    return JsonResponse({"id": product.pk, "name": product.name, "price": product.price_cents})
