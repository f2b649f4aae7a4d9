REPO = "r04_telegram_reminders"
TITLE = ("Telegram reminder bot: a package `__main__` whose loop is run by a local PTB-style `Application.run_polling()`; "
         "basicConfig(handlers=[TimedRotatingFileHandler, StreamHandler]); the package's own re-export of `logging` (`from reminders.compat import logging`); "
         "a class-attribute logger; loggers kept in a dict; a later basicConfig(stream=...) called from a coroutine that is a no-op; "
         "a second program (cron digest) with a WatchedFileHandler on the package logger; a library module whose sync `__main__` demo block has basicConfig(filename=...).")
PROGRAMS = [
    ("python3 -m reminders", "module reminders",
     "reminders/__main__.py -> reminders/logs.py, reminders/bot.py -> telegramish/ext.py (Application.run_polling -> asyncio.run), reminders/storage.py, reminders/compat.py, reminders/devtools.py (main block not run), reminders/jobs.py, reminders/scheduler.py. "
     "Root: TimedRotatingFileHandler + StreamHandler (configure() before run_polling). Scheduler.start()'s basicConfig(stream=sys.stdout) runs later from post_init: no-op."),
    ("reminders-bot  (console script reminders.__main__:main)", None, "same program."),
    ("python3 -m reminders.cron", "module reminders.cron",
     "reminders/cron.py (asyncio.run) -> reminders/storage.py, reminders/jobs.py -> reminders/compat.py. 'reminders': WatchedFileHandler (root has no handler)."),
    ("reminders-digest  (console script reminders.cron:main)", None, "same program as `python3 -m reminders.cron`."),
    ("python3 -m reminders.devtools", "module reminders.devtools", "sync demo block: basicConfig(filename='devtools.log'), no event loop."),
]
FINDINGS = [
    ("reminders/logs.py", "logging.basicConfig(level=level, format=FORMAT, handlers=handlers)", "ASL103", "basicConfig(handlers=[TimedRotatingFileHandler, StreamHandler]) on root; every coroutine of the bot program logs through it"),
    ("telegramish/ext.py", '_LOGGER.info("Application started")', "ASL101", "Application._poll: 'telegramish.ext.Application' -> root TimedRotatingFileHandler"),
    ("reminders/bot.py", 'log.info("/start from', "ASL101", "start: logger from the re-exported `logging` ('reminders.bot') -> root file handler; first logging call after an await"),
    ("reminders/bot.py", 'log.info("reminder in %s for', "ASL101", "remind -> root file handler"),
    ("reminders/bot.py", 'log.error("update %r caused', "ASL101", "on_error -> root file handler"),
    ("reminders/bot.py", 'log.info("scheduler started with', "ASL101", "post_init -> root file handler (the basicConfig it triggers through Scheduler.start is a no-op)"),
    ("reminders/scheduler.py", 'log.info("%d reminders due"', "ASL101", "Scheduler.run_pending: 'reminders.scheduler' -> root file handler"),
    ("reminders/jobs.py", 'self.log.info("firing', "ASL101", "ReminderJob.fire: class-attribute logger 'reminders.jobs' -> root file handler (bot) and the 'reminders' WatchedFileHandler (cron)"),
    ("reminders/storage.py", 'LOGGERS["db"].info("saving', "ASL101", "save: logger kept in a dict -> root file handler"),
    ("reminders/storage.py", 'LOGGERS["cache"].info("loaded', "ASL101", "load: logger kept in a dict -> root file handler / 'reminders' WatchedFileHandler"),
    ("reminders/cron.py", "app_logger.addHandler(handler)", "ASL103", "WatchedFileHandler on 'reminders' in the cron program; send_digest, storage.load and ReminderJob.fire log through it"),
    ("reminders/cron.py", 'log.info("sending the digest', "ASL101", "send_digest: 'reminders.cron' -> 'reminders' WatchedFileHandler"),
]
MUST_NOT = [
    ("reminders/bot.py", "async def list_reminders", "no ASL101", "list_reminders has no logging call of its own; the storage.load it awaits is reported in storage.py"),
    ("reminders/scheduler.py", "logging.basicConfig(stream=sys.stdout", "no ASL103", "no-op: runs (from post_init) after configure() gave root its handlers"),
    ("reminders/storage.py", 'LOGGERS["db"].info("dumping', "no ASL101", "dump() is a plain function"),
    ("reminders/devtools.py", 'logging.basicConfig(filename="devtools.log"', "no ASL103", "sync `__main__` demo block of a module the bot imports; belongs only to its own (loop-less) program"),
    ("telegramish/ext.py", '_LOGGER.info("Application.stop() complete")', "not reported by default", "second reaching call in Application._poll"),
]
