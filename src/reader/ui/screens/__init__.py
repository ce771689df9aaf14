"""The app's screens: the main three-pane screen and its modal helpers."""
