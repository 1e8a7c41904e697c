"""Layout helpers shared by the windows and dialogs."""
