"""Telegram handlers."""
from reminders import storage
from reminders.compat import logging
from reminders.devtools import parse_delay
from reminders.jobs import ReminderJob
from reminders.scheduler import SCHEDULER
from telegramish.ext import Application, CommandHandler

log = logging.getLogger(__name__)


async def start(update, context):
    await update.reply("Hi! Use /remind <delay> <text>, e.g. /remind 10m stretch")
    log.info("/start from %s", update.user)


async def remind(update, context):
    delay = parse_delay(context.args[0])
    job = ReminderJob(update.chat_id, delay, " ".join(context.args[1:]))
    await storage.save(update.chat_id, job)
    SCHEDULER.add(job)
    log.info("reminder in %s for %s", delay, update.user)
    await update.reply("ok, I'll remind you")


async def list_reminders(update, context):
    jobs = await storage.load(update.chat_id)
    await update.reply("\n".join(job.text for job in jobs) or "nothing scheduled")


async def on_error(update, context):
    log.error("update %r caused %r", update.text, context.error)
    await update.reply("Sorry, I did not get that.")


async def post_init(application):
    SCHEDULER.start()
    log.info("scheduler started with %d jobs", len(SCHEDULER.jobs))


async def post_shutdown(application):
    await SCHEDULER.run_pending(application.send_message)


def build_app(token):
    app = Application.builder().token(token).post_init(post_init).post_shutdown(post_shutdown).build()
    app.add_handler(CommandHandler("start", start))
    app.add_handler(CommandHandler("remind", remind))
    app.add_handler(CommandHandler("list", list_reminders))
    app.add_error_handler(on_error)
    return app
