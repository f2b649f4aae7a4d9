from billing.routes import invoices, webhooks

__all__ = ["invoices", "webhooks"]
