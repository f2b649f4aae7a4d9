"""Webhook receiver, run as its own process: `fleetbot-webhook` or `python -m fleetbot.webhook`."""
import asyncio
import json
import logging

from fleetbot.botkit import serve_webhook

log = logging.getLogger(__name__)


async def receive(payload: str) -> None:
    event = json.loads(payload)
    log.info("webhook event %s", event.get("type"))
    if event.get("type") == "unknown":
        log.warning("dropping unknown event")


def main() -> None:
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s")
    asyncio.run(serve_webhook(receive, ['{"type": "ping"}', '{"type": "unknown"}']))


if __name__ == "__main__":
    main()
