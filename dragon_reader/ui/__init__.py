"""Qt only: windows, item models, dialogs and the article renderer. Never writes SQL."""
