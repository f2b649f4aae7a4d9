"""The set-up calls that attach handlers from a description: ``basicConfig()``,
``dictConfig()`` (a literal, another module's dict, a file), ``fileConfig()``, a
server's ``log_config``, Django's ``LOGGING`` and libraries' installers."""

from __future__ import annotations

import ast
import os

from ..catalogue import (
    DJANGO_DEFAULTS,
    DJANGO_LOGGING,
    GUNICORN_LOGGING,
    GUNICORN_SETTINGS,
    SERVER_DEFAULT_LOGGING,
    Installer,
    installer_for,
)
from . import dictconfig, fileconfig
from .config_state import ConfigState, DictSetup, runs_before
from .scopes import CallSite, Scope
from .values import (
    ClassVal,
    ConfigDict,
    Const,
    HandlerMaker,
    HandlerVal,
    Imported,
    ListVal,
    LoggerVal,
    ParamVal,
    Value,
)


class SetupCalls(ConfigState):
    """Each set-up call, applied to the loggers it configures."""

    def install(self, installer: Installer, event: CallSite) -> None:
        """A library's helper attaching its handler (``coloredlogs.install()``)."""
        node, scope = event.node, event.scope
        kwargs = {kw.arg: kw.value for kw in node.keywords if kw.arg}
        given = kwargs.get(installer.logger_keyword) if installer.logger_keyword else None
        position = installer.logger_position
        if given is None and position is not None and position < len(node.args):
            given = node.args[position]
        name: str | None = installer.default_logger
        if given is not None:
            value = self.evaluator.value(given, scope)
            if isinstance(value, ParamVal):
                value = self.evaluator.argument(value)
            if isinstance(value, LoggerVal):
                name = value.name
            elif isinstance(value, Const) and isinstance(value.value, (str, type(None))):
                name = value.value or ""
            else:
                name = None
        if installer.library_logger is not None:
            keyword, wanted, library = installer.library_logger
            switch = kwargs.get(keyword)
            chosen = self.evaluator.value(switch, scope) if switch is not None else None
            if isinstance(chosen, Const) and chosen.value == wanted:
                name = library
        if name is None:
            self.root_unknown = True
            return  # a logger the model cannot name: nothing to flag
        parts = installer.function.split(".")  # coloredlogs.install, discord.Client.run
        short = ".".join(parts[-2:]) if parts[-2][:1].isupper() else parts[-1]
        handler: Value = HandlerVal(installer.kind, f"{installer.handler} from {short}()", node)
        if installer.handler_keyword in kwargs:
            handler = self.evaluator.value(kwargs[installer.handler_keyword], scope)
            if isinstance(handler, Const) and handler.value is None:
                return  # Client.run(token, log_handler=None): no handler
        own = bool(name) and name == installer.default_logger  # discord's, on 'discord'
        self.attach(name, handler, node, scope, installer.function, configures=not own)

    def client_run(self, node: ast.Call, scope: Scope) -> Installer | None:
        """``bot.run(TOKEN)`` / ``MyClient().run(TOKEN)`` on a client class whose
        ``run()`` attaches a handler (discord.py's, directly or through a subclass)."""
        func = node.func
        made = (
            self.evaluator.bound_call(func.value, scope)
            if isinstance(func, ast.Attribute)
            else None
        )
        if made is None:
            return None
        callee = self.evaluator.value(made.func, scope)
        if isinstance(callee, ClassVal):
            base = self.evaluator.base_qual(callee.info)
        else:
            base = callee.name if isinstance(callee, Imported) else None
        if not base or not self.evaluator.third_party(base):
            return None
        return installer_for(f"{base}.run")

    def basic_config(self, event: CallSite) -> None:
        node, scope = event.node, event.scope
        kwargs = {kw.arg: kw.value for kw in node.keywords if kw.arg}
        root = self.state("")
        force = kwargs.get("force")
        if force is not None:
            forced = self.evaluator.value(force, scope)
            if isinstance(forced, Const) and forced.value:
                root.attached = []
        self.configured = True
        if any(runs_before(a, event) for a in root.attached):
            return  # basicConfig does nothing when root already has handlers
        if any(o.scope is scope and o.order < event.order for o in self.unread_configs):
            return  # after a dictConfig the model cannot read: root likely has handlers
        if "handlers" in kwargs:
            handlers = self.evaluator.value(kwargs["handlers"], scope)
            items = handlers.items if isinstance(handlers, ListVal) else (handlers,)
            for item in items:
                self.attach("", item, node, scope, "basicConfig")
        elif "filename" in kwargs:
            handler = HandlerVal("file", "FileHandler from basicConfig(filename=...)", node)
            self.attach("", handler, node, scope, "basicConfig")
        else:
            label = "StreamHandler from basicConfig()"
            self.attach("", HandlerVal("stream", label, node), node, scope, "basicConfig")

    def dict_config(self, event: CallSite) -> None:
        node, scope = event.node, event.scope
        self.configured = True
        config = None
        if node.args:
            config = self.read_dict(node.args[0], scope)
            if config is None:  # dictConfig(json.load(fh)): a file the analysis can read
                config = dictconfig.read(
                    self.files.config(node.args[0], scope), self.project_handler
                )
        if config is None:  # not a literal: its handlers are unknown, nothing to flag
            self.unread_configs.append(event)
            self.root_unknown = True
            return
        self.dict_setups.append(DictSetup(node, scope, config))
        self.configure(config, event, "dictConfig")

    def read_dict(self, node: ast.expr, scope: Scope) -> dictconfig.DictConfig | None:
        """The config a literal dict, or one another module defines
        (``dictConfig(settings.LOGGING)``, ``log_config=LOGGING_CONFIG`` imported), says."""
        config = dictconfig.read(dictconfig.literal(node, self.facts.module), self.project_handler)
        named = node.func if isinstance(node, ast.Call) and not node.args else node
        if config is None and isinstance(named, (ast.Name, ast.Attribute)):
            value = self.evaluator.value(named, scope)  # a dict, or a function returning one
            if isinstance(value, ConfigDict):
                config = dictconfig.read(value.value, self.project_handler)
        return config

    def project_handler(self, qual: str) -> tuple[str, str] | None:
        """The kind and class shown of a handler class a module of the project defines."""
        found = self.evaluator.from_project(qual)
        return (found.kind, found.label) if isinstance(found, HandlerMaker) else None

    def server_log_config(self, event: CallSite, server: str) -> None:
        """``uvicorn.run(app, log_config=...)``: the server applies a dict (dictConfig), a
        JSON / YAML file (dictConfig) or an ini file (fileConfig) when it starts."""
        node, scope = event.node, event.scope
        given = next((kw.value for kw in node.keywords if kw.arg == "log_config"), None)
        if given is None:  # the server's defaults: its own loggers only, not root
            if server == "uvicorn.run":  # Config() alone applies nothing until it runs
                defaults = dictconfig.read(SERVER_DEFAULT_LOGGING)
                if defaults is not None:  # on its own loggers: root still has no handler
                    self.configure_at(defaults, node, scope, server, configures=False)
            return
        if isinstance(given, ast.Constant) and given.value is None:
            return  # log_config=None: the server configures nothing
        self.configured = True
        config = self.read_dict(given, scope)
        if config is None:
            path = self.files.path(given, scope)
            extension = os.path.splitext(path)[1].lower() if path else ""
            if path and extension in (".ini", ".cfg", ".conf"):
                self.files.read.append(path)
                config = fileconfig.read(path, self.evaluator.filename)
            elif path and extension in (".json", ".yaml", ".yml"):
                kind = "json" if extension == ".json" else "yaml"
                config = dictconfig.read(self.files.parse(path, kind), self.project_handler)
        if config is None:
            self.unread_configs.append(event)
            self.root_unknown = True
            return
        self.dict_setups.append(DictSetup(node, scope, config))
        self.configure(config, event, server)

    def framework_settings(self) -> None:
        """A settings module whose logging dict a framework applies before any of the
        app's code runs: Django's ``LOGGING`` (the module sets ``INSTALLED_APPS``),
        gunicorn's ``logconfig_dict`` (a config file with a worker and a bind)."""
        module = self.facts.module
        if "INSTALLED_APPS" in module.assigns:
            self.django_defaults()
            self.settings_dict(DJANGO_LOGGING, DJANGO_LOGGING)
        elif GUNICORN_LOGGING in module.assigns and GUNICORN_SETTINGS & set(module.assigns):
            self.settings_dict(GUNICORN_LOGGING, GUNICORN_LOGGING)

    def django_defaults(self) -> None:
        """Django's ``DEFAULT_LOGGING`` (see :data:`.catalogue.DJANGO_DEFAULTS`): its mail
        handler counts with ``DEBUG = False``, a non-empty ``ADMINS`` and no ``LOGGING``
        that disables the loggers already there (dictConfig's default does)."""
        module = self.facts.module
        debug, admins = module.assigns.get("DEBUG"), module.assigns.get("ADMINS")
        if not debug or not admins or len(debug) != 1 or len(admins) != 1:
            return
        flag, listed = debug[0][1], admins[0][1]
        if not (isinstance(flag, ast.Constant) and flag.value is False):
            return
        if not (isinstance(listed, (ast.List, ast.Tuple)) and listed.elts):
            return
        settings = module.assigns.get("LOGGING")
        if settings:
            raw = dictconfig.literal(settings[-1][1], module)
            if not isinstance(raw, dict) or raw.get("disable_existing_loggers", True) is not False:
                return
        label = "AdminEmailHandler 'mail_admins' of Django's default logging"
        self.attach("django", HandlerVal("network", label, flag), flag, module, DJANGO_DEFAULTS)

    def settings_dict(self, name: str, setup: str) -> None:
        """The module-level dict ``name`` (bound once), applied through dictConfig."""
        module = self.facts.module
        bindings = module.assigns.get(name)
        if not bindings or len(bindings) != 1:
            return
        config = dictconfig.read(dictconfig.literal(bindings[0][1], module), self.project_handler)
        target = next(
            (
                target
                for stmt in self.facts.tree.body
                if isinstance(stmt, ast.Assign)
                for target in stmt.targets
                if isinstance(target, ast.Name) and target.id == name
            ),
            None,
        )
        if config is None or target is None:
            return
        self.configured = True
        self.configure_at(config, target, module, setup)

    def file_config(self, event: CallSite) -> None:
        self.configured = True
        args = event.node.args
        path = self.evaluator.string(args[0], event.scope) if args else None
        if path:
            path = self.files.literal(path)
        elif args:  # fileConfig(CONFIG_DIR / "logging.ini")
            path = self.files.path(args[0], event.scope)
        config = fileconfig.read(path, self.evaluator.filename) if path else None
        if path:
            self.files.read.append(path)
        if config is not None:  # an unreadable ini adds nothing to flag
            self.configure(config, event, "fileConfig")
        else:
            self.root_unknown = True

    def configure(self, config: dictconfig.DictConfig, event: CallSite, setup: str) -> None:
        self.configure_at(config, event.node, event.scope, setup)

    def configure_at(
        self,
        config: dictconfig.DictConfig,
        node: ast.AST,
        scope: Scope,
        setup: str,
        configures: bool = True,
    ) -> None:
        for name, spec in config.loggers.items():
            state = self.state(name)
            if spec.propagate is False:
                state.propagate = False
            if spec.handlers is None:
                continue
            state.attached = []
            for handler_name in spec.handlers:
                entry = config.handlers.get(handler_name)
                kind, label = (entry.kind, entry.label) if entry else ("unknown", handler_name)
                value = HandlerVal(kind, f"{label} '{handler_name}'", node)
                self.attach(name, value, node, scope, setup, configures=configures)
