"""What a user takes away: what a step shows, reports, the intake plan, the reflection report,
state charts and the Markdown/HTML exports."""
