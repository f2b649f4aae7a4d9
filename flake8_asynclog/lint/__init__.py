"""The standalone checker: ``python -m flake8_asynclog`` / ``flake8-asynclog``.

The same analysis as the flake8 plugin (:func:`flake8_asynclog.checker.analyze`), the
same configuration, selection and ``# noqa`` as flake8, without flake8's own checks.
"""
