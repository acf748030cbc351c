"""`bindkracht new flow|scenario NAME`: a valid, commented start with a passing test plan."""

from __future__ import annotations

import os
import re
from pathlib import Path

from guide.base.errors import CodedError, StoreError
from guide.base.files import make_private_dir, write_private
from guide.base.paths import shipped_root, shipped_schema

SCHEMA_NAME = "flow.schema.json"  # written beside the new flow: its first line names it, from any folder

FLOW = """\
# yaml-language-server: $schema={schema}
# A flow of your own. Check it with:   bindkracht check {path}
# Run its test plan with:             bindkracht test {plan}
# Try it:                             bindkracht play {id}
# The format, and how to write a good flow:  {docs}
#                                            {authoring}
id: {id}
version: "1"                      # raise it when you change the flow; running sessions are told
title: {{nl: "{title}", en: "{title}"}}
languages: [nl, en]               # every text needs both
jobs: [prepare]                   # prepare | rehearse | practise: where the app lists it

variables:                        # everything a condition may read
  feeling: {{type: choice}}

phases:
  - id: intake                    # intake | rights | process | closure
    steps:
      - id: welcome
        kind: card                # a background card (content/<lang>/<card>.md)
        card: fase-onthaal
        text:
          nl: Lees eerst de kaart over het warme onthaal.
          en: First read the card about the warm welcome.

      - id: opening
        kind: ask                 # a question to ask the person
        style: open
        text:
          nl: Wat brengt je hier vandaag?
          en: What brings you here today?
        why:
          nl: Met een open vraag kiest de persoon zelf waar het verhaal begint.
          en: With an open question the person chooses where the story starts.

      - id: feeling
        kind: choice              # pick one; `set` stores the answer in a variable
        set: feeling
        text:
          nl: Hoe komt de persoon binnen?
          en: How does the person come in?
        options:
          - value: calm
            label: {{nl: Rustig, en: Calm}}
          - value: tense
            label: {{nl: Gespannen, en: Tense}}
        next:                     # a branch list always ends in an else
          - if: feeling == "tense"
            goto: slow_down
          - else: done

      - id: slow_down
        kind: cue                 # a reflection for yourself, tied to a krachtlijn, tension or role
        focus: [krachtlijn-7]
        card: krachtlijn-7
        text:
          nl: Wat kan je doen om het tempo van de persoon te volgen?
          en: What can you do to follow the person's pace?

      - id: done
        kind: end
        text:
          nl: Klaar.
          en: Done.
"""

FLOW_PLAN = """\
# Test plan for {id}. Run it with: bindkracht test {plan}
flow: {id}
plans:
  - name: calm start
    answers: {{feeling: calm}}
    expect:
      avoids: [slow_down]
      finished: "true"
  - name: tense start slows down
    answers: {{feeling: tense}}
    expect:
      visits: [slow_down]
      vars: {{feeling: tense}}
      finished: "true"
"""

