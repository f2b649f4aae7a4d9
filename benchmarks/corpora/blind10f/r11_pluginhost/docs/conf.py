import logging

project = "pluginhost"
extensions = ["sphinx.ext.autodoc", "sphinx.ext.napoleon"]
html_theme = "furo"

logging.getLogger("sphinx").addHandler(logging.FileHandler("docs-build.log"))
