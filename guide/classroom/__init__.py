"""A training group: training codes and sheets, live play with a coach, the group view and its page.
No Textual here."""
