from django.contrib import admin
from django.urls import path

from catalog import views as catalog_views
from orders import views as order_views

urlpatterns = [
    path("admin/", admin.site.urls),
    path("products/<slug:slug>/", catalog_views.product_detail, name="product-detail"),
    path("search/", catalog_views.search, name="search"),
    path("report-image/", catalog_views.report_broken_image, name="report-image"),
    path("checkout/", order_views.checkout, name="checkout"),
    path("orders/", order_views.order_list, name="order-list"),
    path("orders/<int:order_id>/", order_views.order_status, name="order-status"),
    path("orders/<int:order_id>/cancel/", order_views.cancel_order, name="order-cancel"),
]
