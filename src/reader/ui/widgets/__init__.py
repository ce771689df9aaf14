"""The app's widgets; each module is one pane or bar."""
