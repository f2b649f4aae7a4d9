import logging

import httpx
from django.http import Http404, HttpRequest, JsonResponse

from catalog.models import Product

logger = logging.getLogger(__name__)
request_logger = logging.getLogger("django.request")


async def product_detail(request: HttpRequest, slug: str) -> JsonResponse:
    product = await Product.objects.filter(slug=slug).afirst()
    if product is None:
        logger.info("unknown product slug %s", slug)
        raise Http404("no such product")
    return JsonResponse({"name": product.name, "price": product.price_cents / 100})


async def search(request: HttpRequest) -> JsonResponse:
    q = request.GET.get("q", "").strip()
    names = [p.name async for p in Product.objects.filter(name__icontains=q)[:20]]
    logger.info("search %r -> %d hits", q, len(names))
    return JsonResponse({"results": names})


async def report_broken_image(request: HttpRequest) -> JsonResponse:
    slug = request.GET.get("slug", "")
    product = await Product.objects.filter(slug=slug).afirst()
    if product is None or not product.image_url:
        return JsonResponse({"ok": False}, status=404)
    async with httpx.AsyncClient(timeout=5) as client:
        resp = await client.head(product.image_url)
    if resp.status_code >= 400:
        request_logger.error(
            "image for %s is broken (%s)", slug, resp.status_code, extra={"status_code": 500, "request": request}
        )
    return JsonResponse({"ok": resp.status_code < 400})
