import logging

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.ext import ContextTypes

from shopbot import db

logger = logging.getLogger(__name__)


def _keyboard(products: list[db.Product]) -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup(
        [[InlineKeyboardButton(f"{p.title} — {p.price_cents / 100:.2f} €", callback_data=f"add:{p.sku}")]
         for p in products]
    )


async def start(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    await update.message.reply_text("Welcome! Use /catalog to browse or just type what you are looking for.")


async def show_catalog(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    products = [p for p in await db.list_products() if p.stock > 0]
    logger.info("user %s opened the catalog (%d products)", update.effective_user.id, len(products))
    await update.message.reply_text("Our products:", reply_markup=_keyboard(products))


async def search(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    query = update.message.text.strip()
    results = await db.search_products(query)
    if not results:
        logger.info("no results for %r", query)
        await update.message.reply_text("Nothing found, sorry.")
        return
    await update.message.reply_text(f"Found {len(results)}:", reply_markup=_keyboard(results))
