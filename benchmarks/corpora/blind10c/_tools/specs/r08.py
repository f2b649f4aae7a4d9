REPO = "r08_jobs_monorepo"
TITLE = ("Job-platform monorepo with five programs over one shared package: the worker (console script, asyncio.run) puts a FileHandler on 'jobs'; "
         "the status API (asyncio.start_server) is queued; the reporter package `__main__` has a literal dictConfig with a stdout StreamHandler; "
         "cron and migrate are sync console scripts with file set-ups; a dead pre-5.0 worker module with a module-level basicConfig(filename=...); a test fixture module. "
         "Loggers come from a `get_logger(name)` wrapper (f-string prefix 'jobs.'); the shared db module's coroutines run in three programs with different set-ups.")
PROGRAMS = [
    ("jobs-worker  (console script jobs.worker.main:cli; also python3 -m jobs.worker.main)", "module jobs.worker.main",
     "jobs/worker/main.py (asyncio.run) -> jobs/common/db.py -> jobs/common/logutil.py; jobs/worker/tasks.py. 'jobs': FileHandler('worker.log'); root: none."),
    ("jobs-api  (console script jobs.api.server:serve)", "module jobs.api.server",
     "jobs/api/server.py (asyncio.run) -> jobs/common/db.py, jobs/common/logutil.py. Root: QueueHandler; QueueListener owns FileHandler('api.log')."),
    ("python3 -m jobs.reporter", "module jobs.reporter",
     "jobs/reporter/__main__.py (asyncio.run) -> jobs/common/db.py, jobs/reporter/render.py. dictConfig: root StreamHandler(stdout)."),
    ("jobs-cron  (console script jobs.cron:main)", "module jobs.cron", "sync, no event loop: basicConfig(filename='cron.log'); imports jobs/common/db.py inside main()."),
    ("jobs-migrate  (console script jobs.migrate:main)", "module jobs.migrate", "sync, no event loop: dictConfig with a FileHandler."),
]
FINDINGS = [
    ("jobs/worker/main.py", "jobs_logger.addHandler(handler)", "ASL103", "FileHandler('worker.log') on 'jobs'; the worker's coroutines (run_worker, tasks, db) log under 'jobs.'"),
    ("jobs/worker/main.py", 'log.info("worker up', "ASL101", "run_worker: 'jobs.worker' -> 'jobs' FileHandler"),
    ("jobs/worker/tasks.py", 'log.info("sending mail', "ASL101", "send_email: get_logger('worker.tasks') -> 'jobs.worker.tasks' -> 'jobs' FileHandler"),
    ("jobs/worker/tasks.py", 'log.info("resized', "ASL101", "resize_image: same logger"),
    ("jobs/common/db.py", 'log.info("fetched %s"', "ASL101", "fetch_job: get_logger('db') -> 'jobs.db' -> the worker program's 'jobs' FileHandler (queued in the API program, stream in the reporter)"),
    ("jobs/common/db.py", 'log.info("job %s done', "ASL101", "mark_done: 'jobs.db' -> 'jobs' FileHandler in the worker program"),
    ("jobs/reporter/__main__.py", "logging.config.dictConfig(LOGGING)", "ASL103", "literal dictConfig: StreamHandler(stdout) on root; the reporter's coroutines log through it"),
    ("jobs/reporter/__main__.py", 'log.info("collecting pending jobs")', "ASL102", "build_report: 'jobs.reporter' -> root StreamHandler only (the worker's 'jobs' FileHandler is in another program)"),
    ("jobs/reporter/render.py", 'log.info("rendering %d rows"', "ASL102", "render_table: 'jobs.reporter.render' -> root StreamHandler"),
]
UNCERTAIN = [
    ("jobs/common/db.py", 'log.info("fetched %s"', "ASL102", "in the reporter program this same call reaches only the root StreamHandler; whether a call that reaches a file handler in another program also gets ASL102 is a reporting choice"),
    ("jobs/common/db.py", 'log.info("job %s done', "ASL102", "same, for mark_done (in the reporter program by import, not called there)"),
]
MUST_NOT = [
    ("jobs/api/server.py", "root.addHandler(logging.handlers.QueueHandler(log_queue))", "no ASL103", "QueueHandler; the FileHandler belongs to the QueueListener"),
    ("jobs/api/server.py", 'log.info("request %r"', "no ASL101/ASL102", "'jobs.api' in the API program: no 'jobs' handler there (the worker's set-up is not imported), root queued"),
    ("jobs/api/server.py", 'log.info("status api on port', "no ASL101/ASL102", "queued"),
    ("jobs/cron.py", "logging.basicConfig(filename=", "no ASL103", "sync console script"),
    ("jobs/migrate.py", "logging.config.dictConfig({", "no ASL103", "sync console script"),
    ("jobs/worker/legacy_runner.py", 'logging.basicConfig(filename="legacy-worker.log"', "no ASL103", "dead module, imported by no program"),
    ("jobs/worker/legacy_runner.py", 'log.info("legacy run', "no ASL101", "coroutine of a dead module"),
    ("tests/fixtures.py", 'logging.getLogger("jobs").addHandler(', "no ASL103", "test utility"),
    ("tests/fixtures.py", 'logging.getLogger("tests").info(', "no ASL101", "test utility coroutine"),
]
