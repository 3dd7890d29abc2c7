"""The page templates, shipped inside the package as `generator.site.templates`."""
