"""Live role-play screens: start or join (entry), the trainer's view for a projector (trainer), the
worker's, coach's and observers' own screens (roles), the coach's binnenkant (inside) and the live
debrief (debrief). The play itself lives in guide/classroom/live.py."""

from guide.tui.live.base import LiveBase
from guide.tui.live.debrief import LiveDebriefScreen, export_debrief
from guide.tui.live.entry import LiveEntryScreen, open_live
from guide.tui.live.inside import InsideScreen
from guide.tui.live.roles import CoachScreen, ObserverScreen, WorkerScreen
from guide.tui.live.trainer import TrainerScreen

__all__ = ["CoachScreen", "InsideScreen", "LiveBase", "LiveDebriefScreen", "LiveEntryScreen",
           "ObserverScreen", "TrainerScreen", "WorkerScreen", "export_debrief", "open_live"]
