REPO = "r06_price_scraper"
TITLE = ("Price scraper with two console-script programs: the crawler (asyncio.Runner) attaches the handlers a factory in another module returns "
         "(TimedRotatingFileHandler + StreamHandler) in a loop, and a RotatingFileHandler through a helper whose parameter is annotated `handler: RotatingFileHandler`; "
         "loggers named with `.format()`, a logger passed as an annotated argument, an async generator, a class-attribute logger. "
         "The TCP health monitor (new_event_loop + run_until_complete) uses basicConfig(stream=sys.stdout) and `getLogger('echo_{}'.format(peer))`. Sync dev script with a FileHandler.")
PROGRAMS = [
    ("python3 -m scraper.run", "module scraper.run",
     "scraper/run.py (asyncio.Runner) -> scraper/config.py, scraper/logfactory.py, scraper/sites.py -> scraper/pipeline.py -> scraper/fetch.py, scraper/parse.py; scraper/store.py. "
     "Root: TimedRotatingFileHandler + StreamHandler (from build_handlers()). 'scraper.errors': RotatingFileHandler (attach_error_file)."),
    ("price-scraper  (console script scraper.run:main)", None, "same program."),
    ("python3 -m scraper.monitor", "module scraper.monitor",
     "scraper/monitor.py only (new_event_loop + run_until_complete). Root: StreamHandler(stdout) from basicConfig(stream=...)."),
    ("scraper-monitor  (console script scraper.monitor:main)", None, "same program."),
    ("python3 tools/profile_parse.py", "script tools/profile_parse.py", "sync dev script, no event loop; FileHandler on 'scraper'; imports scraper/parse.py."),
]
FINDINGS = [
    ("scraper/run.py", "root.addHandler(handler)", "ASL103", "attaches the TimedRotatingFileHandler + StreamHandler returned by logfactory.build_handlers() to root, in a loop; the crawler's coroutines log through root"),
    ("scraper/logfactory.py", "logger.addHandler(handler)", "ASL103", "attach_error_file(logger, handler: RotatingFileHandler) is called by run.main with 'scraper.errors' and a RotatingFileHandler; fetch() logs to 'scraper.errors'"),
    ("scraper/run.py", 'log.info("crawling %d sites"', "ASL101", "crawl_all: 'scraper' -> root TimedRotatingFileHandler"),
    ("scraper/sites.py", 'log.info("crawling %s"', "ASL101", "crawl_site: getLogger('scraper.site.{}'.format(slug)) reaches 'scraper' and root -> root file handler"),
    ("scraper/fetch.py", 'log.info("GET %s"', "ASL101", "fetch: `log: logging.Logger` parameter (callers pass the 'scraper.site.<slug>' logger) -> root file handler"),
    ("scraper/pipeline.py", 'plog.info("pipeline for', "ASL101", "items (async generator): 'scraper.pipeline' -> root file handler"),
    ("scraper/store.py", 'self.log.info("stored', "ASL101", "PriceStore.save: class-attribute logger 'scraper.store' -> root file handler"),
    ("scraper/monitor.py", "logging.basicConfig(stream=sys.stdout", "ASL103", "basicConfig(stream=sys.stdout): StreamHandler on root in the monitor program; its coroutines log through it"),
    ("scraper/monitor.py", 'conn_log.info("probe %r"', "ASL102", "handle_client: getLogger('echo_{}'.format(peer)) has no literal dotted prefix, so it reaches root -> StreamHandler only"),
    ("scraper/monitor.py", 'log.info("monitor listening', "ASL102", "serve_and_probe: 'scraper.monitor' -> root StreamHandler (the crawler's file handlers are in another program)"),
]
MUST_NOT = [
    ("scraper/fetch.py", 'errors.warning("giving up', "not reported by default", "second reaching call in fetch"),
    ("scraper/pipeline.py", 'log.info("%s exhausted"', "not reported by default", "second reaching call in items"),
    ("scraper/parse.py", 'log.warning("unparseable price', "no ASL101", "parse_prices is a plain function"),
    ("tools/profile_parse.py", 'logging.getLogger("scraper").addHandler(', "no ASL103", "sync dev script, no event loop"),
]
