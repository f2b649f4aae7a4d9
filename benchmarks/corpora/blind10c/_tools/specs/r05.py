REPO = "r05_aiogram_shop"
TITLE = ("CLEAN. aiogram-2-style storefront bot (`executor.start_polling` -> run_until_complete) whose process configures no logging at all "
         "beyond a library NullHandler on 'shop' and an in-memory handler subclass on 'shop.payments'; a fulfilment worker whose root handlers are "
         "replaced by `logging.root.handlers = [QueueHandler(q)]` with the FileHandler/StreamHandler owned by a QueueListener; "
         "a sync export command with a FileHandler, a test utility with basicConfig(filename=...), an alembic-style fileConfig in a sync migration script.")
PROGRAMS = [
    ("python3 -m shop.bot", "module shop.bot",
     "shop/bot.py (main block: aiogramish.executor.start_polling -> new_event_loop + run_until_complete) -> aiogramish/*, shop/__init__.py (NullHandler on 'shop'), shop/catalog.py, shop/orders.py, shop/payments.py (RecentErrors in-memory handler on 'shop.payments'). Root: no handler."),
    ("python3 -m shop.worker", "module shop.worker",
     "shop/worker.py (asyncio.run) -> shop/orders.py -> shop/catalog.py. Root: `logging.root.handlers = [QueueHandler]`, QueueListener owns FileHandler + StreamHandler."),
    ("shop-worker  (console script shop.worker:main)", None, "same program."),
    ("python3 -m shop.commands.export_orders", "module shop.commands.export_orders",
     "sync command, no event loop; FileHandler on 'shop'; imports shop/orders.py (coroutines) inside main()."),
    ("python3 migrations/env.py", "script migrations/env.py", "sync migration script: fileConfig('migrations/alembic.ini') (StreamHandler, FileHandler)."),
]
FINDINGS = []
MUST_NOT = [
    ("shop/__init__.py", "addHandler(logging.NullHandler())", "no ASL103", "NullHandler"),
    ("shop/payments.py", "log.addHandler(RECENT)", "no ASL103", "RecentErrors.emit only appends to a deque"),
    ("shop/payments.py", 'log.info("charging', "no ASL101/ASL102", "'shop.payments' reaches RecentErrors, the 'shop' NullHandler and a root without handlers (bot) or with a QueueHandler"),
    ("shop/bot.py", 'log.info("new customer', "no ASL101/ASL102", "no blocking handler anywhere in the bot program"),
    ("shop/bot.py", 'log.info("storefront bot starting")', "no ASL101/ASL102", "no blocking handler in the bot program"),
    ("shop/catalog.py", 'log.info("catalog has', "no ASL101/ASL102", "NullHandler / QueueHandler only"),
    ("shop/orders.py", 'log.info("order %s: %s x %s', "no ASL101/ASL102", "NullHandler (bot) / QueueHandler (worker)"),
    ("shop/orders.py", 'log.info("order %s vanished"', "no ASL101/ASL102", "same"),
    ("aiogramish/dispatcher.py", 'log.info("start polling', "no ASL101/ASL102", "framework stub; root has no handler"),
    ("shop/worker.py", "logging.root.handlers = [logging.handlers.QueueHandler(log_queue)]", "no ASL103", "QueueHandler; the file/stream handlers belong to the QueueListener"),
    ("shop/worker.py", 'log.info("batch of %d done"', "no ASL101/ASL102", "queued root"),
    ("shop/commands/export_orders.py", 'logging.getLogger("shop").addHandler(handler)', "no ASL103", "sync command with no event loop"),
    ("tests/utils.py", "logging.basicConfig(filename=path", "no ASL103", "test utility imported by no program"),
    ("tests/utils.py", 'logging.getLogger("tests").info(', "no ASL101", "coroutine of a test utility"),
    ("migrations/env.py", 'fileConfig("migrations/alembic.ini")', "no ASL103", "sync migration script"),
]
CUSTOM_KINDS = {"RecentErrors": "memory"}
