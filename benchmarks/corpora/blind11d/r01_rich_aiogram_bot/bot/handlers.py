import logging

from aiogram import F, Router
from aiogram.filters import Command, CommandStart
from aiogram.types import Message

log = logging.getLogger(__name__)
router = Router(name="main")

HELP_TEXT = (
    "/catalog - browse products\n"
    "/buy <id> - order a product\n"
    "/refund <order> - ask for a refund\n"
)


def _describe(user) -> str:
    name = user.full_name if user else "unknown"
    log.debug("describing user %s", name)
    return f"{name} ({user.id if user else '-'})"


@router.message(CommandStart())
async def cmd_start(message: Message) -> None:
    log.info("start from %s", _describe(message.from_user))
    await message.answer("Welcome to the shop! Type /help to see what I can do.")


@router.message(Command("help"))
async def cmd_help(message: Message) -> None:
    await message.answer(HELP_TEXT)
    log.info("help shown to %s", message.chat.id)


@router.message(F.photo)
async def on_photo(message: Message) -> None:
    def biggest(sizes):
        best = max(sizes, key=lambda s: s.file_size or 0)
        log.info("picked photo size %sx%s", best.width, best.height)
        return best

    photo = biggest(message.photo)
    file = await message.bot.get_file(photo.file_id)
    log.info("photo %s uploaded by %s (%s bytes)", file.file_path, message.chat.id, photo.file_size)
    await message.reply("Thanks, our staff will look at your picture.")