SCENARIO = """\
# yaml-language-server: $schema={schema}
# A role-play scenario. Check it with:  bindkracht check {path}
# Run its test plan with:              bindkracht test {plan}
# Rehearse it:                         bindkracht play {id}   (or in the app: "Rehearse a role-play")
# Cards for the persona, the coach and the observers are in {content}.
# The format, and how to write a scenario:  {docs}
#                                           {authoring}
id: {id}
version: "1"
title: {{nl: "Rollenspel: {title}", en: "Role-play: {title}"}}
languages: [nl, en]
jobs: [rehearse]
persona:
  name: Sam                       # the client's first name (fictional)
  card: persona-{id}              # situation, life world, strengths, sensitivities
  coach: coach-{id}               # for whoever plays the client
  observer: observe-{id}          # the observation sheet for the room

state:                            # the client's state: options change it (effects), conditions read it
  trust: {{min: 0, max: 3, start: 1, label: {{nl: Vertrouwen, en: Trust}}}}

phases:
  - id: intake
    steps:
      - id: meet
        kind: card
        card: persona-{id}
        text:
          nl: Lees wie Sam is voor je begint.
          en: Read who Sam is before you start.

      - id: first_line
        kind: line                # the client speaks; `think` is what they feel but do not say
        say:
          nl: Ik weet eigenlijk niet of ik hier goed ben.
          en: I don't really know if I'm in the right place.
        think:
          nl: Straks sturen ze me weer door.
          en: They'll just send me somewhere else again.

      - id: first_reply
        kind: choice              # what the worker says; scores go to krachtlijnen
        say_first: true           # the learner first types their own words (never scored)
        text:
          nl: Wat zeg je?
          en: What do you say?
        options:
          - value: welcome
            label: {{nl: "Welkom. Vertel maar.", en: "Welcome. Tell me."}}   # good answers can be short
            feedback:
              nl: Krachtlijn 7 — je geeft ruimte en vertrouwen.
              en: Line of strength 7 — you give room and trust.
            think:
              nl: Misschien luistert ze echt.
              en: Maybe she is really listening.
            scores: {{krachtlijn-7: 2}}
            effects: {{trust: 1}}     # added to the client's state, kept within its bounds
            next: opens_up
          - value: form
            label: {{nl: "Vul eerst dit formulier in, dan weet ik meteen alles en zien we daarna verder.", en: "Fill in this form first, then I know everything at once and we'll see after that."}}
            feedback:
              nl: Krachtlijn 7 — het formulier komt hier voor de mens.
              en: Line of strength 7 — here the form comes before the person.
            think:
              nl: Zie je wel.
              en: There you go.
            scores: {{krachtlijn-7: -1}}
            effects: {{trust: -1}}
            next: closes_down
          - value: fix                # partly right: it helps today, but takes over
            label: {{nl: "Geen zorgen, ik regel het meteen voor je.", en: "Don't worry, I'll sort it out for you right away."}}   # a poor answer may sound warm
            feedback:
              nl: Krachtlijn 6 — redden kan passen bij acute nood, maar vraag eerst wat Sam zelf wil.
              en: Line of strength 6 — rescuing can fit an acute need, but first ask what Sam wants.
            scores: {{krachtlijn-6: 1}}
            next: opens_up

      - id: opens_up
        kind: line
        say:
          nl: Het gaat over de huur. Ik schaam me er een beetje voor.
          en: It's about the rent. I'm a bit ashamed of it.
        next: reflect

      - id: closes_down
        kind: line
        say:
          nl: Ik kom wel een andere keer terug.
          en: I'll come back another time.
        next:
          - if: trust <= 0          # no trust left: Sam walks out
            goto: walks_out
          - else: reflect

      - id: reflect
        kind: text                # free text is kept for reflection, never scored
        optional: true
        text:
          nl: Wat merkte je bij jezelf?
          en: What did you notice in yourself?

      - id: done
        kind: end
        report: debrief
        text:
          nl: Einde van het rollenspel.
          en: End of the role-play.

      - id: walks_out
        kind: end
        early: true               # the client leaves; the debrief starts with `why`
        report: debrief
        text:
          nl: Sam neemt de jas en gaat.
          en: Sam takes the coat and leaves.
        why:
          nl: Sam ging weg omdat het formulier voor het verhaal kwam.
          en: Sam left because the form came before the story.
"""  # noqa: E501

SCENARIO_PLAN = """\
# Test plan for {id}: the best and the worst path. Run it with: bindkracht test {plan}
flow: {id}
plans:
  - name: best path
    answers: {{first_reply: welcome}}
    expect:
      visits: [opens_up]
      avoids: [closes_down]
      scores: {{krachtlijn-7: "2"}}
      state: {{trust: 2}}
      ended: normal
      finished: "true"
  - name: worst path
    answers: {{first_reply: form}}
    said: {{first_reply: "Goeiedag, wat kan ik voor je doen?"}}
    expect:
      visits: [closes_down, walks_out]
      avoids: [opens_up, reflect]
      scores: {{krachtlijn-7: "-1"}}
      state: {{trust: 0}}
      ended: early
"""

