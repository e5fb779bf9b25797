# A story written for this test: "the companies" (the rebels, the soldiers
# ...) right after "four Chinese companies" are of that state, not of the
# state the story named most (here the Palestinian territories and Israel).
# Run by tests/stories.sh.
text: tests/stories/kinds.txt
date: 2024-12-01
dictionaries: default

1 PSEREB PSECVL 0841           # the release
2 -                            # "welcomed the release": no one named
3 USA CHNBUS 163               # the sanctions
4 CHNGOV CHNBUS 111            # "the companies": the Chinese ones
5 -                            # "would decide": no event
