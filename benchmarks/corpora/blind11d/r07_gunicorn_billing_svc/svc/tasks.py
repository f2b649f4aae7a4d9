import asyncio
import logging

import httpx

log = logging.getLogger(__name__)


async def sync_exchange_rates(client: httpx.AsyncClient) -> dict[str, float]:
    resp = await client.get("https://rates.example.com/latest?base=EUR")
    resp.raise_for_status()
    rates = resp.json()["rates"]
    log.info("loaded %d exchange rates", len(rates))
    return rates


async def send_invoice_digest(client: httpx.AsyncClient, emails: list[str]) -> None:
    for batch_start in range(0, len(emails), 50):
        batch = emails[batch_start : batch_start + 50]
        await client.post("https://mailer.internal/digest", json={"to": batch})
        log.info("digest sent to %d recipients", len(batch))
        await asyncio.sleep(0.2)
