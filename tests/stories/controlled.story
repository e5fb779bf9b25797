# A story written for this test: only a state's word joined to "-controlled"
# or "-led" names the state ("Saudi-led"); an agent's ("government-
# controlled") names nothing, so the areas are places, not the government.
# Run by tests/stories.sh.
text: tests/stories/controlled.txt
date: 2019-01-01
dictionaries: default

1 SYRREB SYRCVL 190            # "attacked government-controlled areas": a place of Syria, not its government