CARDS = {
    "persona": {
        "nl": "# Sam — {title}\n\nEen fictieve persona om mee te oefenen. Vul de situatie verder aan.\n\n"
        "## Situatie\n\nWat brengt Sam naar de dienst?\n\n## Leefwereld\n\nMet wie leeft Sam, wat vult "
        "de dagen?\n\n"
        "## Krachten om te ontdekken\n\nWat kan Sam goed, wie steunt Sam?\n\n## Gevoeligheden\n\n"
        "Waar is Sam voorzichtig mee?\n",
        "en": "# Sam — {title}\n\nA fictional persona to practise with. Fill in the situation further.\n\n"
        "## Situation\n\nWhat brings Sam to the service?\n\n## Life world\n\nWho does Sam live with, what "
        "fills the days?\n\n"
        "## Strengths to discover\n\nWhat is Sam good at, who supports Sam?\n\n## Sensitivities\n\n"
        "What is Sam careful about?\n",
    },
    "coach": {
        "nl": "# Coachblad — Sam\n\n## Wie je speelt\n\nSam, die twijfelt of dit de juiste plek is.\n\n"
        "## Bij een warme aanpak\n\nSam vertelt meer, aarzelend.\n\n## Bij een gehaaste aanpak\n\n"
        "Sam antwoordt kort.\n\n"
        "## Bij een bureaucratische aanpak\n\nSam wil weg.\n\n## Wat je niet zegt\n\n"
        "De schaamte over de huur.\n",
        "en": "# Coach sheet — Sam\n\n## Who you play\n\nSam, who doubts this is the right place.\n\n"
        "## With a warm approach\n\nSam tells more, hesitantly.\n\n## With a hurried approach\n\n"
        "Sam answers briefly.\n\n"
        "## With a bureaucratic approach\n\nSam wants to leave.\n\n## What you do not say\n\n"
        "The shame about the rent.\n",
    },
    "observe": {
        "nl": "# Observatieblad — Sam\n\nLet tijdens het rollenspel op:\n\n- Krachtlijn 3: "
              "wie praat het meest?\n"
        "- Krachtlijn 7: krijgt Sam tijd?\n\n## Nabespreking\n\n- Wat hielp Sam om te vertellen?\n",
        "en": "# Observation sheet — Sam\n\nDuring the role-play, watch:\n\n- Line of strength 3: "
              "who talks the most?\n"
        "- Line of strength 7: does Sam get time?\n\n## Debrief\n\n- What helped Sam to tell their story?\n",
    },
}


class ScaffoldError(CodedError):
    """A new flow that cannot be written (bad name, file exists, no room)."""


def _doc_paths() -> dict[str, Path]:
    """The shipped documentation (inside the installed package, or the checkout's docs/)."""
    docs = shipped_root() / "docs"
    return {"docs": docs / "flow-format.md", "authoring": docs / "authoring.md"}


def create(kind: str, name: str, directory: Path, taken_ids: dict | None = None) -> list[Path]:
    """Write the files for a new flow or scenario; never overwrites, never reuses a flow id
    (`taken_ids`: id -> the file that has it), and everything it makes is closed to others."""
    if not re.fullmatch(r"[a-z][a-z0-9_-]{0,63}", name):
        raise ScaffoldError("new.bad-name", name=name)
    if taken_ids and name in taken_ids:
        raise ScaffoldError("new.id-taken", name=name, path=taken_ids[name])
    directory = Path(directory)
    flow_path = directory / f"{name}.yaml"
    plan_path = directory / f"{name}.plan.yaml"
    files: dict[Path, str] = {}
    title = name.replace("-", " ").replace("_", " ").capitalize()
    fields = dict(id=name, title=title, path=flow_path, plan=plan_path, schema=SCHEMA_NAME,
                  content=directory / "content", **_doc_paths())
    if kind == "flow":
        files[flow_path] = FLOW.format(**fields)
        files[plan_path] = FLOW_PLAN.format(**fields)
    else:
        files[flow_path] = SCENARIO.format(**fields)
        files[plan_path] = SCENARIO_PLAN.format(**fields)
        for card, texts in CARDS.items():
            for lang, text in texts.items():
                files[directory / "content" / lang / f"{card}-{name}.md"] = text.format(title=title)
    taken = [p for p in files if p.exists()]
    if taken:
        raise ScaffoldError("new.exists", path=taken[0])
    try:
        for path, text in files.items():
            make_private_dir(path.parent)
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                fh.write(text)
        schema = _refresh_schema(directory)
    except StoreError as exc:
        raise ScaffoldError("new.failed", path=exc.params.get("path", directory),
                            detail=exc.params.get("detail", "")) from None
    except OSError as exc:
        raise ScaffoldError("new.failed", path=exc.filename or directory,
                            detail=exc.strerror or str(exc)) from None
    return list(files) + ([schema] if schema else [])


def _refresh_schema(directory: Path) -> Path | None:
    """The editor schema beside the flows, as this version of the app ships it; its path when written."""
    target = directory / SCHEMA_NAME
    data = shipped_schema().read_bytes()
    try:
        if target.read_bytes() == data:
            return None
    except OSError:  # not there yet (or unreadable: written anew)
        pass
    write_private(target, data)
    return target
