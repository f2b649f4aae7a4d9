import hashlib
import hmac
import json
import logging
import os

from django.http import HttpResponse, HttpResponseBadRequest
from django.views.decorators.csrf import csrf_exempt

from orders.models import Order

logger = logging.getLogger("payments.webhooks")
request_logger = logging.getLogger("django.request")


def _valid(body: bytes, signature: str) -> bool:
    digest = hmac.new(os.environ["PAYMENT_WEBHOOK_SECRET"].encode(), body, hashlib.sha256).hexdigest()
    return hmac.compare_digest(digest, signature)


@csrf_exempt
async def provider_webhook(request):
    if not _valid(request.body, request.headers.get("X-Signature", "")):
        request_logger.error("invalid webhook signature from %s", request.META.get("REMOTE_ADDR"))
        return HttpResponseBadRequest("bad signature")
    event = json.loads(request.body)
    await Order.objects.filter(pk=event["order"]).aupdate(status=event["status"])
    return HttpResponse(status=204)


@csrf_exempt
async def refund_webhook(request):
    event = json.loads(request.body)
    await Order.objects.filter(pk=event["order"]).aupdate(status="refunded")
    logger.info("order %s refunded (%s)", event["order"], event.get("reason"))
    return HttpResponse(status=204)
