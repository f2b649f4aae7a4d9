from django.db import models


class Order(models.Model):
    email = models.EmailField()
    total_cents = models.PositiveIntegerField()
    status = models.CharField(max_length=20, default="new")
    created = models.DateTimeField(auto_now_add=True)
