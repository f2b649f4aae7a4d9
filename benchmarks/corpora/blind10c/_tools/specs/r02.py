REPO = "r02_inventory_api"
TITLE = ("ASGI stock-keeping API run by a local `uvicorn.run` stand-in; one literal dictConfig in a set-up module "
         "(RotatingFileHandler on 'inventory', StreamHandler on root, FileHandler on 'uvicorn.access' with propagate=False); "
         "loggers through a `get_logger(name)` wrapper with an f-string prefix, a `LoggingMixin.logger` property, a nested middleware coroutine; "
         "a sync admin console script and a dev script that imports the server module, both with file set-ups and no event loop.")
PROGRAMS = [
    ("python3 -m inventory.main", "module inventory.main",
     "inventory/main.py -> uvicorn.py (run -> asyncio.run), inventory/app.py, inventory/log.py, inventory/logging_setup.py, inventory/middleware.py, inventory/routes/items.py -> inventory/db.py. "
     "configure() in run(): dictConfig: root StreamHandler(stderr); 'inventory' RotatingFileHandler (propagates to root); 'uvicorn.access' FileHandler, propagate=False."),
    ("inventory-api  (console script inventory.main:run)", None, "same program."),
    ("inventory-admin  (console script inventory.cli:main)", "call inventory.cli:main",
     "sync admin command, no event loop; imports inventory/db.py inside main(). basicConfig(filename='inventory-admin.log')."),
    ("python3 scripts/gen_openapi.py", "script scripts/gen_openapi.py",
     "sync developer tool, no event loop; imports inventory/main.py (its main block does not run, so configure() is never called) and everything it imports. basicConfig(filename='openapi.log')."),
]
FINDINGS = [
    ("inventory/logging_setup.py", "logging.config.dictConfig(LOGGING)", "ASL103", "literal dictConfig: RotatingFileHandler on 'inventory', StreamHandler on root, FileHandler on 'uvicorn.access'; the API's coroutines log through all three"),
    ("inventory/main.py", 'log.info("inventory-api %s starting"', "ASL101", "announce (startup hook): 'inventory' -> RotatingFileHandler (and root StreamHandler; file wins)"),
    ("inventory/app.py", 'log.warning("no route for', "ASL101", "App.__call__: get_logger('app') -> 'inventory.app' -> 'inventory' RotatingFileHandler"),
    ("inventory/routes/items.py", 'log.info("listing %d items"', "ASL101", "list_items: get_logger('routes.items') wrapper -> 'inventory.routes.items' -> file handler"),
    ("inventory/routes/items.py", 'log.warning("unknown sku', "ASL101", "get_item: first logging call in the coroutine (inside the not-found branch)"),
    ("inventory/routes/items.py", 'log.info("created %s"', "ASL101", "create_item: 'inventory.routes.items' -> file handler"),
    ("inventory/db.py", 'self.logger.info("fetch_all', "ASL101", "ItemRepository.fetch_all: LoggingMixin.logger property returns getLogger(f'inventory.db.{...}') -> 'inventory' file handler"),
    ("inventory/db.py", 'self.logger.info("insert %s', "ASL101", "ItemRepository.insert: same property"),
    ("inventory/middleware.py", "access.info(", "ASL101", "middleware (async def nested in access_log): 'uvicorn.access' -> its FileHandler (propagate=False)"),
    ("uvicorn.py", 'logger.info("Started server process', "ASL102", "serve: 'uvicorn.error' has no handler of its own and reaches only the root StreamHandler (no file handler)"),
]
MUST_NOT = [
    ("inventory/db.py", 'self.logger.debug("count requested")', "no ASL101", "ItemRepository.count is a plain function"),
    ("uvicorn.py", 'logger.info("Finished server process")', "not reported by default", "second reaching call in serve"),
    ("inventory/cli.py", "logging.basicConfig(filename=", "no ASL103", "sync console script with no event loop"),
    ("scripts/gen_openapi.py", "logging.basicConfig(filename=", "no ASL103", "sync dev script; imports the server module but runs no loop"),
]
