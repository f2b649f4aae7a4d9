from django.db import models


class Order(models.Model):
    email = models.EmailField()
    product = models.ForeignKey("catalog.Product", on_delete=models.PROTECT)
    status = models.CharField(max_length=20, default="new")
    created = models.DateTimeField(auto_now_add=True)
