# A story written for this test: an act named by a noun with its doer's
# possessive is taken as done whatever the mood of the verb that takes it
# ("cannot shrug off Trump's attacks", "would never recognize Russia's
# annexation"); not as the object of a light verb ("might carry out its
# attacks"), not a visit or meeting (04x, often still to come), not one
# called possible. Run by tests/stories.sh.
text: tests/stories/presupposed.txt
date: 2019-03-01
dictionaries: default

1 USAGOV USAMED 111            # an attack on the press by a president is made in words
2 RUS UKR 192                  # the annexation
3 -                            # "might carry out": the light verb's mood
4 -                            # a visit may be still to come ("could overshadow")
5 -                            # "possible"
