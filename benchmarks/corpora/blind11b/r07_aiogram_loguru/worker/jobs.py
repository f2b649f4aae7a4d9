import logging

from bot.services.payments import check_payment

log = logging.getLogger(__name__)


async def expire_subscriptions(user_ids: list[int]) -> list[int]:
    expired = []
    for uid in user_ids:
        if not await check_payment(uid):
            expired.append(uid)
    log.info("%d of %d subscriptions expired", len(expired), len(user_ids))
    return expired


async def send_reminders(user_ids: list[int]) -> None:
    for uid in user_ids:
        log.info("reminder queued for %s", uid)
