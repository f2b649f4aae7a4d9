from . import admin, errors, users

__all__ = ["admin", "errors", "users"]
