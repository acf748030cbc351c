"""Running a flow: the engine, the state log of its saves, test plans and scoring strategies."""
