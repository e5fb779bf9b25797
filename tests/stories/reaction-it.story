# A story written for this test: a lone "it" after a reaction (support,
# demand, criticism, rejection) is the act the story told last, aimed at
# the one who did it. Run by tests/stories.sh.
text: tests/stories/reaction-it.txt
date: 2018-11-28
dictionaries: default

1 USAGOV HNDREF 172            # (the ban on migrants from Honduras)
2 USAJUD USAGOV 120            # "halted it": the ban, the administration's
