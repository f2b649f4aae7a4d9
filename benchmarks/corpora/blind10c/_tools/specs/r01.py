REPO = "r01_discord_tickets_bot"
TITLE = ("Discord help-desk bot; loop run by a local `discordish.Bot.run()` wrapper (asyncio.run); "
         "TimedRotatingFileHandler + StreamHandler kept in a dict and attached to root in a loop over a literal tuple of keys; "
         "`from bot import LOGGER` in a cog; cogs/ has no `__init__.py` and is imported inside a function called from a coroutine; "
         "f-string logger name; a cog-load-time FileHandler on a propagate=False audit logger; teardown removeHandler loop after the loop; "
         "dev script and test helper with file set-ups that run in no event loop.")
PROGRAMS = [
    ("python3 bot.py", "script bot.py",
     "bot.py -> discordish.py (Bot.run -> asyncio.run), config.py; load_extensions() (called from the setup_hook coroutine) imports cogs/tickets.py and cogs/moderation.py; cogs/tickets.py re-imports bot.py as `bot` (its main block does not run again). "
     "Root: TimedRotatingFileHandler + StreamHandler(stdout) (setup_logging in main). 'tickets.audit': FileHandler, propagate=False (cogs/moderation.setup). 'tickets.metrics': BufferingHandler, propagate=False."),
    ("tickets-bot  (console script bot:main)", None, "same program as `python3 bot.py`."),
    ("python3 tools/export_commands.py", "script tools/export_commands.py",
     "sync dev script, no event loop; imports cogs/tickets.py -> bot.py (main block not run) -> discordish.py. basicConfig(filename='export_commands.log')."),
]
FINDINGS = [
    ("bot.py", "root.addHandler(handlers[key])", "ASL103", "attaches TimedRotatingFileHandler and StreamHandler to root in a loop over the literal tuple ('file', 'console'); coroutines of the bot.py program log through root"),
    ("bot.py", 'LOGGER.info("logged in as', "ASL101", "on_ready: 'tickets' propagates to the root TimedRotatingFileHandler (file wins over the StreamHandler)"),
    ("bot.py", 'LOGGER.info("loaded %d cogs"', "ASL101", "setup_hook: 'tickets' -> root file handler"),
    ("discordish.py", '_log.info("logging in using', "ASL101", "Bot.start: 'discordish.client' -> root file handler (the framework stub is imported by the entry bot.py)"),
    ("cogs/tickets.py", 'LOGGER.info("ticket %s opened', "ASL101", "Tickets.open_ticket: LOGGER from `from bot import LOGGER` ('tickets') -> root file handler; first logging call comes after an await that is not logging"),
    ("cogs/tickets.py", 'log.warning("%s tried to close', "ASL101", "Tickets.close_ticket: f-string name 'tickets.cogs.{COG_NAME}' reaches 'tickets' and root -> root file handler"),
    ("cogs/moderation.py", "audit.addHandler(audit_handler)", "ASL103", "FileHandler('audit.log') on 'tickets.audit' at cog load time; Moderation.kick logs through it"),
    ("cogs/moderation.py", 'audit.info("%s kicked', "ASL101", "Moderation.kick: 'tickets.audit' (propagate=False) -> its FileHandler; the metrics.info call before it reaches only a BufferingHandler"),
]
MUST_NOT = [
    ("cogs/moderation.py", 'metrics.info("kick invoked', "no ASL101/ASL102", "'tickets.metrics' has propagate=False and only an in-memory BufferingHandler"),
    ("cogs/moderation.py", 'metrics.info("stats requested', "no ASL101/ASL102", "Moderation.stats logs only to 'tickets.metrics'"),
    ("cogs/moderation.py", "metrics.addHandler(", "no ASL103", "BufferingHandler does no I/O"),
    ("discordish.py", '_log.debug("ignoring unknown', "not reported by default", "second reaching call in Bot.start (per-coroutine default)"),
    ("cogs/tickets.py", 'LOGGER.debug("%d tickets open"', "not reported by default", "second reaching call in open_ticket"),
    ("tools/export_commands.py", "logging.basicConfig(filename=", "no ASL103", "sync dev script, no event loop; its set-up never runs in the bot process although it imports the cogs (and through them bot.py)"),
    ("tests/helpers.py", "logging.getLogger().addHandler(handler)", "no ASL103", "test utility imported by no program"),
    ("tests/helpers.py", 'logging.getLogger("tests").info', "no ASL101/ASL102", "coroutine of a test utility that belongs to no program"),
    ("bot.py", "root.removeHandler(handler)", "no effect on findings", "teardown after bot.run() returns; the coroutines met the handlers"),
]
