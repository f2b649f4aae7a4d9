REPO = "r12_shop_monorepo"
TITLE = ("Web-shop monorepo with five programs sharing `shared/`: the storefront (local `web.run_app`) queues its logging through a shared helper; the order worker passes "
         "the same shared `file_handler()` factory's RotatingFileHandler to basicConfig(handlers=...); the Telegram notifier (aiogram-3 style `await dp.start_polling(bot)` "
         "inside asyncio.run) uses basicConfig(stream=sys.stdout); a developer seed script that runs its own event loop with basicConfig(filename=...); a sync nightly export with a FileHandler.")
PROGRAMS = [
    ("storefront  (console script storefront.app:main; also python3 -m storefront.app)", "module storefront.app",
     "storefront/app.py -> aiohttpish/web.py (run_app -> asyncio.run), shared/logkit.py, storefront/views.py -> shared/catalog.py. Root: QueueHandler (queue_logging); QueueListener owns the RotatingFileHandler from file_handler() and a StreamHandler."),
    ("order-worker  (console script orders.worker:main)", "module orders.worker",
     "orders/worker.py (asyncio.run) -> orders/handlers.py -> shared/catalog.py; shared/logkit.py. Root: RotatingFileHandler from file_handler(), via basicConfig(handlers=...)."),
    ("notifier  (console script notifier.bot:main)", "module notifier.bot",
     "notifier/bot.py (asyncio.run(run()) -> Dispatcher.start_polling) -> aiogramish/__init__.py. Root: StreamHandler(stdout) via basicConfig(stream=...)."),
    ("nightly-sync  (console script ops.nightly:main)", "module ops.nightly", "sync, no event loop: FileHandler on root; imports shared/catalog.py."),
    ("python3 scripts/seed_demo_data.py", "script scripts/seed_demo_data.py",
     "developer script that runs its own event loop (asyncio.run in its main block) -> shared/catalog.py. Root: FileHandler via basicConfig(filename='seed.log')."),
]
FINDINGS = [
    ("orders/worker.py", "logging.basicConfig(level=logging.INFO, handlers=[file_handler(", "ASL103", "basicConfig(handlers=[file_handler(...)]): the factory in shared/logkit.py returns a RotatingFileHandler; the worker's coroutines log through root"),
    ("orders/worker.py", 'log.info("consuming %d events"', "ASL101", "consume: 'orders.worker' -> root RotatingFileHandler"),
    ("orders/handlers.py", 'log.info("order %s created', "ASL101", "handle_order_created -> root RotatingFileHandler"),
    ("shared/catalog.py", 'log.info("lookup %s', "ASL101", "get_product: 'shared.catalog' -> the order worker's root RotatingFileHandler (queued in the storefront program)"),
    ("shared/catalog.py", 'log.info("upsert %s', "ASL101", "upsert_product: 'shared.catalog' -> the seed script's FileHandler (and the order worker's, by import)"),
    ("notifier/bot.py", "logging.basicConfig(level=logging.INFO, stream=sys.stdout", "ASL103", "basicConfig(stream=sys.stdout) on root; the notifier's coroutines log through it"),
    ("notifier/bot.py", 'log.info("subscribed chat', "ASL102", "cmd_start: 'notifier' -> root StreamHandler"),
    ("notifier/bot.py", 'log.info("shipping notice', "ASL102", "on_order_shipped: first logging call after an await -> root StreamHandler"),
    ("aiogramish/__init__.py", 'logger.info("Start polling', "ASL102", "Dispatcher.start_polling: 'aiogramish.dispatcher' -> root StreamHandler (framework stub imported by the notifier)"),
    ("scripts/seed_demo_data.py", 'logging.basicConfig(filename="seed.log"', "ASL103", "the seed script's own program runs asyncio.run(seed()) with this FileHandler on root"),
    ("scripts/seed_demo_data.py", 'log.info("seeding %d demo', "ASL101", "seed: 'seed' -> root FileHandler in the seed script's own program"),
]
MUST_NOT = [
    ("shared/logkit.py", "root.addHandler(logging.handlers.QueueHandler(log_queue))", "no ASL103", "QueueHandler; the storefront's file/stream handlers are owned by the QueueListener"),
    ("storefront/views.py", 'log.info("index page")', "no ASL101/ASL102", "storefront program: root has only the QueueHandler"),
    ("storefront/views.py", 'log.info("product %s not found"', "no ASL101/ASL102", "same"),
    ("orders/handlers.py", "async def handle_payment_captured", "no ASL101", "no logging call of its own (awaits get_product, reported in shared/catalog.py)"),
    ("aiogramish/__init__.py", 'logger.info("Polling stopped")', "not reported by default", "second reaching call in start_polling"),
    ("ops/nightly.py", 'logging.getLogger().addHandler(logging.FileHandler("nightly.log"))', "no ASL103", "sync console script with no event loop (imports shared/catalog.py, never runs its coroutines)"),
]
