import logging

from loader import dp


@dp.errors_handler()
async def errors_handler(update, exception):
    logging.error("update %r caused %r", getattr(update, "text", update), exception)
    return True
